// natolex import / export on hostile input: DTD entities (a billion laughs, an external entity naming a secret file),
// nesting bombs, report text that would drive a terminal or a CI log, and --out paths that lead out of the folder.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

const HEADER = '<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>';
const tbx = (body: string, doctype = '') => `${doctype}<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">${HEADER}<text><body>${body}</body></text></tbx>\n`;
const entry = (term: string, notes = '') => `<conceptEntry id="c"><langSec xml:lang="en"><termSec><term>${term}</term>${notes}</termSec></langSec></conceptEntry>`;
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

it('never expands or fetches a DTD entity: bombs and external entities fail at line:col, nothing is written', async () => {
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  const root = await makeRepo({
    'secret.txt': 'TOP-SECRET-CONTENT',
    'bomb.tbx': tbx(entry('&l9;'), `<!DOCTYPE tbx [<!ENTITY l0 "lol">${lol}]>\n`),
    'xxe.tbx': tbx(entry('&x;'), '<!DOCTYPE tbx [<!ENTITY x SYSTEM "secret.txt">]>\n'),
    'deep.tbx': tbx(`<conceptEntry id="c"><note>${'<hi>'.repeat(200_000)}</note></conceptEntry>`),
  });
  for (const file of ['bomb.tbx', 'xxe.tbx', 'deep.tbx']) {
    const run = natolex(['import', file, '--out', 'out.natolex.json'], root, { timeout: 60_000 });
    expect(run.signal, file).toBeNull();
    expect(run.code, file).toBe(2);
    expect(run.stderr, file).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+: (undefined entity|elements nested deeper than 64 levels)`));
    expect(run.stdout + run.stderr).not.toContain('TOP-SECRET');
  }
  expect(existsSync(path.join(root, 'out.natolex.json'))).toBe(false);
});

it('report lines carry termbase text escaped: no terminal or CI-log commands reach stderr', async () => {
  const evil = '&#x9b;31m &#x202e;rev &#x2028;::error file=a::pwned';
  const root = await makeRepo({ 'evil.tbx': tbx(entry('Term', `<termNote type="termType">${evil}</termNote><termNote type="administrativeStatus">${evil}</termNote><termNote type="partOfSpeech">x</termNote>`)) });
  const run = natolex(['import', 'evil.tbx', '--out', 'evil.natolex.json'], root);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain("termType '");
  expect(run.stderr).not.toMatch(DANGEROUS);
  expect(run.stderr).not.toMatch(/^\s*::/m);
});

it('export --out and import --out never write outside the working folder or into version-control data', async () => {
  const root = await makeRepo({ 'sheet.csv': 'term\nAlpha\n', 'work/.keep': '' });
  const outside = await makeRepo();
  symlinkSync(outside, path.join(root, 'work', 'linked'));
  mkdirSync(path.join(root, '.git', 'hooks'), { recursive: true });
  const cwd = path.join(root, 'work');
  for (const out of ['../escaped.csv', 'linked/escaped.csv', path.join(outside, 'escaped.csv'), '../.git/hooks/x.csv']) {
    const run = natolex(['export', '--format', 'csv', '--out', out], cwd);
    expect(run.code, out).toBe(2);
  }
  expect(natolex(['import', '../sheet.csv', '--out', 'linked/g.natolex.json'], cwd).code).toBe(2);
  expect(natolex(['export', '--format', 'csv', '--out', '.git/x.csv'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('version-control folder') });
  expect(existsSync(path.join(root, 'escaped.csv')) || existsSync(path.join(outside, 'escaped.csv')) || existsSync(path.join(outside, 'g.natolex.json')) || existsSync(path.join(root, '.git', 'hooks', 'x.csv'))).toBe(false);
  expect(natolex(['import', '../sheet.csv', '--out', 'g.natolex.json'], cwd)).toMatchObject({ code: 0 });
  expect(existsSync(path.join(cwd, 'g.natolex.json'))).toBe(true);
});
