// Item 7: a draft changed by someone else between natolex's read and its rename must not lose that change. The test
// appends to the draft the moment natolex's temporary file appears (natolex is then writing the fixed text), which
// is after the read and before the rename; a run where the append lands after the rename proves nothing and is
// repeated.
import { appendFileSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, startNatolex } from './support.js';

const FIX = 'The NATO-Ukraine Commission (NUC) met.';
const APPENDED = 'A line another editor saved meanwhile.\n';
// Big enough (about 9 MB, under the default size limit) that writing the temporary file takes a few milliseconds.
const DRAFT = `The NUC met.\n${'Plain words without any acronym in them at all.\n'.repeat(190_000)}`;

type Outcome = 'lost' | 'refused' | 'inconclusive';

async function attempt(): Promise<{ outcome: Outcome; stderr: string; code: number | null }> {
  const root = await makeRepo({ 'natolex.config.json': '{}\n', 'big.md': DRAFT });
  const draft = path.join(root, 'big.md');
  let appended = false;
  const watcher = watch(root, (_event, name) => {
    if (!appended && typeof name === 'string' && /^\.big\.md\..*\.tmp$/.test(name)) {
      appended = true;
      appendFileSync(draft, APPENDED);
    }
  });
  const child = startNatolex(['check', '--fix', 'big.md'], root);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  watcher.close();
  const after = await readFile(draft, 'utf8');
  const fixed = after.startsWith(FIX);
  const kept = after.endsWith(APPENDED);
  if (!appended || (fixed && kept)) return { outcome: 'inconclusive', stderr, code };
  return { outcome: fixed ? 'lost' : 'refused', stderr, code };
}

describe('natolex check --fix and concurrent edits', () => {
  it('keeps a change made between read and rename, and reports the draft as not fixed', async () => {
    let result = await attempt();
    for (let tries = 1; result.outcome === 'inconclusive' && tries < 8; tries++) result = await attempt();
    expect(result.outcome).toBe('refused');
    expect(result.stderr).toMatch(/^big\.md: not fixed: .*changed/m);
    expect(result.code).toBe(2);
  });
});
