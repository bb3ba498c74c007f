#!/usr/bin/env node
// The natolex executable: runs the command with the process's arguments and streams, sets the exit status.
import { runCli } from './run.js';
import { reportOutputError, writeOutput } from './output.js';

process.stdout.on('error', reportOutputError);

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: writeOutput,
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = code;
