// Thin process adapter for `natolex-schema`; the command itself is runCli (run-cli.ts).
import { readFile } from 'node:fs/promises';
import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

async function readText(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: (line) => console.log(line), stderr: (line) => console.error(line), readText },
  packageJson.version,
);
