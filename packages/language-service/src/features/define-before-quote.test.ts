import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check.js';
import { applyEdits } from '../text/apply-edits.js';
import { LineIndex } from '../text/line-index.js';
import { lexicon } from '../test-support/lexicon.js';
import { doc } from '../test-support/documents.js';
import { ProseDocuments } from '../markdown/documents.js';
import { codeActions } from './code-actions.js';
import { defineBeforeQuoteEdits } from './define-before-quote.js';

const QUOTE = '> The NUC agreed on the plan.\n';

/** The define-before-quote edits with the cursor on the quoted NUC. */
function definedAt(text: string, options = {}) {
  const at = text.indexOf('NUC agreed');
  return defineBeforeQuoteEdits(lexicon, text, at, at, options);
}

describe('define before the quotation', () => {
  it("adds the acronym to the writer's first mention of the long form before the quote; the quote stays byte-identical", () => {
    const text = `The NATO-Ukraine Commission met in May. The NATO-Ukraine Commission said:\n\n${QUOTE}`;
    const actions = definedAt(text);
    expect(actions.map((action) => action.title.text)).toEqual(["Define NUC before the quotation: 'NATO-Ukraine Commission (NUC)'"]);
    const fixed = applyEdits(text, actions[0]!.edits);
    expect(fixed).toBe(`The NATO-Ukraine Commission (NUC) met in May. The NATO-Ukraine Commission said:\n\n${QUOTE}`);
    expect(fixed.endsWith(QUOTE)).toBe(true);
    const prepared = new ProseDocuments().prepare('file:///w/draft.md', text, lexicon);
    expect(definedAt(text, { prepared })).toEqual(actions); // the session's prose model, as the adapters pass it
    expect(checkDocument(lexicon, doc(fixed)).filter((finding) => finding.rule === 'first-use')).toEqual([]);
  });

  it('finds a wrapped long form, and works for inline quotations too', () => {
    const text = 'The NATO-Ukraine\nCommission put it plainly: "The NUC agreed on the plan."\n';
    const actions = definedAt(text);
    expect(applyEdits(text, actions[0]!.edits)).toBe('The NATO-Ukraine\nCommission (NUC) put it plainly: "The NUC agreed on the plan."\n');
  });

  it('offers nothing where it would need invented wording, or where first-use already speaks', () => {
    expect(definedAt(`Nothing about it before.\n\n${QUOTE}`)).toEqual([]); // no long form in the writer's text
    expect(definedAt(`The NUC met.\n\n${QUOTE}`)).toEqual([]); // the writer's own use: first-use reports it, with its fix
    expect(definedAt(`The NATO-Ukraine Commission (NUC) met.\n\n${QUOTE}`)).toEqual([]); // defined already
    expect(definedAt(`See [the docs](https://example.org/NATO-Ukraine Commission) and \`NATO-Ukraine Commission\`.\n\n${QUOTE}`)).toEqual([]); // link target, code
    expect(definedAt(`> The NATO-Ukraine Commission said:\n\n${QUOTE}`)).toEqual([]); // the long form is quoted too
    expect(definedAt(`The NATO-Ukraine Commission met.\n\n${QUOTE}`, { wellKnown: ['NUC'] })).toEqual([]); // well known
    expect(definedAt(`The NATO-Ukraine Commission met.\n\nThe NUC agreed outside any quote.\n`)).toEqual([]); // no quotation
  });

  it('uses a heading only when headings define', () => {
    const text = `# The NATO-Ukraine Commission\n\n${QUOTE}`;
    expect(definedAt(text)).toEqual([]);
    expect(applyEdits(text, definedAt(text, { headingDefinitions: true })[0]!.edits)).toBe(`# The NATO-Ukraine Commission (NUC)\n\n${QUOTE}`);
  });

  it('reaches every editor through codeActions when the adapter passes the lexicon (Markdown only)', () => {
    const text = `The NATO-Ukraine Commission said:\n\n${QUOTE}`;
    const at = new LineIndex(text).lspPosition(text.indexOf('NUC agreed'));
    const document = doc(text);
    const actions = codeActions({}, document, { start: at, end: at }, checkDocument(lexicon, document), { lexicon });
    expect(actions).toMatchObject([{ title: "Define NUC before the quotation: 'NATO-Ukraine Commission (NUC)'", kind: 'quickfix', findings: [] }]);
    expect(actions[0]!.lspEdits).toEqual([{ range: { start: { line: 0, character: 27 }, end: { line: 0, character: 27 } }, newText: ' (NUC)' }]);
    expect(codeActions({}, document, { start: at, end: at }, [])).toEqual([]);
    expect(codeActions({}, { ...document, uri: 'file:///draft.txt', languageId: 'plaintext' }, { start: at, end: at }, [], { lexicon })).toEqual([]);
  });
});
