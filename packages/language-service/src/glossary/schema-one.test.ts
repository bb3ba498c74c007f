import { describe, expect, it } from 'vitest';
import { checkGlossaries } from './load.js';
import { migrateHint, schemaOneGlossaries, shellWord } from './schema-one.js';

const v1 = JSON.stringify({ name: 'Old', acronyms: [{ id: 'acronym.old.drt', form: 'DRT', expansion: 'Drafting Review Team' }] });
const v2 = JSON.stringify({
  $schema: 'urn:natolex:schema:lexicon:2',
  name: 'New',
  concepts: [{ id: 'concept.new.qrt', subjectField: 'body', terms: [{ text: 'Quick Review Team', type: 'fullForm', status: 'preferred' }, { text: 'QRT', type: 'acronym', status: 'preferred' }] }],
});

describe('schema 1 glossaries', () => {
  it('load (upgraded) and are the ones the hint is for', () => {
    const check = checkGlossaries([
      { key: 'old', label: 'glossary/old.natolex.json', text: v1 },
      { key: 'new', label: 'glossary/new.natolex.json', text: v2 },
    ]);
    expect(check.lexicon?.lookup('DRT')?.concept.id).toBe('concept.old.drt');
    expect(check.lexicon?.lookup('QRT')?.concept.id).toBe('concept.new.qrt');
    expect(schemaOneGlossaries(check.loaded).map((glossary) => glossary.key)).toEqual(['old']);
  });

  it('name the migrate command with the file as one shell word', () => {
    expect(migrateHint('glossary/old.natolex.json')).toContain('Run `natolex migrate glossary/old.natolex.json`');
    expect(shellWord("our team's $(glossary).json")).toBe("'our team'\\''s $(glossary).json'");
  });
});
