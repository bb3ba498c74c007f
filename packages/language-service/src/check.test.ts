import { describe, expect, it } from 'vitest';
import { checkDocument } from './check.js';
import { MESSAGES, RULES, RULE_IDS, DEFAULT_SEVERITIES, isRuleId } from './rules/index.js';
import { english, translateMessage } from './messages.js';
import { brief, check, lexicon } from './test-support/lexicon.js';

describe('the registry', () => {
  it('lists each rule once, with a default severity, a summary and English messages', () => {
    expect(RULE_IDS).toEqual(['first-use', 'deprecated', 'unknown-acronym', 'wrong-expansion', 'inconsistent-expansion', 'quotation-drift', 'redundant-definition']);
    expect(DEFAULT_SEVERITIES).toEqual({
      'first-use': 'error',
      deprecated: 'warning',
      'unknown-acronym': 'info',
      'wrong-expansion': 'error',
      'inconsistent-expansion': 'warning',
      'quotation-drift': 'warning',
      'redundant-definition': 'info',
    });
    for (const rule of RULES) {
      expect(rule.summary).toMatch(/\S/);
      for (const id of Object.keys(rule.messages)) expect(id.startsWith(`${rule.id}.`)).toBe(true);
    }
    expect(isRuleId('deprecated')).toBe(true);
    expect(isRuleId('constructor')).toBe(false);
  });

  it('renders every message id through a translation function', () => {
    const [finding] = check('The NUC met.');
    const shout = (template: string, ...args: string[]) => english(template.toUpperCase(), ...args);
    expect(translateMessage(MESSAGES, { id: finding!.messageId, args: finding!.messageArgs, text: finding!.message }, shout)).toBe(
      "'NUC' IS USED BEFORE IT IS DEFINED; WRITE 'NATO-Ukraine Commission (NUC)' AT ITS FIRST USE",
    );
  });
});

describe('checkText', () => {
  it('applies configured severities and turns rules off', () => {
    const severities = { 'first-use': 'warning', deprecated: 'off', 'unknown-acronym': 'off' } as const;
    expect(brief('NUC and PFP and ZZZ.', { severities })).toEqual(['first-use:warning:NUC', 'first-use:warning:PFP']);
  });

  it('sorts findings by position', () => {
    const findings = check('ZZZ NUC PFP');
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    expect(findings.map((f) => f.rule)).toEqual(['unknown-acronym', 'first-use', 'deprecated', 'first-use']);
  });

  it('reports 100,000 findings without overflowing the stack', () => {
    expect(check(Array.from({ length: 100_000 }, (_, i) => `Q${i}Q`).join(' '))).toHaveLength(100_000);
  });
});

describe('checkDocument', () => {
  it('takes Markdown from the language id or the extension, and gives LSP ranges', () => {
    const text = 'Title\r\n\r\n`NUC` and NUC';
    const markdown = checkDocument(lexicon, { uri: 'file:///a/draft.txt', languageId: 'markdown', text, version: 1 });
    expect(markdown.map((f) => f.range)).toEqual([{ start: { line: 2, character: 10 }, end: { line: 2, character: 13 } }]);
    const byName = checkDocument(lexicon, { uri: 'file:///a/draft.md', languageId: '', text, version: 1 });
    expect(byName).toHaveLength(1);
    const plain = checkDocument(lexicon, { uri: 'file:///a/draft.md', languageId: 'plaintext', text, version: 1 });
    expect(plain.map((f) => f.range.start.character)).toEqual([1]);
  });
});
