// The built `natolex` executable, run as a child process on fixture drafts (copied to a temporary folder).
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { assertBuilt, copyFixtures, natolex } from './run-cli.js';

let root: string;
let project: string;

beforeAll(async () => {
  assertBuilt();
  root = await copyFixtures();
  project = path.join(root, 'project');
});
afterAll(() => rm(root, { recursive: true, force: true }));

// The project's configuration ignores NATO and UN, loads glossary/team.natolex.json and checks drafts/**/*.{md,txt}.
const EXPECTED_TEXT = [
  "drafts/briefing.md:3:5  error  first-use  'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
  "drafts/briefing.md:3:26  warning  deprecated  'Review Panel' is superseded; use 'Review Board' instead",
  "drafts/briefing.md:3:51  error  first-use  'DPR' is used before it is defined; write 'Draft Policy Review (DPR)' at its first use",
  "drafts/briefing.md:11:22  error  first-use  'UN CTC' is used before it is defined; write 'UN Counter-Terrorism Committee (UN CTC)' at its first use",
  "drafts/briefing.md:11:70  error  first-use  'NTM-I' is used before it is defined; write 'NATO Training Mission-Iraq (NTM-I)' at its first use",
  "drafts/briefing.md:12:5  info  unknown-acronym  'WXYZ' is not in the lexicon; define it in the text, add it to a glossary, or list it under \"ignore\"",
  "drafts/crlf.txt:3:5  error  first-use  'PfP' is used before it is defined; write 'Partnership for Peace (PfP)' at its first use",
  "drafts/crlf.txt:5:5  error  first-use  'EADRCC' is used before it is defined; write 'Euro-Atlantic Disaster Response Coordination Centre (EADRCC)' at its first use",
  '3 files checked: 6 errors, 1 warning, 1 info',
];

describe('natolex --version and --help', () => {
  it('prints the package version', () => {
    const run = natolex(['--version'], root);
    expect(run).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('prints the commands, and each command its options', () => {
    const top = natolex(['--help'], root);
    expect(top.code).toBe(0);
    for (const command of ['check', 'lookup', 'search', 'cite', 'validate']) expect(top.stdout).toContain(`  ${command} `);
    for (const [command, option] of [['check', '--fix'], ['search', '--limit'], ['cite', '--style'], ['validate', '--format'], ['lookup', '--format']]) {
      const help = natolex([command as string, '--help'], root);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: natolex ${command}`);
      expect(help.stdout).toContain(option);
      expect(help.stdout).toContain('--glossary <file>');
    }
  });

  it('rejects unknown commands and options with exit status 2', () => {
    expect(natolex(['frobnicate'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(natolex(['check', '--frob'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--frob'") });
    expect(natolex(['check', 'x.md', '--format', 'xml'], project)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format xml') });
  });
});

describe('natolex check', () => {
  it('checks several files (config "files" globs) like a compiler and exits 1 on errors', () => {
    const run = natolex(['check'], project);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([...EXPECTED_TEXT, '']);
    expect(run.code).toBe(1);
  });

  it('takes files and globs on the command line, relative to the working folder', () => {
    const run = natolex(['check', 'briefing.md', 'annex/*.md'], path.join(project, 'drafts'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("briefing.md:3:5  error  first-use  'NUC'");
    expect(run.stdout).toContain('2 files checked: 4 errors, 1 warning, 1 info');
  });

  it('accepts a definition in a Markdown heading and skips front matter', () => {
    const run = natolex(['check', 'drafts/annex/heading.md'], project);
    expect(run).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });

  it('reports CRLF files with the same lines and columns as LF ones', async () => {
    const lf = path.join(root, 'lf-copy.txt');
    await writeFile(lf, (await readFile(path.join(project, 'drafts/crlf.txt'), 'utf8')).replace(/\r\n/g, '\n'));
    const crlfRun = natolex(['check', 'drafts/crlf.txt', '--format', 'json'], project);
    const lfRun = natolex(['check', lf, '--format', 'json', '--config', path.join(project, 'natolex.config.json')], project);
    const positions = (output: string) =>
      JSON.parse(output).diagnostics.map((d: { line: number; column: number; endLine: number; endColumn: number }) => [d.line, d.column, d.endLine, d.endColumn]);
    expect(positions(crlfRun.stdout)).toEqual([
      [3, 5, 3, 8],
      [5, 5, 5, 11],
    ]);
    expect(positions(lfRun.stdout)).toEqual(positions(crlfRun.stdout));
  });

  it('writes JSON with a summary and every diagnostic', () => {
    const run = natolex(['check', '--format', 'json'], project);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.tool).toEqual({ name: 'natolex', version: packageJson.version });
    expect(report.summary).toEqual({ files: 3, errors: 6, warnings: 1, infos: 1, fixed: 0 });
    expect(report.diagnostics).toHaveLength(8);
    expect(report.diagnostics[0]).toEqual({
      file: 'drafts/briefing.md',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 8,
      severity: 'error',
      rule: 'first-use',
      message: "'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
      entry: 'concept.nato-ukraine-commission',
    });
  });

  it('writes a SARIF 2.1.0 log with rules, results and locations', () => {
    const run = natolex(['check', '--format', 'sarif'], project);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as Log;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    const rules = sarifRun?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(['first-use', 'deprecated', 'unknown-acronym', 'wrong-expansion', 'inconsistent-expansion', 'quotation-drift', 'redundant-definition']);
    expect(sarifRun?.results).toHaveLength(8);
    for (const result of sarifRun?.results ?? []) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      const location = result.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      expect(location?.artifactLocation?.uri).toMatch(/^drafts\/(briefing\.md|crlf\.txt)$/);
      expect(location?.region?.startLine).toBeGreaterThan(0);
      expect(location?.region?.startColumn).toBeGreaterThan(0);
    }
    expect(sarifRun?.results?.[0]?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 });
    expect(sarifRun?.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/.*\/project\/$/);
  });

  it('makes severities configurable per rule; exit 0 without errors', () => {
    const run = natolex(['check', '--rule', 'first-use=warning', '--rule', 'unknown-acronym=off'], project);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 files checked: 0 errors, 7 warnings, 0 infos');
    expect(natolex(['check', '--rule', 'first-use=fatal'], project)).toMatchObject({ code: 2, stderr: expect.stringContaining('severity must be one of') });
    expect(natolex(['check', '--rule', 'nope=off'], project)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown rule 'nope'") });
  });

  it('warns about a superseded corpus term and names its successor', async () => {
    await writeFile(path.join(root, 'history.md'), 'Uzbekistan joined the North Atlantic Cooperation Council in 1992.\n');
    const run = natolex(['check', 'history.md'], root);
    expect(run).toMatchObject({
      code: 0,
      stdout:
        "history.md:1:23  warning  deprecated  'North Atlantic Cooperation Council' is superseded; use 'Euro-Atlantic Partnership Council' instead\n" +
        '1 file checked: 0 errors, 1 warning, 0 infos\n',
    });
  });

  it('honours --ignore', () => {
    const run = natolex(['check', 'drafts/crlf.txt', '--ignore', 'PfP', '--ignore', 'acronym.eadrcc'], project);
    expect(run).toMatchObject({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings, 0 infos\n' });
  });

  it('fails with exit status 2 when a path or glob names no file', () => {
    expect(natolex(['check', 'drafts/missing.md'], project)).toMatchObject({ code: 2, stderr: 'drafts/missing.md: no such file or directory\n' });
    expect(natolex(['check', 'drafts/**/*.rst'], project)).toMatchObject({ code: 2, stderr: 'drafts/**/*.rst: no files match this pattern\n' });
  });
});

describe('natolex check --fix', () => {
  it('expands first uses in place, keeps CRLF, leaves no temporary files, and reaches a clean state', async () => {
    const fixRoot = await copyFixtures();
    const dir = path.join(fixRoot, 'project');
    try {
      const run = natolex(['check', '--fix'], dir);
      expect(run.stdout.split('\n').slice(-2)).toEqual(['3 files checked: 0 errors, 1 warning, 2 infos, 6 first uses expanded', '']);
      expect(run.code).toBe(0);

      const crlf = await readFile(path.join(dir, 'drafts/crlf.txt'), 'utf8');
      expect(crlf).toBe(
        'Status note\r\n\r\nThe Partnership for Peace (PfP) framework was discussed.\r\nLater: Partnership for Peace (PfP).\r\n' +
          'The Euro-Atlantic Disaster Response Coordination Centre (EADRCC) was not.\r\n',
      );
      const briefing = await readFile(path.join(dir, 'drafts/briefing.md'), 'utf8');
      expect(briefing).toContain('The NATO-Ukraine Commission (NUC) met in June.');
      expect(briefing).toContain('a Draft Policy Review (DPR) of the partnership');
      expect(briefing).toContain('with the UN Counter-Terrorism Committee (UN CTC) continued, as did `NTM-I` reporting.');
      expect(briefing).toContain('The NATO Training Mission-Iraq (NTM-I) closed.');
      expect(briefing).toContain('NTM-I and UN CTC inside a code block are not prose.'); // code untouched

      // The expanded first use makes the later "Partnership for Peace (PfP)" a redundant definition (a hint with a
      // fix): the second run applies it, the third changes nothing.
      const again = natolex(['check', '--fix'], dir);
      expect(again.stdout).toContain('3 files checked: 0 errors, 1 warning, 1 info, 1 first use expanded\n');
      expect(await readFile(path.join(dir, 'drafts/crlf.txt'), 'utf8')).toBe(crlf.replace('Later: Partnership for Peace (PfP).', 'Later: PfP.'));
      expect(natolex(['check', '--fix'], dir).stdout).toContain('3 files checked: 0 errors, 1 warning, 1 info\n');

      const leftovers = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.tmp'));
      expect(leftovers).toEqual([]);
    } finally {
      await rm(fixRoot, { recursive: true, force: true });
    }
  });
});

describe('glossaries and configuration', () => {
  it('stops with file:line:col and exit status 2 when a glossary is invalid', () => {
    const run = natolex(['check', 'draft.md', '--glossary', 'broken.natolex.json'], path.join(root, 'broken'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("broken.natolex.json:4:5  /acronyms/0  must have required property 'expansion'");
    expect(run.stderr).toContain('nothing was checked');
  });

  it('reports a glossary that reuses a corpus id with its position', async () => {
    const clash = path.join(root, 'clash.natolex.json');
    await writeFile(clash, '{\n  "acronyms": [\n    { "id": "acronym.nuc", "form": "NUCX", "expansion": "Clash" }\n  ]\n}\n');
    const run = natolex(['lookup', 'NUC', '--glossary', clash], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^clash\.natolex\.json:3:13 {2}\/acronyms\/0\/id {2}.*"acronym\.nuc"/);
  });

  it('reads the "natolex" key of package.json from a parent folder', () => {
    const run = natolex(['check', 'draft.md'], path.join(root, 'pkgjson', 'notes'));
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining("draft.md:1:5  warning  first-use  'NUC'") });
  });

  it('reports an invalid configuration with file:line:col and exit status 2', async () => {
    const dir = path.join(root, 'badconfig');
    await rm(dir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await writeFile(path.join(dir, 'natolex.config.json'), '{\n  "rules": { "first-use": "loud" }\n}\n');
    await writeFile(path.join(dir, 'a.md'), 'text\n');
    const run = natolex(['check', 'a.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('natolex.config.json:2:27  /rules/first-use  must be one of "error", "warning", "info", "off", found "loud"\n');
    expect(natolex(['check', 'a.md', '--no-config'], dir).code).toBe(0);
  });

  it('uses workspace glossaries for lookup', () => {
    const run = natolex(['lookup', 'DPR'], project);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('DPR — Draft Policy Review');
    expect(run.stdout).toContain('concept.team.dpr');
  });

  it('checks against a schema 1 glossary (upgraded on load) with one warning line on stderr naming natolex migrate', () => {
    const run = natolex(['check', 'project/drafts/briefing.md', '--no-config', '--glossary', 'schema-1/team.natolex.json'], root);
    expect(run.stderr).toBe(
      'natolex: warning: schema-1/team.natolex.json: This glossary uses lexicon schema 1 (acronyms and terms); natolex upgrades it to concepts when it loads. Run `natolex migrate schema-1/team.natolex.json` to rewrite it in schema 2.\n',
    );
    expect(run.stdout).toContain('first-use');
    // The same findings as with its schema 2 form.
    const current = natolex(['check', 'project/drafts/briefing.md', '--no-config', '--glossary', 'project/glossary/team.natolex.json'], root);
    expect(current.stderr).toBe('');
    expect(run.stdout).toBe(current.stdout);
    // lookup answers from it too, and does not warn.
    expect(natolex(['lookup', 'DPR', '--no-config', '--glossary', 'schema-1/team.natolex.json'], root)).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining('DPR — Draft Policy Review') });
  });
});

describe('natolex lookup, search, cite', () => {
  it('looks up mixed-case, hyphenated and spaced acronyms', () => {
    for (const [form, expansion] of [
      ['PfP', 'Partnership for Peace'],
      ['NTM-I', 'NATO Training Mission-Iraq'],
      ['UN CTC', 'UN Counter-Terrorism Committee'],
      ['EADRCC', 'Euro-Atlantic Disaster Response Coordination Centre'],
    ]) {
      const run = natolex(['lookup', form as string], root);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe(`${form} — ${expansion}`);
    }
    const json = JSON.parse(natolex(['lookup', 'NUC', '--format', 'json'], root).stdout);
    expect(json).toMatchObject({ concept: { id: 'concept.nato-ukraine-commission' }, term: { id: 'acronym.nuc', text: 'NUC', type: 'acronym' } });
  });

  it('shows the same concept for an acronym and its full form: KFOR has the Kosovo Force definition', () => {
    const acronym = natolex(['lookup', 'KFOR'], root);
    const fullForm = natolex(['lookup', 'Kosovo Force'], root);
    expect(acronym.code).toBe(0);
    expect(fullForm.code).toBe(0);
    expect(acronym.stdout.split('\n')[0]).toBe('KFOR — Kosovo Force');
    expect(fullForm.stdout.split('\n')[0]).toBe('Kosovo Force (KFOR)');
    // Everything after the heading is the concept's, whichever term was looked up (the quote is the term's own).
    const body = (stdout: string) => stdout.split('\n').slice(1).filter((line) => !line.startsWith('  quote:'));
    expect(body(acronym.stdout)).toEqual(body(fullForm.stdout));
    expect(acronym.stdout).toContain('  quote:         “Kosovo Force (KFOR)”');
    expect(acronym.stdout).toContain('  id:            concept.kosovo-force');
    expect(acronym.stdout).toMatch(/\n {2}definition: +The Kosovo Force \(KFOR\) was deployed .*to provide an international security presence/);
    expect(acronym.stdout).toContain('  terms (en):    Kosovo Force (full form, preferred); KFOR (acronym, preferred)');
    expect(JSON.parse(natolex(['lookup', 'Kosovo Force', '--format', 'json'], root).stdout).concept.id).toBe('concept.kosovo-force');
  });

  it('marks a context as such, and names what replaces a superseded term', () => {
    expect(natolex(['lookup', 'NUC'], root).stdout).toMatch(/\n {2}context: +The formal basis for NATO-Ukraine relations/);
    const replaced = natolex(['lookup', 'North Atlantic Cooperation Council'], root).stdout;
    expect(replaced).toContain('North Atlantic Cooperation Council is superseded');
    expect(replaced).toMatch(/\n {2}use instead: +Euro-Atlantic Partnership Council/);
    expect(replaced).toMatch(/\n {2}replaced by: +EAPC — Euro-Atlantic Partnership Council/);
  });

  it("shows --language first (else LANG's), the other languages' terms after it", () => {
    const lookup = (args: string[], env: Record<string, string> = {}) => natolex(['lookup', 'TWG', '--no-config', '--glossary', 'bilingual.natolex.json', ...args], root, env);
    const french = lookup(['--language', 'fr']).stdout.split('\n');
    expect(french[0]).toBe("TWG — Groupe de rédaction de l'équipe");
    expect(french.filter((line) => line.startsWith('  terms'))).toEqual([
      "  terms (fr):    Groupe de rédaction de l'équipe (full form, preferred); GRE (acronym, preferred)",
      '  terms (en):    Team Writing Group (full form, preferred); TWG (acronym, preferred)',
    ]);
    expect(lookup([], { LANG: 'fr_BE.UTF-8', LC_ALL: '', LC_MESSAGES: '' }).stdout.split('\n')[0]).toBe("TWG — Groupe de rédaction de l'équipe");
    expect(lookup([], { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' }).stdout.split('\n')[0]).toBe('TWG — Team Writing Group');
    expect(lookup(['--language', 'fr_FR'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--language fr_FR: must be a language tag') });
  });

  it('exits 1 for an unknown term', () => {
    const run = natolex(['lookup', 'QQQQ'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no acronym or term 'QQQQ'");
  });

  it('searches with a limit, and cites a passage it found', () => {
    const run = natolex(['search', 'disaster', 'response', '--limit', '3', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const hits = JSON.parse(run.stdout) as { kind: string; id: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    const text = natolex(['search', 'disaster response', '--limit', '3'], root);
    expect(text.stdout).toContain(hits[0]?.id);

    const snippets = JSON.parse(natolex(['search', 'disaster response', '--kind', 'snippet', '--limit', '1', '--format', 'json'], root).stdout);
    const snippetId = snippets[0]?.id as string;
    expect(snippetId).toBeTruthy();
    for (const style of ['chicago-note', 'apa', 'harvard']) {
      const cite = natolex(['cite', snippetId, '--style', style], root);
      expect(cite.code).toBe(0);
      expect(cite.stdout.trim().length).toBeGreaterThan(10);
    }
    expect(natolex(['cite', 'snippet.does-not-exist'], root).code).toBe(1);
    expect(natolex(['cite', snippetId, '--style', 'mla'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--style mla') });
    expect(natolex(['search', 'x', '--limit', '0'], root).code).toBe(2);
  });
});

describe('natolex validate', () => {
  it('accepts valid glossaries and reports invalid ones with file:line:col', () => {
    expect(natolex(['validate', 'project/glossary/team.natolex.json'], root)).toEqual({ code: 0, stdout: '1 glossary valid\n', stderr: '' });
    const run = natolex(['validate', 'project/glossary/team.natolex.json', 'broken/broken.natolex.json'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("broken/broken.natolex.json:4:5  /acronyms/0  must have required property 'expansion'\n1 of 2 glossaries invalid\n");
  });

  it('validates the configured glossaries when no file is given', () => {
    expect(natolex(['validate'], project)).toMatchObject({ code: 0, stdout: '1 glossary valid\n' });
  });
});

describe('natolex check --fix safety and per-file problems', () => {
  it('reports a draft it may not rewrite, fixes the others, prints the summary, and exits 2', async () => {
    const fixRoot = await copyFixtures();
    const dir = path.join(fixRoot, 'project');
    try {
      const { chmod } = await import('node:fs/promises');
      await chmod(path.join(dir, 'drafts/crlf.txt'), 0o444);
      const before = await readFile(path.join(dir, 'drafts/crlf.txt'), 'utf8');
      const run = natolex(['check', '--fix'], dir);
      expect(run.stderr).toBe('drafts/crlf.txt: not fixed: it is read-only\n');
      expect(await readFile(path.join(dir, 'drafts/crlf.txt'), 'utf8')).toBe(before);
      expect(run.stdout).toContain("drafts/crlf.txt:3:5  error  first-use  'PfP'");
      expect(run.stdout.split('\n').slice(-2)).toEqual(['3 files checked: 2 errors, 1 warning, 1 info, 4 first uses expanded', '']);
      expect(run.code).toBe(2);
    } finally {
      await rm(fixRoot, { recursive: true, force: true });
    }
  });

  it('documents --max-file-size and skips a larger draft with a message', () => {
    expect(natolex(['check', '--help'], root).stdout).toContain('--max-file-size <bytes>');
    const run = natolex(['check', 'drafts/crlf.txt', 'drafts/briefing.md', '--max-file-size', '200'], project);
    expect(run.stderr).toMatch(/^drafts\/briefing\.md: not checked: \d+ bytes, more than the limit of 200 bytes \(--max-file-size\)\n$/);
    expect(run.stdout).toContain('1 file checked: 2 errors');
    expect(run.code).toBe(2);
  });
});

// Markdown structure: fixture drafts with every construct (front matter, links, autolinks, reference links and
// definitions, images, HTML, code, footnotes, quotations, tables, wrapped lines, CRLF). Findings and fixes land in
// prose only; everything else is byte-identical after --fix.
describe('natolex check on Markdown structure (fixtures/markdown)', () => {
  const markdown = () => path.join(root, 'markdown');
  const draft = (name: string) => readFile(path.join(markdown(), 'drafts', name), 'utf8');

  it('reports prose only: the link text, wrong expansions, a CRLF draft and a wrapped plain-text draft', () => {
    const run = natolex(['check'], markdown());
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      "drafts/constructs.md:8:10  error  first-use  'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
      "drafts/constructs.md:36:17  error  wrong-expansion  'Euro-Atlantic Partnership Council' is not what PfP stands for; the lexicon gives 'Partnership for Peace'",
      "drafts/constructs.md:37:41  error  wrong-expansion  'peacekeepers' is not what KFOR stands for; the lexicon gives 'Kosovo Force'",
      "drafts/crlf.md:1:27  error  first-use  'NUC' is used before it is defined; write 'NATO-Ukraine Commission (NUC)' at its first use",
      "drafts/crlf.md:7:5  error  first-use  'PfP' is used before it is defined; write 'Partnership for Peace (PfP)' at its first use",
      '3 files checked: 5 errors, 0 warnings, 0 infos',
    ]);
    expect(run.code).toBe(1);
  });

  it('--fix rewrites prose only: quotations, link targets, code, HTML, front matter and footnotes are byte-identical', async () => {
    const before = { constructs: await draft('constructs.md'), crlf: await draft('crlf.md'), wrapped: await draft('wrapped.txt') };
    const run = natolex(['check', '--fix'], markdown());
    expect(run.code).toBe(0);
    expect(await draft('constructs.md')).toBe(
      before.constructs
        .replace('[the NUC docs](', '[the NATO-Ukraine Commission (NUC) docs](')
        .replace('Euro-Atlantic Partnership Council (PfP)', 'Partnership for Peace (PfP)')
        .replace('The peacekeepers (KFOR)', 'The Kosovo Force (KFOR)'),
    );
    expect(await draft('crlf.md')).toBe(
      before.crlf.replace('the NUC met.\r\n', 'the NATO-Ukraine Commission (NUC) met.\r\n').replace('\r\nThe PfP and', '\r\nThe Partnership for Peace (PfP) and'),
    );
    expect(await draft('wrapped.txt')).toBe(before.wrapped);
    for (const kept of ['> 1995 Uzbekistan signs a security agreement with the NUC and the\n> PfP, says the quotation.', 'He said "the KFOR and the NUC met"', '(https://example.org/NUC/page "NUC page")', '<https://example.org/PfP>', '[nuc-ref]: https://example.org/NUC "NUC"', '<span title="NUC">', '![NUC logo](nuc.png "NUC")', 'title: NUC and PfP briefing']) {
      expect(await draft('constructs.md')).toContain(kept);
    }
    expect(natolex(['check'], markdown()).code).toBe(0);
  });

  it('well-known acronyms and heading definitions are configurable', async () => {
    await writeFile(path.join(markdown(), 'drafts', 'nato.md'), '# Partnership for Peace (PfP)\n\nNATO and the PfP.\n');
    await writeFile(path.join(markdown(), 'natolex.config.json'), '{ "files": ["drafts/nato.md"] }\n');
    expect(natolex(['check'], markdown()).stdout).toContain("drafts/nato.md:3:14  error  first-use  'PfP'");
    await writeFile(path.join(markdown(), 'natolex.config.json'), '{ "files": ["drafts/nato.md"], "headingDefinitions": true, "wellKnown": [] }\n');
    const run = natolex(['check'], markdown());
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(["drafts/nato.md:3:1  error  first-use  'NATO' is used before it is defined; write 'North Atlantic Treaty Organization (NATO)' at its first use", '1 file checked: 1 error, 0 warnings, 0 infos']);
    await writeFile(path.join(markdown(), 'natolex.config.json'), '{ "files": ["drafts/nato.md"], "wellKnown": "NATO" }\n');
    expect(natolex(['check'], markdown()).stderr).toMatch(/natolex\.config\.json:1:45 +\/wellKnown +must be array/);
  });
});

describe('natolex check --fix and quotations', () => {
  it('reports an altered corpus quotation but never rewrites it unattended (the restore is a manual quick fix)', async () => {
    const dir = path.join(root, 'quotes');
    await mkdir(dir, { recursive: true });
    const altered =
      '> Cooperation continues to develop in a practical way, taking into account each organisation’s specific mandate, expertise and capabilities. There are regular exchanges and dialogue at senior and working levels on political and operational issues.\n';
    const text = `The NUC met.\n\n${altered}`;
    await writeFile(path.join(dir, 'quote.md'), text);
    const run = natolex(['check', '--no-config', '--fix', '--format', 'json', 'quote.md'], dir);
    const report = JSON.parse(run.stdout) as { diagnostics: { rule: string }[] };
    expect(report.diagnostics.map((d) => d.rule)).toContain('quotation-drift');
    expect(await readFile(path.join(dir, 'quote.md'), 'utf8')).toBe(`The NATO-Ukraine Commission (NUC) met.\n\n${altered}`);
  });
});
