// Item 21: --fix must not leave its temporary files (as large as the draft) behind: on SIGINT or SIGTERM it removes
// them and exits 130 or 143, and when it writes a draft it removes the ones a killed run (SIGKILL) left beside it.
import { watch } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex, startNatolex } from './support.js';

const DRAFT = `The NUC met.\n${'Plain words without any acronym in them at all.\n'.repeat(190_000)}`;
const FIXED_START = 'The NATO-Ukraine Commission (NUC) met.\n';

/** Signals natolex the moment its temporary file appears; a run that finished before the signal is repeated. */
async function interrupt(signal: NodeJS.Signals) {
  for (let tries = 0; tries < 8; tries++) {
    const root = await makeRepo({ 'natolex.config.json': '{}\n', 'big.md': DRAFT });
    const child = startNatolex(['check', '--fix', 'big.md'], root);
    let signalled = false;
    const watcher = watch(root, (_event, name) => {
      if (!signalled && typeof name === 'string' && name.endsWith('.tmp')) {
        signalled = true;
        child.kill(signal);
      }
    });
    child.stdout.resume();
    child.stderr.resume();
    const [code, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    watcher.close();
    if (signalled && !(code === 0 && killedBy === null)) return { root, code, killedBy };
  }
  throw new Error('natolex always finished before the signal arrived');
}

describe('natolex check --fix temporary files', () => {
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`removes its temporary file on ${signal} and exits ${status}`, async () => {
      const { root, code, killedBy } = await interrupt(signal);
      expect({ code, killedBy }).toEqual({ code: status, killedBy: null });
      expect((await readdir(root)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const after = await readFile(path.join(root, 'big.md'), 'utf8');
      expect([DRAFT, FIXED_START + DRAFT.slice('The NUC met.\n'.length)]).toContain(after); // never half written
    });
  }

  it('removes stale temporary files of dead runs beside a draft it writes, and keeps live ones', async () => {
    const dead = '.draft.md.99999999.deadbeef.tmp'; // above any pid_max: no such process
    const live = `.draft.md.${process.pid}.cafebabe.tmp`;
    const unrelated = '.other.md.99999999.deadbeef.tmp';
    const root = await makeRepo({ 'draft.md': 'The NUC met.\n', [dead]: 'x'.repeat(1000), [live]: 'partial', [unrelated]: 'y' });
    await writeFile(path.join(root, 'other.md'), 'Nothing to fix.\n');
    const run = natolex(['check', '--fix', 'draft.md', 'other.md'], root);
    expect(run.code).toBe(0);
    expect((await readdir(root)).filter((name) => name.endsWith('.tmp')).sort()).toEqual([live, unrelated].sort());
  });
});
