// The release check (scripts/check-data-bump.mjs) on crafted pairs: the bump the lexicon diff needs against the
// bump declared by pending changesets or by the package version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Lexicon } from '@natolex/schema';
import { changesetBump, decide, versionBump } from '../../../scripts/check-data-bump.mjs';
import * as api from '../src/index.js';
import { releasedV1 } from './support.js';

const base = (): Lexicon => ({
  $schema: SCHEMA_ID,
  version: '1.0.0',
  concepts: [{ id: 'concept.kfor', subjectField: 'mission', terms: [{ id: 'acronym.kfor', text: 'KFOR', type: 'acronym', status: 'preferred' }] }],
});
const withTerm = (text: string): Lexicon => {
  const document = base();
  document.concepts![0]!.terms.push({ text, type: 'fullForm', status: 'preferred' });
  return document;
};

const dir = mkdtempSync(path.join(tmpdir(), 'natolex-changesets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check-data-bump', () => {
  it('reads the largest bump pending changesets give @natolex/data', () => {
    expect(changesetBump(path.join(dir, 'missing'))).toBe('none');
    writeFileSync(path.join(dir, 'README.md'), '---\n"@natolex/data": major\n---\n');
    writeFileSync(path.join(dir, 'a.md'), '---\n"@natolex/cli": major\n"@natolex/data": patch\n---\n\nFix.\n');
    expect(changesetBump(dir)).toBe('patch');
    writeFileSync(path.join(dir, 'b.md'), "---\n'@natolex/data': minor\n---\n\nAdd.\n");
    expect(changesetBump(dir)).toBe('minor');
  });

  it('compares versions part by part', () => {
    expect(versionBump('0.1.0', '1.0.0')).toBe('major');
    expect(versionBump('1.0.0', '1.1.0')).toBe('minor');
    expect(versionBump('1.1.0', '1.1.1')).toBe('patch');
    expect(versionBump('1.1.1', '1.1.1')).toBe('none');
  });

  it('refuses a patch changeset for an added term, accepts minor', () => {
    const input = { released: base(), current: withTerm('Kosovo Force'), version: '1.0.0' };
    expect(decide(api, { ...input, pendingBump: 'patch' })).toMatchObject({ needed: 'minor', declared: 'patch', ok: false });
    expect(decide(api, { ...input, pendingBump: 'minor' })).toMatchObject({ needed: 'minor', ok: true });
  });

  it('refuses a minor bump for a removed or renamed term, accepts major (from a changeset or the version)', () => {
    const renamed = base();
    renamed.concepts![0]!.terms[0]!.text = 'K-FOR';
    expect(decide(api, { released: base(), current: renamed, pendingBump: 'minor', version: '1.0.0' })).toMatchObject({ needed: 'major', ok: false });
    expect(decide(api, { released: withTerm('Kosovo Force'), current: base(), pendingBump: 'none', version: '1.1.0' })).toMatchObject({ needed: 'major', declared: 'minor', ok: false });
    expect(decide(api, { released: withTerm('Kosovo Force'), current: base(), pendingBump: 'none', version: '2.0.0' })).toMatchObject({ needed: 'major', declared: 'major', ok: true });
  });

  it('needs nothing for the same content, and works across schema 1 and 2', () => {
    expect(decide(api, { released: base(), current: base(), pendingBump: 'none', version: '1.0.0' })).toMatchObject({ needed: 'none', ok: true });
    const v1 = releasedV1() as { version: string };
    expect(decide(api, { released: v1, current: api.toConceptLexicon(v1), pendingBump: 'none', version: v1.version })).toMatchObject({ needed: 'none', ok: true });
    const fewer = api.toConceptLexicon(v1);
    fewer.concepts!.pop();
    expect(decide(api, { released: v1, current: fewer, pendingBump: 'minor', version: v1.version })).toMatchObject({ needed: 'major', ok: false });
  });
});
