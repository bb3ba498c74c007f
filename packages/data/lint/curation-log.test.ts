import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from './curation-log.mjs';

const markdown = readFileSync(new URL('../CURATION.md', import.meta.url), 'utf8');

describe('curation-log', () => {
  it('accepts CURATION.md as committed: it lists exactly what the cleaner does', () => {
    expect(rule.check({})).toEqual([]);
  });

  it('fails when a change the cleaner makes is missing from the log', () => {
    const withoutRow = markdown.replace(/^\| 12 \|.*\n/m, '');
    expect(withoutRow).not.toBe(markdown);
    const [issue] = rule.check({ curationMarkdown: withoutRow });
    expect(issue?.message).toMatch(/differs from what the cleaner does .*\| 12 \|/);
  });

  it('fails when the log claims a change the cleaner does not make', () => {
    const extra = markdown.replace(/^(\| 23 \|.*\n)/m, '$1| 24 | 1:1 (0) | 1:1 (0) | `"x"` | `"y"` | `made-up` | never happened |\n');
    expect(rule.check({ curationMarkdown: extra })).toHaveLength(1);
  });

  it('fails when the generated block is gone', () => {
    expect(rule.check({ curationMarkdown: '# Curation log\n' })).toEqual([
      { where: 'CURATION.md', message: 'has no generated cleaning-log block' },
    ]);
  });
});
