// Walks a lexicon document (schema 2): every record with an id, every provenance span with the record it belongs
// to, and the helpers the concept rules share (a term's language, acronym-like terms).

/** Term types written as abbreviations: they match case-sensitively and need a full form in their concept. */
export const ABBREVIATED_TYPES = new Set(['acronym', 'abbreviation']);

/** The language of a term, definition or context: its own tag, else the document's, else "en". */
export function languageOf(item, lexicon) {
  return item.language ?? lexicon.language ?? 'en';
}

/** Every record that carries an id, with its kind and JSON pointer. Sections are nested in topics, terms in concepts. */
export function recordsWithIds(lexicon) {
  const records = [];
  for (const kind of ['sources', 'topics', 'snippets', 'concepts', 'events']) {
    (lexicon[kind] ?? []).forEach((record, index) => {
      records.push({ kind, record, pointer: `/${kind}/${index}` });
      if (kind === 'topics') {
        (record.sections ?? []).forEach((section, sectionIndex) =>
          records.push({ kind: 'sections', record: section, pointer: `/topics/${index}/sections/${sectionIndex}` }),
        );
      }
      if (kind === 'concepts') {
        (record.terms ?? []).forEach((term, termIndex) => {
          if (term.id !== undefined) records.push({ kind: 'terms', record: term, pointer: `/concepts/${index}/terms/${termIndex}` });
        });
      }
    });
  }
  return records;
}

/** Every provenance span in the document: { owner id, pointer, provenance }. */
export function provenanceSpans(lexicon) {
  const spans = [];
  (lexicon.concepts ?? []).forEach((concept, index) => {
    const add = (items, path) =>
      (items ?? []).forEach((item, itemIndex) =>
        (item.provenance ?? []).forEach((provenance, spanIndex) =>
          spans.push({ owner: concept.id, pointer: `/concepts/${index}/${path}/${itemIndex}/provenance/${spanIndex}`, provenance }),
        ),
      );
    add(concept.terms, 'terms');
    add(concept.definitions, 'definitions');
    add(concept.contexts, 'contexts');
  });
  (lexicon.events ?? []).forEach((event, index) => {
    if (event.provenance) spans.push({ owner: event.id, pointer: `/events/${index}/provenance`, provenance: event.provenance });
  });
  return spans;
}
