// SKOS (Turtle) export: labels by status, one prefLabel per language, relations, escaping.
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Lexicon } from '@natolex/schema';
import { DEFAULT_SKOS_BASE, exportSkos, turtleIri, turtleString } from '../src/skos/export.js';
import { importTbx } from '../src/tbx/import.js';
import { bilingualTbx, corpus } from './support.js';

/** The statements about one subject, as `predicate object` strings. */
function statements(turtle: string, subject: string): string[] {
  const block = turtle.split('\n\n').find((part) => part.startsWith(`${subject} `)) ?? '';
  return block.replace(/ \.$/, '').split(' ;\n').slice(1).map((line) => line.trim());
}

describe('SKOS export', () => {
  it('labels: the preferred full form is the prefLabel of its language, other terms alt or hidden labels', () => {
    const turtle = exportSkos(importTbx(bilingualTbx()).document).text;
    expect(statements(turtle, '<urn:natolex:id:concept.c1>')).toEqual([
      'skos:inScheme <urn:natolex:id:scheme>',
      'skos:prefLabel "Drafting Review Team"@en',
      'skos:altLabel "DRT"@en',
      'skos:altLabel "Draft Review Team"@en',
      'skos:hiddenLabel "Review Cell"@en',
      'skos:hiddenLabel "RC"@en',
      'skos:prefLabel "Équipe de relecture des projets"@fr',
      'skos:altLabel "ERP"@fr',
      'skos:hiddenLabel "Cellule de relecture"@fr',
      'skos:altLabel "Équipe de relecture"@fr',
      'skos:definition "A team that reviews drafts."@en',
      'skos:definition "Une équipe qui relit les projets."@fr',
      'skos:example "The DRT met on Monday."@en',
      'skos:related <urn:natolex:id:concept.c2>',
      'dct:type "mission"',
    ]);
  });

  it('at most one prefLabel per language in every concept of the corpus, and relations only to exported concepts', () => {
    const lexicon = corpus();
    const turtle = exportSkos(lexicon).text;
    for (const concept of lexicon.concepts ?? []) {
      const labels = statements(turtle, turtleIri(`${DEFAULT_SKOS_BASE}${concept.id}`)).filter((line) => line.startsWith('skos:prefLabel'));
      const languages = labels.map((line) => line.slice(line.lastIndexOf('@')));
      expect(new Set(languages).size, concept.id).toBe(languages.length);
      expect(labels.length, concept.id).toBeGreaterThan(0);
    }
    expect(turtle).not.toMatch(/<urn:natolex:id:topic\./);
  });

  it('takes a base for the IRIs', () => {
    const turtle = exportSkos(corpus(), { base: 'https://terms.example.org/' }).text;
    expect(turtle).toContain('<https://terms.example.org/concept.kosovo-force> a skos:Concept');
  });

  it('escapes literals and IRIs per Turtle', () => {
    expect(turtleString('say "hi"\\ \n\r\t \u0001')).toBe('"say \\"hi\\"\\\\ \\n\\r\\t \\u0001"');
    expect(turtleIri('urn:x:a b<c>"{|}^`\\')).toBe('<urn:x:a%20b%3Cc%3E%22%7B%7C%7D%5E%60%5C>');
    const lexicon: Lexicon = { $schema: SCHEMA_ID, language: 'en', concepts: [{ id: 'concept.q', subjectField: 'concept', terms: [{ text: 'A "quoted" \\ term', type: 'fullForm', status: 'preferred' }] }] };
    expect(exportSkos(lexicon).text).toContain('skos:prefLabel "A \\"quoted\\" \\\\ term"@en');
  });

  it('is deterministic', () => {
    expect(exportSkos(corpus()).text).toBe(exportSkos(corpus()).text);
  });
});
