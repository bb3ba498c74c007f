// corpus → TBX → import: the same concepts, terms (ids, types, statuses, languages), definitions and contexts.
import { describe, expect, it } from 'vitest';
import { validateLexicon } from '@natolex/schema';
import { exportTbx } from '../src/tbx/export.js';
import { importTbx } from '../src/tbx/import.js';
import { toConceptLexicon } from '../src/upgrade.js';
import { bilingualTbx, corpus, essentials, releasedV1 } from './support.js';

describe('TBX round trip', () => {
  for (const [name, load] of [
    ['the built corpus', corpus],
    ['the released 0.x lexicon (schema 1, upgraded)', () => toConceptLexicon(releasedV1())],
  ] as const) {
    it(`${name}: every concept, term, status and definition comes back`, () => {
      const lexicon = load();
      const { document, report } = importTbx(exportTbx(lexicon).text);
      expect(validateLexicon(document)).toMatchObject({ valid: true });
      expect(document.name).toBe(lexicon.name);
      expect(document.language).toBe(lexicon.language ?? 'en');
      expect(document.concepts?.map(essentials)).toEqual(lexicon.concepts?.map(essentials));
      // Relations between concepts come back; those to topics cannot be written (TBX refs point inside the file).
      const concepts = new Set(lexicon.concepts?.map((concept) => concept.id));
      expect(document.concepts?.map((concept) => concept.related ?? [])).toEqual(lexicon.concepts?.map((concept) => (concept.related ?? []).filter((relation) => concepts.has(relation.target))));
      // Sources keep their ids (back-matter refObjects) and fields.
      expect(document.sources?.filter((source) => lexicon.sources?.some((other) => other.id === source.id)).length).toBe(lexicon.sources?.length);
      // Only the header's free text is reported: nothing of a concept is lost on the way back.
      expect(report.map((entry) => entry.path)).toEqual(['tbx/tbxHeader/fileDesc/publicationStmt', 'tbx/tbxHeader/fileDesc/sourceDesc'].slice(lexicon.version ? 0 : 1));
    });
  }

  it('the output is deterministic: same documents, same bytes', () => {
    expect(exportTbx(corpus()).text).toBe(exportTbx(corpus()).text);
  });

  it('a bilingual termbase exported again and re-imported is unchanged', () => {
    const first = importTbx(bilingualTbx()).document;
    const second = importTbx(exportTbx(first).text).document;
    expect(second.concepts?.map(essentials)).toEqual(first.concepts?.map(essentials));
    expect(second.concepts?.map((concept) => concept.related)).toEqual(first.concepts?.map((concept) => concept.related));
  });
});
