import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaleTemporarySweeper, removeTemporariesOnSignals, temporaryNameFor } from './temp-files.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'natolex-temp-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('temporaryNameFor', () => {
  it('names a hidden sibling with this pid and a random part', () => {
    expect(path.basename(temporaryNameFor('/x/draft.md'))).toMatch(new RegExp(`^\\.draft\\.md\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`));
    expect(path.dirname(temporaryNameFor('/x/draft.md'))).toBe('/x');
  });
});

describe('StaleTemporarySweeper', () => {
  it("removes a draft's leftovers of dead processes only", async () => {
    const names = {
      dead: '.draft.md.99999999.deadbeef.tmp',
      deadToo: '.draft.md.4194305.0badf00d.tmp',
      live: `.draft.md.${process.ppid}.cafebabe.tmp`,
      own: `.draft.md.${process.pid}.12345678.tmp`,
      otherDraft: '.notes.md.99999999.deadbeef.tmp',
      notOurs: '.draft.md.99999999.tmp',
    };
    for (const name of Object.values(names)) await writeFile(path.join(root, name), 'x');
    const sweeper = new StaleTemporarySweeper();
    await sweeper.sweepBeside(path.join(root, 'draft.md'));
    await sweeper.sweepBeside(path.join(root, 'draft.md')); // listed once; a second sweep is a no-op
    expect((await readdir(root)).sort()).toEqual([names.live, names.own, names.otherDraft, names.notOurs].sort());
  });
});

describe('removeTemporariesOnSignals', () => {
  it('installs handlers for SIGINT, SIGTERM and SIGHUP, and removes them again', () => {
    const before = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal));
    const stop = removeTemporariesOnSignals(() => undefined);
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal))).toEqual(before.map((n) => n + 1));
    stop();
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => process.listenerCount(signal))).toEqual(before);
  });
});
