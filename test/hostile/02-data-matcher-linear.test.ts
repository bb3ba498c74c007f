// Item 2: matching time grew with text length × form length (a 4 KB form "a a … a b" on a 256 KB draft of "a a a …"
// took 12 s). Forms are now bounded in tokens, so the walk from each word is bounded and a scan stays linear; a
// longer form is refused by createLexicon with the JSON pointer of the form. Forms whose words hash alike ("Aa" and
// "BB" do) were tried one by one at every word of the text: a look-up in such a collision chain is now one map probe.
import { expect, it } from 'vitest';
import { runWithData } from './data-script.js';

const MEGABYTE_OF_A = `const text = 'a '.repeat(512 * 1024);`;
const formOf = (words: number) => `Array.from({ length: ${words - 1} }, () => 'a').join(' ') + ' b'`;

it('refuses an 8 KB form "a a … a b" with a short LexiconError, or scans 1 MB of "a a a …" against it in bounded time', async () => {
  const run = await runWithData(
    `${MEGABYTE_OF_A}
const glossary = { name: 'Hostile', acronyms: [{ id: 'hostile.long', form: ${formOf(4096)}, expansion: 'x' }] };
let lexicon;
try {
  lexicon = data.createLexicon([glossary], { bundled: false });
} catch (error) {
  return { rejected: data.isLexiconError(error), code: error.code, pointer: error.pointer, documentIndex: error.documentIndex, length: error.message.length };
}
return { matches: lexicon.scan(text).length };`,
    30_000,
  );
  expect(run.killed, 'killed: the scan is not linear in the text').toBe(false);
  expect(run.value).toEqual({ rejected: true, code: 'invalid-document', pointer: '/acronyms/0/form', documentIndex: 0, length: expect.any(Number) });
  expect((run.value as { length: number }).length).toBeLessThan(400);
});

it('scans 1 MB of "a a a …" against the longest allowed forms (many sharing the prefix) in bounded time, and rescans it', async () => {
  const run = await runWithData(
    `${MEGABYTE_OF_A}
// 32 words = 63 tokens, within the bound; 200 forms share the 62-token prefix "a a … a".
const acronyms = Array.from({ length: 200 }, (_, index) => ({ id: 'hostile.f' + index, form: ${formOf(32)}.slice(0, -1) + 'b' + index, expansion: 'x' }));
acronyms.push({ id: 'hostile.word', form: 'a'.repeat(99) + 'b', expansion: 'x' });
const lexicon = data.createLexicon([{ name: 'Hostile', acronyms }], { bundled: false });
const state = lexicon.scanState(text + 'b0');
const edited = lexicon.rescan(state, { start: text.length, end: text.length + 2, text: 'b1' });
// Words of 100,000 letters that share the form's first 99: each is read once.
const longWord = lexicon.scan('a'.repeat(99) + 'b ' + ('a'.repeat(100000) + ' ').repeat(5)).length;
return { matches: state.matches.length, last: edited.matches.at(-1)?.term.id, longWord };`,
    30_000,
  );
  expect(run.killed, 'killed: the scan is not linear in the text').toBe(false);
  expect(run.value).toEqual({ matches: 1, last: 'hostile.f1', longWord: 1 });
});

it('scans 120,000 words against 32,768 forms whose tokens all share one hash in bounded time', async () => {
  const run = await runWithData(
    `const forms = [];
for (let mask = 0; mask < 1 << 15; mask++) { let form = ''; for (let bit = 0; bit < 15; bit++) form += mask & (1 << bit) ? 'Aa' : 'BB'; forms.push(form); }
const acronyms = forms.map((form, index) => ({ id: 'hostile.c' + index, form, expansion: 'x' }));
const lexicon = data.createLexicon([{ name: 'Hostile', acronyms }], { bundled: false });
// The form inserted first is the one the old code reached last.
const text = (forms.at(-1) + ' ' + forms[0] + ' ').repeat(60000);
const matches = lexicon.scan(text);
return { matches: matches.length, first: matches[0]?.term.id, second: matches[1]?.term.id, lookup: lexicon.lookup(forms[12345])?.term.id };`,
    30_000,
  );
  expect(run.killed, 'killed: look-ups walk collision chains').toBe(false);
  expect(run.value).toEqual({ matches: 120_000, first: 'hostile.c32767', second: 'hostile.c0', lookup: 'hostile.c12345' });
});
