// Assembly of the curated concepts: resolves the provenance of every term, definition and context, and computes
// each concept's usedIn (snippets where one of its terms occurs) and topics. Pure; problems are returned, never thrown.
import { wholeWordOffsets } from './text.mjs';

const asArray = (value) => (Array.isArray(value) ? value : []);

const CONCEPT_FIELDS = new Set(['id', 'subjectField', 'terms', 'definitions', 'contexts', 'related', 'notes', 'topics']);
const TERM_FIELDS = new Set(['id', 'text', 'type', 'status', 'language', 'note', 'definedInSource', 'provenance']);
const TEXT_FIELDS = new Set(['text', 'language', 'provenance']);

function unknownFields(value, known, report, where) {
  if (value === null || typeof value !== 'object') return;
  for (const field of Object.keys(value)) if (!known.has(field)) report(`${where}unknown field "${field}"`);
}

/**
 * One concept as the document holds it. `resolve` turns a curated span ({ quote, snippet?, source? }) into a full
 * Provenance (or undefined after reporting why). Field order does not matter: the output is canonicalised.
 */
function assembleConcept(concept, file, context) {
  const { resolve, snippets, snippetTopic, topicOfSource, topicOrder, problems } = context;
  const report = (message) => problems.push({ file, id: concept?.id, message });
  if (concept === null || typeof concept !== 'object' || Array.isArray(concept)) {
    report('a concept must be a JSON object');
    return concept;
  }
  unknownFields(concept, CONCEPT_FIELDS, report, '');
  if ('usedIn' in concept) report('"usedIn" is computed by the build; remove it');

  const topics = new Set(asArray(concept.topics));
  const resolveAll = (spans, where) => {
    if (asArray(spans).length === 0) report(`${where} needs at least one provenance span`);
    const resolved = asArray(spans).map((span) => resolve(span, file, concept.id)).filter((span) => span !== undefined);
    for (const span of resolved) {
      const topic = span.snippet ? snippetTopic.get(span.snippet) : topicOfSource.get(span.source);
      if (topic) topics.add(topic);
    }
    return resolved;
  };

  const terms = asArray(concept.terms).map((term, index) => {
    const where = `term ${term?.id ?? JSON.stringify(term?.text) ?? index}`;
    unknownFields(term, TERM_FIELDS, report, `${where}: `);
    return { ...term, provenance: resolveAll(term?.provenance, where) };
  });
  const texts = (key) =>
    concept[key] === undefined
      ? undefined
      : asArray(concept[key]).map((item, index) => {
          unknownFields(item, TEXT_FIELDS, report, `${key}[${index}]: `);
          return { ...item, provenance: resolveAll(item?.provenance, `${key}[${index}]`) };
        });

  const forms = terms.map((term) => term.text).filter((text) => typeof text === 'string');
  const usedIn = snippets
    .filter(({ record }) => forms.some((form) => wholeWordOffsets(record.text, form).length > 0))
    .map(({ record }) => record.id);
  for (const id of usedIn) topics.add(snippetTopic.get(id));

  const record = { ...concept, terms };
  for (const key of ['definitions', 'contexts']) {
    const value = texts(key);
    if (value !== undefined) record[key] = value;
  }
  record.topics = topicOrder.filter((id) => topics.has(id));
  record.usedIn = usedIn;
  return record;
}

/** Every curated concept ({ file, value }) assembled, sorted by id. */
export function assembleConcepts(curatedConcepts, context) {
  const snippetTopic = new Map(context.snippets.map(({ record }) => [record.id, record.topic]));
  return curatedConcepts
    .map(({ file, value }) => ({ file, record: assembleConcept(value, file, { ...context, snippetTopic }) }))
    .sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
}
