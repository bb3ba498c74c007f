// Rule: every reference resolves, to a record of the right kind, and agrees with the structure it points into:
// related/topics/usedIn of concepts, the provenance of their terms, definitions and contexts, provenance source/section/snippet, topic → source, source → topic,
// section parents and snippet lists, snippet → topic/section, footnotes, event topic/related.
import { recordsWithIds } from './records.mjs';

export default {
  id: 'cross-references',
  description: 'every id reference resolves to a record of the expected kind and agrees with the structure',
  check({ lexicon }) {
    const issues = [];
    const kindOf = new Map(recordsWithIds(lexicon).map(({ kind, record }) => [record.id, kind]));
    const topicOfSection = new Map();
    const sectionById = new Map();
    for (const topic of lexicon.topics ?? []) {
      for (const section of topic.sections ?? []) {
        topicOfSection.set(section.id, topic.id);
        sectionById.set(section.id, section);
      }
    }
    const snippetById = new Map((lexicon.snippets ?? []).map((snippet) => [snippet.id, snippet]));
    const sourceById = new Map((lexicon.sources ?? []).map((source) => [source.id, source]));
    const topicById = new Map((lexicon.topics ?? []).map((topic) => [topic.id, topic]));

    const expect = (where, field, id, kinds) => {
      const kind = kindOf.get(id);
      if (kind === undefined) issues.push({ where, message: `${field} → ${id} does not exist` });
      else if (!kinds.includes(kind)) issues.push({ where, message: `${field} → ${id} is a ${kind.replace(/s$/, '')}, expected ${kinds.join(' or ')}` });
      return kind !== undefined && kinds.includes(kind);
    };

    const checkProvenance = (where, provenance) => {
      const sourceOk = expect(where, 'provenance.source', provenance.source, ['sources']);
      if (provenance.section !== undefined && expect(where, 'provenance.section', provenance.section, ['sections'])) {
        const topic = topicById.get(topicOfSection.get(provenance.section));
        if (sourceOk && topic && topic.source !== provenance.source) {
          issues.push({ where, message: `provenance.section ${provenance.section} is in ${topic.id}, whose source is ${topic.source}, not ${provenance.source}` });
        }
      }
      if (provenance.snippet !== undefined && expect(where, 'provenance.snippet', provenance.snippet, ['snippets'])) {
        const snippet = snippetById.get(provenance.snippet);
        if (provenance.section !== snippet.section) {
          issues.push({ where, message: `provenance.snippet ${snippet.id} is in ${snippet.section}, but provenance.section is ${provenance.section}` });
        }
      }
    };

    for (const source of lexicon.sources ?? []) {
      if (source.topic !== undefined && expect(source.id, 'topic', source.topic, ['topics']) && topicById.get(source.topic).source !== source.id) {
        issues.push({ where: source.id, message: `topic ${source.topic} names ${topicById.get(source.topic).source} as its source` });
      }
    }
    const listedIn = new Map();
    for (const topic of lexicon.topics ?? []) {
      if (expect(topic.id, 'source', topic.source, ['sources']) && sourceById.get(topic.source).topic !== topic.id) {
        issues.push({ where: topic.id, message: `source ${topic.source} does not name this topic back` });
      }
      for (const section of topic.sections ?? []) {
        if (section.parent !== undefined && expect(section.id, 'parent', section.parent, ['sections']) && topicOfSection.get(section.parent) !== topic.id) {
          issues.push({ where: section.id, message: `parent ${section.parent} is in another topic` });
        }
        for (const id of section.snippets ?? []) {
          if (!expect(section.id, 'snippets', id, ['snippets'])) continue;
          if (listedIn.has(id)) issues.push({ where: section.id, message: `snippet ${id} is already listed in ${listedIn.get(id)}` });
          listedIn.set(id, section.id);
          const snippet = snippetById.get(id);
          if (snippet.section !== section.id || snippet.topic !== topic.id) {
            issues.push({ where: section.id, message: `lists ${id}, which says it is in ${snippet.topic} › ${snippet.section}` });
          }
        }
      }
    }
    for (const snippet of lexicon.snippets ?? []) {
      expect(snippet.id, 'topic', snippet.topic, ['topics']);
      if (expect(snippet.id, 'section', snippet.section, ['sections']) && topicOfSection.get(snippet.section) !== snippet.topic) {
        issues.push({ where: snippet.id, message: `section ${snippet.section} is not in ${snippet.topic}` });
      }
      if (!listedIn.has(snippet.id)) issues.push({ where: snippet.id, message: 'is listed in no section' });
      for (const id of snippet.footnotes ?? []) {
        if (expect(snippet.id, 'footnotes', id, ['snippets']) && snippetById.get(id).role !== 'footnote') {
          issues.push({ where: snippet.id, message: `footnotes → ${id} has role ${snippetById.get(id).role}, not footnote` });
        }
      }
    }
    for (const concept of lexicon.concepts ?? []) {
      for (const relation of concept.related ?? []) {
        expect(concept.id, `related (${relation.type})`, relation.target, ['concepts', 'topics']);
        if (relation.target === concept.id) issues.push({ where: concept.id, message: 'is related to itself' });
      }
      for (const id of concept.topics ?? []) expect(concept.id, 'topics', id, ['topics']);
      for (const id of concept.usedIn ?? []) expect(concept.id, 'usedIn', id, ['snippets']);
      for (const key of ['terms', 'definitions', 'contexts']) {
        for (const item of concept[key] ?? []) for (const provenance of item.provenance ?? []) checkProvenance(concept.id, provenance);
      }
    }
    for (const event of lexicon.events ?? []) {
      expect(event.id, 'topic', event.topic, ['topics']);
      for (const id of event.related ?? []) expect(event.id, 'related', id, ['concepts', 'topics']);
      if (event.provenance) {
        checkProvenance(event.id, event.provenance);
        const snippet = snippetById.get(event.provenance.snippet);
        if (snippet && snippet.topic !== event.topic) issues.push({ where: event.id, message: `provenance is in ${snippet.topic}, not ${event.topic}` });
      }
    }
    return issues;
  },
};
