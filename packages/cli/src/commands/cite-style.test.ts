import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../context.js';
import { MAX_STYLE_FILE_BYTES, citeFormOption, citeStyleOption } from './cite-style.js';

const dir = mkdtempSync(join(tmpdir(), 'natolex-cite-style-'));
const STYLE = '<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"></style>\n';
writeFileSync(join(dir, 'mine.csl'), `\uFEFF${STYLE}`);
writeFileSync(join(dir, 'big.csl'), `<style>${' '.repeat(MAX_STYLE_FILE_BYTES)}</style>`);
writeFileSync(join(dir, 'notes.csl'), 'just text');
mkdirSync(join(dir, 'folder.csl'));

describe('natolex cite --style and --form', () => {
  test('names are kept, chicago-note by default', () => {
    expect(citeStyleOption(undefined, dir)).toBe('chicago-note');
    for (const name of ['apa', 'harvard', 'csl-json', 'bibtex', 'ris', 'pandoc']) expect(citeStyleOption(name, dir)).toBe(name);
  });

  test('a .csl path is read relative to the working directory, without its BOM', () => {
    expect(citeStyleOption('mine.csl', dir)).toBe(STYLE);
    expect(citeStyleOption(join(dir, 'mine.csl'), '/')).toBe(STYLE);
  });

  test('bad values are usage errors that name the value', () => {
    expect(() => citeStyleOption('mla', dir)).toThrow(/--style mla: must be one of/);
    expect(() => citeStyleOption('missing.csl', dir)).toThrow(/no such CSL style file/);
    expect(() => citeStyleOption('big.csl', dir)).toThrow(/at most/);
    expect(() => citeStyleOption('notes.csl', dir)).toThrow(/not a CSL style/);
    expect(() => citeStyleOption('folder.csl', dir)).toThrow(/not a file/);
    expect(() => citeStyleOption('x\u001b[2J.csl', dir)).toThrow(UsageError);
    try {
      citeStyleOption('x\u001b[2J\u009b.csl', dir);
    } catch (error) {
      expect(String((error as Error).message)).not.toMatch(/[\u001b\u009b]/);
    }
    expect(citeFormOption('inline')).toBe('inline');
    expect(citeFormOption(undefined)).toBeUndefined();
    expect(() => citeFormOption('footnote')).toThrow(/--form footnote: must be one of citation, inline, bibliography/);
  });
});
