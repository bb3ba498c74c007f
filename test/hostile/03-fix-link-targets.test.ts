// Item 3: `natolex check --fix` must rewrite prose only. It used to expand an acronym inside a link target
// ("[the docs](https://example.org/NATO-Ukraine Commission (NUC)/page)"), an autolink, a reference definition, an
// HTML attribute or image alt text, breaking the link, and the real prose use then counted as defined. Now a
// Markdown parser decides what is prose: everything but the prose use stays byte-identical, and quotations too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const LINKS = [
  'See [the docs](https://example.org/NUC/page "NUC page") and <https://example.org/NUC>, or https://example.org/NUC/x.',
  '![NUC logo](nuc.png "NUC") <span title="NUC">x</span> [docs][nuc-ref] and `NUC` code.',
  '',
  '[nuc-ref]: https://example.org/NUC',
  '',
  '> The NUC met in a quotation.',
  '',
].join('\n');

describe('natolex check --fix and Markdown structure', () => {
  it('expands the prose use only: link targets, autolinks, images, HTML, reference definitions and quotations stay byte-identical', async () => {
    const root = await makeRepo({ 'natolex.config.json': '{}\n', 'draft.md': `${LINKS}\nThe NUC met.\n` });
    const run = natolex(['check', '--fix', 'draft.md'], root);
    expect(run.stderr).toBe('');
    expect(await readFile(path.join(root, 'draft.md'), 'utf8')).toBe(`${LINKS}\nThe NATO-Ukraine Commission (NUC) met.\n`);
    expect(run.code).toBe(0);
  });

  it('a use in a link target is no first use: the prose use is still reported', async () => {
    const root = await makeRepo({ 'natolex.config.json': '{}\n', 'draft.md': '[the docs](https://example.org/NUC/page)\n\nThe NUC met.\n' });
    const run = natolex(['check', 'draft.md'], root);
    expect(run.stdout).toMatch(/^draft\.md:3:5 +error +first-use +'NUC' is used before it is defined/m);
    expect(run.code).toBe(1);
  });
});
