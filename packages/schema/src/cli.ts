// Thin process adapter for `natolex-schema`; the command itself is runCli (run-cli.ts).
import { readFile } from 'node:fs/promises';
import packageJson from '../package.json' with { type: 'json' };
import { runCli } from './run-cli.js';

// Bytes, not text: runCli decodes them strictly, so a file that is not UTF-8 is reported instead of mangled.
async function readBytes(file: string): Promise<Uint8Array> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: (line) => console.log(line), stderr: (line) => console.error(line), readBytes },
  packageJson.version,
);
