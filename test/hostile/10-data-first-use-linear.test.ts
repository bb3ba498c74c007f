// Item 10: first-use detection was quadratic: for each first use followed by "(", it searched forward to the next ")"
// and compared everything up to it with the expansion. 10k acronyms each written "QAn (" with one ")" at the end took
// 15.6 s; 30k would take minutes. The definition check now looks only as far as an expansion can reach.
import { expect, it } from 'vitest';
import { runWithData } from './data-script.js';

it('checks 30,000 acronyms each written "QAn (" with a single ")" at the end in bounded time', async () => {
  const run = await runWithData(
    `const count = 30000;
const acronyms = Array.from({ length: count }, (_, index) => ({ id: 'qa.' + index, form: 'QA' + index, expansion: 'Question ' + index }));
const lexicon = data.createLexicon([{ name: 'Hostile', acronyms }], { bundled: false });
const text = Array.from({ length: count }, (_, index) => 'QA' + index + ' (').join(' ') + ' Question 29999)';
const issues = data.findFirstUseIssues(lexicon, text);
return { issues: issues.length, first: issues[0]?.form, last: issues.at(-1)?.form };`,
    30_000,
  );
  expect(run.killed, 'killed: first-use detection is not linear').toBe(false);
  // The last one is defined as "ABBR (Expansion)"; all the others are undefined first uses.
  expect(run.value).toEqual({ issues: 29_999, first: 'QA0', last: 'QA29998' });
});
