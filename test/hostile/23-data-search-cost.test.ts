// Item 23 (data part): a 1 MB id gave a 1 MB error message, and a 10k-word search took 5.7 s. Error messages now
// echo at most about 80 characters of any id or name, and search reads only the first 64 words of a query.
import { createLexicon, cite, isLexiconError, search } from '@natolex/data';
import { expect, it } from 'vitest';
import { runWithData } from './data-script.js';

const MEGABYTE = 'x'.repeat(1_000_000);

function errorOf(call: () => unknown): { message: string; code: string } {
  try {
    call();
  } catch (error) {
    if (!isLexiconError(error)) throw error;
    return { message: error.message, code: error.code };
  }
  throw new Error('expected a LexiconError');
}

// Whatever part of the package builds the message, a LexiconError carries at most 1,000 characters of it.
it('cite of a 1 MB id or with a 1 MB style throws a LexiconError with a bounded message', () => {
  const { message, code } = errorOf(() => cite(MEGABYTE));
  expect(code).toBe('unknown-id');
  expect(message.length).toBeLessThanOrEqual(1001);
  expect(message).toContain('xxxxxxxx');
  expect(errorOf(() => cite('snippet.un.p4', { style: MEGABYTE as 'apa' })).message.length).toBeLessThanOrEqual(1001);
});

it('a glossary with a 1 MB id or a 1 MB name gets a short LexiconError', () => {
  const messages = [
    errorOf(() => createLexicon([{ name: 'Hostile', acronyms: [{ id: MEGABYTE, form: 'HX', expansion: 'x' }] }])).message,
    errorOf(() => createLexicon([{ name: MEGABYTE, acronyms: [{ id: 'Not An Id', form: 'HX', expansion: 'x' }] }])).message,
    errorOf(() => createLexicon([{ name: MEGABYTE, acronyms: [{ id: 'acronym.nuc', form: 'HX', expansion: 'x' }] }])).message,
  ];
  for (const message of messages) expect(message.length).toBeLessThan(600);
});

it('a search of 200,000 distinct words returns ranked hits in bounded time', async () => {
  const run = await runWithData(
    `const letters = 'abcdefghijklmnopqrstuvwxyz';
const word = (n) => { let text = ''; for (let k = 0; k < 4; k++, n = Math.floor(n / 26)) text += letters[n % 26]; return text; };
const query = 'Uzbekistan milestones ' + Array.from({ length: 200000 }, (_, index) => word(index * 2 + 1)).join(' ');
const hits = data.search(query, { limit: 5 });
return { count: hits.length, top: hits[0]?.label };`,
    30_000,
  );
  expect(run.killed, 'killed: search cost grows with the query').toBe(false);
  expect(run.value).toMatchObject({ count: 5 });
  expect((run.value as { top: string }).top).toContain('Uzbekistan');
});

it('a query of one 1 MB word returns without hits', () => {
  expect(search(MEGABYTE)).toEqual([]);
});
