import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLexicon, type Lexicon, type TextEdit } from '@natolex/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../context.js';
import { lineBreakingEdit, runCheck } from './check.js';

const edit = (start: number, end: number, text: string): TextEdit => ({ start, end, text });

describe('lineBreakingEdit', () => {
  it('finds an edit inserting any kind of line break', () => {
    for (const lineBreak of ['\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029']) {
      expect(lineBreakingEdit([edit(0, 1, 'fine'), edit(2, 3, `a${lineBreak}b`)])).toEqual(edit(2, 3, `a${lineBreak}b`));
    }
    expect(lineBreakingEdit([edit(0, 1, 'Long Form (LF)'), edit(2, 3, 'tab\tis not one')])).toBeUndefined();
  });
});

// A lexicon that was not validated (built by hand, or by an older data package): one full form has line breaks.
function unvalidatedLexicon(expansion: string): Lexicon {
  const real = createLexicon({ acronyms: [{ id: 'acronym.test.bare', form: 'BARE', expansion: 'Placeholder' }] }, { bundled: false });
  const concept = real.lookup('BARE')!.concept;
  const changed = { ...concept, terms: concept.terms.map((term) => (term.type === 'fullForm' ? { ...term, text: expansion } : term)) };
  return new Proxy(real, {
    get(target, property) {
      if (property === 'get') return (id: string) => (id === concept.id ? changed : target.get(id));
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function capture(cwd: string): CliIo & { out: string; err: string } {
  const io = { cwd, out: '', err: '', stdout: (text: string) => (io.out += text), stderr: (text: string) => (io.err += text) };
  return io;
}

describe('runCheck --fix safety', () => {
  let parent: string;
  let root: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'natolex-check-'));
    root = path.join(parent, 'project');
    await mkdir(path.join(root, 'docs'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: root });
    await writeFile(path.join(root, '.git/config'), '[core]\n\tBARE = false\n');
    await writeFile(path.join(root, 'docs/a.md'), 'A BARE draft.\r\n');
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it('never applies a fix with a line break, even from an unvalidated lexicon, and never writes .git/config', async () => {
    const io = capture(root);
    const loaded = { directory: root, config: { files: ['docs/*.md', '.git/config'] } };
    const code = await runCheck([], { fix: true }, loaded, unvalidatedLexicon('false\n\thooksPath = hooks\n#'), io, 'test');
    expect(await readFile(path.join(root, 'docs/a.md'), 'utf8')).toBe('A BARE draft.\r\n');
    expect(await readFile(path.join(root, '.git/config'), 'utf8')).toBe('[core]\n\tBARE = false\n');
    expect(io.err).toContain('docs/a.md: not fixed: the fix at 1:3 would insert a line break (from a glossary expansion)\n');
    expect(io.out).toMatch(/files? checked/);
    expect(code).toBe(2);
  });

  it('refuses to rewrite a configured file that is not a draft, and fixes the drafts', async () => {
    const io = capture(root);
    const loaded = { directory: root, config: { files: ['docs/*.md', '.git/config'] } };
    const code = await runCheck([], { fix: true }, loaded, unvalidatedLexicon('Bare Acronym Registry Entry'), io, 'test');
    expect(await readFile(path.join(root, '.git/config'), 'utf8')).toBe('[core]\n\tBARE = false\n');
    expect(await readFile(path.join(root, 'docs/a.md'), 'utf8')).toBe('A Bare Acronym Registry Entry (BARE) draft.\r\n');
    expect(io.err).not.toContain('docs/a.md');
    // .git/config is refused here, unless file resolution already left it out; either way it is not a success.
    expect(io.err === '' ? code : 2).toBe(code === 1 ? 1 : 2);
  });

  it('counts columns after a byte order mark as an editor does, and skips binary files with a message', async () => {
    await writeFile(path.join(root, 'bom.md'), '\uFEFFNo BARE here.\n');
    await writeFile(path.join(root, 'blob.txt'), Buffer.from([66, 65, 82, 69, 0, 1]));
    const io = capture(root);
    const code = await runCheck(['bom.md', 'blob.txt'], { format: 'json' }, { directory: root, config: {} }, unvalidatedLexicon('Bare'), io, 'test');
    const report = JSON.parse(io.out) as { summary: { files: number }; diagnostics: { line: number; column: number }[] };
    expect(report.diagnostics.map((d) => [d.line, d.column])).toEqual([[1, 4]]);
    expect(report.summary.files).toBe(1);
    expect(io.err).toBe('blob.txt: not checked: a binary file (it has a NUL byte)\n');
    expect(code).toBe(2);
  });
});
