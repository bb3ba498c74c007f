// SKOS export, Turtle. Each concept is a skos:Concept in one skos:ConceptScheme; its IRI is the base followed by the
// concept id (default base urn:natolex:id:, so concept.kosovo-force is <urn:natolex:id:concept.kosovo-force>; pass
// your own http(s) base to publish them). Labels: the preferred term of each language is its skos:prefLabel (the
// preferred full form when a language has several preferred terms, e.g. an acronym and its full form: the others
// become altLabel), admitted terms are altLabel, deprecated and superseded ones hiddenLabel (still found in search,
// never shown). Definitions are skos:definition, contexts skos:example, curator notes skos:editorialNote; relations
// broader / narrower / related are SKOS's, replaces / replacedBy / partOf are Dublin Core's. Every literal has its
// language tag. Output is deterministic.
import type { Concept, ConceptTerm, Lexicon } from '@natolex/schema';
import { conceptsOf, languageOf } from '../model.js';
import { OmissionCounter, type Omission } from '../omitted.js';
import { toConceptLexicon } from '../upgrade.js';

export const DEFAULT_SKOS_BASE = 'urn:natolex:id:';

export interface SkosExportOptions {
  /** Prefix of every IRI: concept IRIs are base + concept id, the scheme is base + "scheme". */
  base?: string;
}

export interface SkosExport {
  text: string;
  omitted: Omission[];
}

const RELATION_PREDICATES: Record<string, string> = {
  broader: 'skos:broader',
  narrower: 'skos:narrower',
  related: 'skos:related',
  replaces: 'dct:replaces',
  replacedBy: 'dct:isReplacedBy',
  partOf: 'dct:isPartOf',
};

const LANGUAGE_TAG = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/;

/** A Turtle string literal: quotes, backslashes and line breaks escaped, other control characters as \\uXXXX. */
export function turtleString(value: string): string {
  const escaped = value.replace(/[\\"\n\r\t\b\f\u0000-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** A literal with its language tag (an invalid tag is left off rather than written broken). */
function literal(value: string, language: string): string {
  return LANGUAGE_TAG.test(language) ? `${turtleString(value)}@${language}` : turtleString(value);
}

/** An IRI reference: the characters Turtle's IRIREF forbids are percent-encoded (UTF-8). */
export function turtleIri(value: string): string {
  const encoded = value.replace(/[\u0000-\u0020<>"{}|^\u0060\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return '<' + encoded + '>';
}

export function exportSkos(input: unknown | readonly unknown[], options: SkosExportOptions = {}): SkosExport {
  const documents = (Array.isArray(input) ? input : [input]).map(toConceptLexicon);
  const base = options.base ?? DEFAULT_SKOS_BASE;
  const omitted = new OmissionCounter();
  const iri = (id: string) => turtleIri(`${base}${id}`);
  const concepts = new Map<string, { concept: Concept; document: Lexicon }>();
  for (const document of documents) for (const concept of conceptsOf(document)) if (!concepts.has(concept.id)) concepts.set(concept.id, { concept, document });
  const scheme = iri('scheme');
  const out: string[] = [
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix dct: <http://purl.org/dc/terms/> .',
    '',
    `${scheme} a skos:ConceptScheme`,
  ];
  const schemeLines: string[] = [];
  for (const document of documents) if (document.name) schemeLines.push(`  dct:title ${literal(document.name, languageOf({}, document))}`);
  for (const { concept } of concepts.values()) schemeLines.push(`  skos:hasTopConcept ${iri(concept.id)}`);
  out[out.length - 1] += schemeLines.length > 0 ? ` ;\n${schemeLines.join(' ;\n')} .` : ' .';
  for (const { concept, document } of concepts.values()) {
    const lines = [`  skos:inScheme ${scheme}`];
    for (const [predicate, term] of labels(concept, document)) lines.push(`  ${predicate} ${literal(term.text, languageOf(term, document))}`);
    for (const definition of concept.definitions ?? []) lines.push(`  skos:definition ${literal(definition.text, languageOf(definition, document))}`);
    for (const context of concept.contexts ?? []) lines.push(`  skos:example ${literal(context.text, languageOf(context, document))}`);
    for (const note of concept.notes ?? []) lines.push(`  skos:editorialNote ${literal(note, languageOf({}, document))}`);
    for (const relation of concept.related ?? []) {
      if (!concepts.has(relation.target)) omitted.add('relations to a topic or to a concept outside the export');
      else lines.push(`  ${RELATION_PREDICATES[relation.type]} ${iri(relation.target)}`);
    }
    lines.push(`  dct:type ${turtleString(concept.subjectField)}`);
    out.push('', `${iri(concept.id)} a skos:Concept ;\n${lines.join(' ;\n')} .`);
    omitted.add('provenance (SKOS has no place for it)', [...concept.terms, ...(concept.definitions ?? []), ...(concept.contexts ?? [])].filter((item) => item.provenance !== undefined).length);
  }
  for (const document of documents) omitted.add('events', document.events?.length ?? 0);
  return { text: `${out.join('\n')}\n`, omitted: omitted.list() };
}

/** [predicate, term] per term: at most one prefLabel per language (the preferred full form when there are several). */
function labels(concept: Concept, document: Lexicon): Array<[string, ConceptTerm]> {
  const prefByLanguage = new Map<string, ConceptTerm>();
  for (const term of concept.terms) {
    if (term.status !== 'preferred') continue;
    const language = languageOf(term, document);
    const current = prefByLanguage.get(language);
    if (!current || (current.type !== 'fullForm' && term.type === 'fullForm')) prefByLanguage.set(language, term);
  }
  const chosen = new Set(prefByLanguage.values());
  // SKOS keeps the three label properties disjoint: a text written twice in one language is labelled once.
  const written = new Set([...chosen].map((term) => `${languageOf(term, document)}\u0000${term.text}`));
  const result: Array<[string, ConceptTerm]> = [];
  for (const term of concept.terms) {
    if (chosen.has(term)) {
      result.push(['skos:prefLabel', term]);
      continue;
    }
    const key = `${languageOf(term, document)}\u0000${term.text}`;
    if (written.has(key)) continue;
    written.add(key);
    result.push([term.status === 'deprecated' || term.status === 'superseded' ? 'skos:hiddenLabel' : 'skos:altLabel', term]);
  }
  return result;
}
