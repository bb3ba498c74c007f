import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { echo, formatJson, formatSarif, formatText, printable, printableLines, summarize, type Diagnostic } from './report.js';
import { DEFAULT_SEVERITIES, LineIndex, RULES } from '@natolex/language-service';

const cwd = path.resolve('/work/project');
const diagnostics: Diagnostic[] = [
  {
    file: 'docs/a b.md',
    path: path.join(cwd, 'docs', 'a b.md'),
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 8,
    severity: 'error',
    rule: 'first-use',
    message: "'NUC' is used before it is defined",
    entry: 'acronym.nuc',
  },
  {
    file: path.resolve('/elsewhere/b.md').split(path.sep).join('/'),
    path: path.resolve('/elsewhere/b.md'),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    severity: 'info',
    rule: 'unknown-acronym',
    message: "'ABC' is not in the lexicon",
  },
];

describe('formatText', () => {
  it('prints file:line:col  severity  rule  message and a summary', () => {
    const text = formatText(diagnostics, summarize(diagnostics, 2, 0));
    expect(text.split('\n')).toEqual([
      "docs/a b.md:3:5  error  first-use  'NUC' is used before it is defined",
      `${diagnostics[1]?.file}:1:1  info  unknown-acronym  'ABC' is not in the lexicon`,
      '2 files checked: 1 error, 0 warnings, 1 info',
      '',
    ]);
    expect(formatText([], summarize([], 1, 2))).toBe('1 file checked: 0 errors, 0 warnings, 0 infos, 2 first uses expanded\n');
  });
});

describe('formatJson', () => {
  it('has the tool, the summary and the diagnostics without absolute paths', () => {
    const value = JSON.parse(formatJson(diagnostics, summarize(diagnostics, 2, 0), '1.2.3'));
    expect(value.tool).toEqual({ name: 'natolex', version: '1.2.3' });
    expect(value.summary).toEqual({ files: 2, errors: 1, warnings: 0, infos: 1, fixed: 0 });
    expect(value.diagnostics[0]).toEqual({ ...diagnostics[0], path: undefined });
    expect(Object.hasOwn(value.diagnostics[0], 'path')).toBe(false);
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(diagnostics, { ...DEFAULT_SEVERITIES, deprecated: 'off' }, '1.2.3', cwd)) as Log;
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run of the natolex driver and its rules', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    expect(run?.tool.driver.name).toBe('natolex');
    expect(run?.tool.driver.version).toBe('1.2.3');
    expect(run?.tool.driver.rules?.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(run?.tool.driver.rules?.map((rule) => rule.defaultConfiguration)).toEqual([
      { level: 'error' },
      { enabled: false },
      { level: 'note' },
      { level: 'error' },
      { level: 'warning' },
      { level: 'warning' },
      { level: 'note' },
    ]);
    for (const rule of run?.tool.driver.rules ?? []) expect(rule.shortDescription?.text).toMatch(/\S/);
  });

  it('has one result per diagnostic, pointing at its rule and its region', () => {
    expect(run?.results).toHaveLength(2);
    const [inside, outside] = run?.results ?? [];
    expect(run?.tool.driver.rules?.[inside?.ruleIndex ?? -1]?.id).toBe(inside?.ruleId);
    expect(run?.tool.driver.rules?.[outside?.ruleIndex ?? -1]?.id).toBe(outside?.ruleId);
    expect(inside).toMatchObject({ ruleId: 'first-use', level: 'error', message: { text: "'NUC' is used before it is defined" } });
    expect(outside).toMatchObject({ ruleId: 'unknown-acronym', level: 'note' });
    expect(inside?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/a%20b.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 },
    });
    expect(outside?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: pathToFileURL(diagnostics[1]?.path ?? '').href });
  });

  it('declares the source root as a file URL ending in a slash', () => {
    const root = run?.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '';
    expect(root.startsWith('file:///')).toBe(true);
    expect(root.endsWith('/')).toBe(true);
    expect(new URL('docs/a%20b.md', root).protocol).toBe('file:');
  });
});

describe('LineIndex', () => {
  it('counts \\n, \\r\\n and \\r as one line break each, columns in UTF-16 units', () => {
    const text = 'a\r\nbc\rd\n😀x';
    const lines = new LineIndex(text);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(text.indexOf('c'))).toEqual({ line: 2, column: 2 });
    expect(lines.position(text.indexOf('d'))).toEqual({ line: 3, column: 1 });
    expect(lines.position(text.indexOf('x'))).toEqual({ line: 4, column: 3 });
    expect(lines.position(text.length + 5)).toEqual({ line: 4, column: 4 });
  });
});

describe('printable', () => {
  it('escapes controls, DEL, C1, bidi overrides and isolates, and line separators', () => {
    expect(printable('a\u001b[31mb\rc\nd\te\u007f\u0085\u202e\u2066\u2028\u2029')).toBe(
      'a\\u{1b}[31mb\\u{d}c\\u{a}d\\u{9}e\\u{7f}\\u{85}\\u{202e}\\u{2066}\\u{2028}\\u{2029}',
    );
    expect(printable('Déjà vu — “NATO” 😀')).toBe('Déjà vu — “NATO” 😀');
  });

  it('breaks up a workflow command at the start of the text, also after blanks', () => {
    expect(printable('::error file=a::x')).toBe('\\u{3a}:error file=a::x');
    expect(printable('  ::add-mask::x')).toBe('  \\u{3a}:add-mask::x');
    expect(printable('a ::b')).toBe('a ::b');
    expect(printable(printable('::x'))).toBe(printable('::x'));
  });

  it('keeps the line feeds of multi-line text and treats each line start', () => {
    expect(printableLines('one\n::error::two\r\n')).toBe('one\n\\u{3a}:error::two\\u{d}\n');
  });

  it('caps echoes at 80 characters without splitting a surrogate pair', () => {
    expect(echo('x'.repeat(80))).toBe('x'.repeat(80));
    expect(echo('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
    expect(echo(`${'x'.repeat(79)}😀tail`)).toBe(`${'x'.repeat(79)}…`);
    expect(echo('\u001b'.repeat(100), 2)).toBe('\\u{1b}\\u{1b}…');
  });

  it('is used by the text report for file names and messages', () => {
    const hostile = { ...diagnostics[0]!, file: '::error::\u001b.md', message: 'use \u202eX' };
    const text = formatText([hostile], summarize([hostile], 1, 0));
    expect(text).toContain('\\u{3a}:error::\\u{1b}.md:');
    expect(text).toContain('use \\u{202e}X');
  });
});

