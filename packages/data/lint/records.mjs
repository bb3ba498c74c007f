// Walks a lexicon document: every record with an id, and every provenance span with the record it belongs to.

/** Every record that carries an id, with its kind and JSON pointer. Sections are nested in topics. */
export function recordsWithIds(lexicon) {
  const records = [];
  for (const kind of ['sources', 'topics', 'snippets', 'acronyms', 'terms', 'events']) {
    (lexicon[kind] ?? []).forEach((record, index) => {
      records.push({ kind, record, pointer: `/${kind}/${index}` });
      if (kind === 'topics') {
        (record.sections ?? []).forEach((section, sectionIndex) =>
          records.push({ kind: 'sections', record: section, pointer: `/topics/${index}/sections/${sectionIndex}` }),
        );
      }
    });
  }
  return records;
}

/** Every provenance span in the document: { owner id, pointer, provenance }. */
export function provenanceSpans(lexicon) {
  const spans = [];
  for (const kind of ['acronyms', 'terms']) {
    (lexicon[kind] ?? []).forEach((entry, index) =>
      (entry.provenance ?? []).forEach((provenance, spanIndex) =>
        spans.push({ owner: entry.id, pointer: `/${kind}/${index}/provenance/${spanIndex}`, provenance }),
      ),
    );
  }
  (lexicon.events ?? []).forEach((event, index) => {
    if (event.provenance) spans.push({ owner: event.id, pointer: `/events/${index}/provenance`, provenance: event.provenance });
  });
  return spans;
}
