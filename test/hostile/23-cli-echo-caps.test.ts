// Item 23 (command line): every echo of user input in a message is capped and escaped, and a search query longer
// than the documented bound (1,000 characters or 64 words) is a usage error instead of minutes of work.
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const HUGE = 'X'.repeat(100_000); // one argument: Linux caps a single argument at 128 KiB

it.each([
  ['cite <id>', ['cite', HUGE]],
  ['lookup <term>', ['lookup', HUGE]],
  ['check <file>', ['check', `${HUGE}.md`]],
  ['search --format <x>', ['search', '--format', HUGE, 'NATO']],
  ['check --rule <x>', ['check', '--rule', `${HUGE}=error`, 'a.md']],
  ['<command>', [HUGE]],
])('keeps the message short for natolex %s of 100 kB', async (_name, args) => {
  const root = await makeRepo({ 'a.md': 'ok\n' });
  const run = natolex(args, root);
  expect(run.code).not.toBe(0);
  expect(run.stderr.length).toBeLessThan(2_000);
  expect(run.stderr).toContain('…');
});

it('caps echoes of configuration values', async () => {
  const root = await makeRepo({ 'natolex.config.json': JSON.stringify({ files: [`${HUGE}*.md`], rules: { 'first-use': HUGE } }) });
  const run = natolex(['check'], root);
  expect(run.code).toBe(2);
  expect(run.stderr.length).toBeLessThan(2_000);
});

it('refuses a search query over 64 words or 1,000 characters', async () => {
  const root = await makeRepo();
  const words = Array.from({ length: 10_000 }, (_, i) => `word${i}`);
  const many = natolex(['search', ...words], root, { timeout: 30_000 });
  expect(many.code).toBe(2);
  expect(many.stderr).toContain('64 words');
  const long = natolex(['search', 'x'.repeat(1_001)], root, { timeout: 30_000 });
  expect(long.code).toBe(2);
  expect(long.stderr).toContain('1,000 characters');
  const fine = natolex(['search', ...words.slice(0, 64)], root, { timeout: 30_000 });
  expect(fine.code).not.toBe(2);
});
