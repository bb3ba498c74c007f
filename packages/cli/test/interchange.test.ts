// natolex export / import / diff through the built binary: formats, glossaries included, the report of unmapped
// content on stderr, errors at file:line:col, and where --out may write.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, natolex } from './run-cli.js';

const GLOSSARY = {
  $schema: 'urn:natolex:schema:lexicon:2',
  name: 'Team',
  concepts: [{ id: 'concept.team.drt', subjectField: 'body', terms: [{ text: 'Drafting Review Team', type: 'fullForm', status: 'preferred' }, { text: 'DRT', type: 'acronym', status: 'preferred' }] }],
};
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
<tbxHeader><fileDesc><titleStmt><title>Termbase</title></titleStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Plain Language Unit</term><termNote type="termType">fullForm</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
<langSec xml:lang="fr"><termSec><term>Unité de langage clair</term><termNote type="termType">fullForm</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
</body></text></tbx>
`;

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-interchange-'));
  writeFileSync(path.join(dir, 'team.natolex.json'), JSON.stringify(GLOSSARY));
  writeFileSync(path.join(dir, 'termbase.tbx'), TBX);
  writeFileSync(path.join(dir, 'natolex.config.json'), JSON.stringify({ glossaries: ['team.natolex.json'] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('natolex export', () => {
  it('--format tbx: the corpus and the configured glossaries, to stdout; what TBX cannot carry counted on stderr', () => {
    const run = natolex(['export', '--format', 'tbx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">/);
    expect(run.stdout).toContain('<conceptEntry id="concept.kosovo-force">');
    expect(run.stdout).toContain('<conceptEntry id="concept.team.drt">');
    expect(run.stderr).toMatch(/^natolex export: not in tbx: \d+ events \(TBX has no place for them\)$/m);
  });

  it('--format skos|csv|csl-json, and --out writes the file', () => {
    expect(natolex(['export', '--format', 'skos'], dir).stdout).toContain('<urn:natolex:id:concept.team.drt> a skos:Concept');
    expect(natolex(['export', '--format', 'csv'], dir).stdout).toMatch(/^concept_id,language,term,type,status,subject_field,definition,context,term_note,term_id\r\n/);
    const csl = JSON.parse(natolex(['export', '--format', 'csl-json'], dir).stdout) as Array<{ type: string; title: string }>;
    expect(csl.length).toBeGreaterThan(0);
    expect(csl.every((item) => typeof item.title === 'string')).toBe(true);
    expect(natolex(['export', '--format', 'skos', '--out', 'vocabulary.ttl'], dir)).toMatchObject({ code: 0, stdout: '', stderr: expect.stringContaining('wrote vocabulary.ttl') });
    expect(readFileSync(path.join(dir, 'vocabulary.ttl'), 'utf8')).toMatch(/^@prefix skos:/);
  });

  it('--out only inside the working folder, never in version-control data, never through a link that leads out', () => {
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-outside.tbx`);
    symlinkSync(outside, path.join(dir, 'link.tbx'));
    for (const [out, message] of [
      ['../x.tbx', 'outside the working folder'],
      [outside, 'outside the working folder'],
      ['.git/x.tbx', 'inside a version-control folder (.git)'],
      ['link.tbx', 'a symbolic link to nothing'],
      ['x.json', 'must end in .tbx or .xml'],
      ['missing/x.tbx', 'its folder does not exist'],
    ] as const) {
      expect(natolex(['export', '--format', 'tbx', '--out', out], dir), out).toMatchObject({ code: 2, stderr: expect.stringContaining(message) });
    }
    expect(existsSync(outside)).toBe(false);
    expect(natolex(['export', '--format', 'xml'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--format xml: must be tbx, skos, csv or csl-json') });
  });
});

describe('natolex import', () => {
  it('writes a glossary that validates; the report of unmapped content on stderr as file:line:col, exit 0', () => {
    const run = natolex(['import', 'termbase.tbx', '--out', 'termbase.natolex.json'], dir);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('termbase.tbx:3:68: tbx/tbxHeader/fileDesc/sourceDesc: no place in the schema: left out with its content\n');
    expect(run.stderr).toMatch(/termbase\.tbx:5:\d+: tbx\/text\/body\/conceptEntry\/langSec\/termSec\/termNote\[@type="partOfSpeech"\]: no place in the schema: left out\n/);
    const glossary = JSON.parse(readFileSync(path.join(dir, 'termbase.natolex.json'), 'utf8'));
    expect(glossary).toMatchObject({ $schema: 'urn:natolex:schema:lexicon:2', name: 'Termbase', concepts: [{ id: 'concept.c1', terms: [{ text: 'Plain Language Unit' }, { text: 'Unité de langage clair', language: 'fr' }] }] });
    expect(natolex(['validate', 'termbase.natolex.json'], dir)).toMatchObject({ code: 0 });
  });

  it('a CSV sheet too', () => {
    writeFileSync(path.join(dir, 'sheet.csv'), 'term,type,status,language\nPlain Language Unit,fullForm,preferred,en\nPLU,abbreviation,admitted,en\n');
    expect(natolex(['import', 'sheet.csv', '--out', 'sheet.natolex.json'], dir)).toMatchObject({ code: 0, stderr: expect.stringContaining('wrote sheet.natolex.json: 2 concepts') });
  });

  it('errors at file:line:col, exit 2, nothing written', () => {
    writeFileSync(path.join(dir, 'broken.tbx'), '<tbx xml:lang="en">\n  <text><body></text>\n</tbx>');
    expect(natolex(['import', 'broken.tbx', '--out', 'broken.natolex.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^broken\.tbx:2:\d+: unexpected close tag\.\nnatolex import: nothing was written\n$/) });
    writeFileSync(path.join(dir, 'bomb.tbx'), '<!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<tbx xml:lang="en"><text><body><conceptEntry id="x"><note>&b;</note></conceptEntry></body></text></tbx>');
    expect(natolex(['import', 'bomb.tbx', '--out', 'bomb.natolex.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('bomb.tbx:2:') });
    writeFileSync(path.join(dir, 'bad.csv'), 'term\n"unclosed\n');
    expect(natolex(['import', 'bad.csv', '--out', 'bad.natolex.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('bad.csv:2:1: a quoted field is not closed') });
    expect(existsSync(path.join(dir, 'broken.natolex.json')) || existsSync(path.join(dir, 'bomb.natolex.json')) || existsSync(path.join(dir, 'bad.natolex.json'))).toBe(false);
    expect(natolex(['import', 'termbase.tbx'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--out <file.natolex.json> is required') });
  });

  it('a .tbx file can be a glossary: checked against directly', () => {
    writeFileSync(path.join(dir, 'draft.md'), '# Draft\n\nThe Plain Language Unit reviewed it.\n');
    const run = natolex(['lookup', 'Plain Language Unit', '--glossary', 'termbase.tbx'], dir);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Plain Language Unit') });
    writeFileSync(path.join(dir, 'broken-glossary.tbx'), '<tbx xml:lang="en">\n<text>\n</tbx>');
    expect(natolex(['lookup', 'DRT', '--glossary', 'broken-glossary.tbx'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken-glossary\.tbx:3:\d+ +\(root\) +unexpected close tag/) });
  });
});

describe('natolex diff', () => {
  it('compares two lexicon files (v1 or v2), says the bump; exit 1 when they differ, 0 when not', () => {
    const v2 = { ...GLOSSARY, concepts: [{ ...GLOSSARY.concepts[0]!, terms: [GLOSSARY.concepts[0]!.terms[0]!] }] };
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify(GLOSSARY));
    writeFileSync(path.join(dir, 'new.json'), JSON.stringify(v2));
    const run = natolex(['diff', 'old.json', 'new.json'], dir);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout).toBe("required bump: major (1 change, 0 ids gone)\nterms removed: 1\n  concept.team.drt en acronym DRT: 'DRT' (major)\n");
    expect(natolex(['diff', 'old.json', 'old.json'], dir)).toMatchObject({ code: 0, stdout: 'required bump: none (0 changes, 0 ids gone)\n' });
    const v1 = { name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] };
    writeFileSync(path.join(dir, 'v1.json'), JSON.stringify(v1));
    expect(JSON.parse(natolex(['diff', 'v1.json', 'v1.json', '--format', 'json'], dir).stdout)).toEqual({ requiredBump: 'none', changes: [], removedIds: [] });
    expect(natolex(['diff', 'v1.json', 'new.json', '--format', 'markdown'], dir).stdout).toMatch(/^## v1\.json → new\.json\n\nRequired bump: \*\*major\*\*/);
  });

  it('a file that is not a lexicon: file:line:col, exit 2', () => {
    writeFileSync(path.join(dir, 'broken.json'), '{\n  "concepts": [\n');
    expect(natolex(['diff', 'broken.json', 'old.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^broken\.json:3:1 /) });
    expect(natolex(['diff', 'old.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('give two lexicon files') });
  });
});

describe('--out over an existing file', () => {
  it('replaces it through the safe write path and keeps its mode', () => {
    writeFileSync(path.join(dir, 'existing.csv'), 'old\n');
    chmodSync(path.join(dir, 'existing.csv'), 0o640);
    expect(natolex(['export', '--format', 'csv', '--out', 'existing.csv'], dir)).toMatchObject({ code: 0 });
    expect(readFileSync(path.join(dir, 'existing.csv'), 'utf8')).toMatch(/^concept_id,/);
    expect(statSync(path.join(dir, 'existing.csv')).mode & 0o777).toBe(0o640);
  });
});
