// Item 22: `natolex lookup NUC > /dev/full` crashed with an ENOSPC stack trace. A failed write to standard output is
// one clean message and exit status 2; a closed pipe (`natolex search x | head -1`) ends the run quietly.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CLI, makeRepo } from './support.js';

it.skipIf(!existsSync('/dev/full'))('reports a full disk on stdout as one line, exit 2', async () => {
  const root = await makeRepo();
  const full = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(process.execPath, [CLI, 'lookup', 'NUC'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^natolex: cannot write to standard output \(ENOSPC\)\n$/);
  } finally {
    closeSync(full);
  }
});

it('stops quietly when the reader closes the pipe', async () => {
  const root = await makeRepo();
  const child = spawn(process.execPath, [CLI, 'search', 'NATO', '--limit', '500'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
