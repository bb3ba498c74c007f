// Pure assembly of the lexicon document from the curated records and the cleaned text: locates every snippet in the
// topic text, resolves every provenance quote to its source, section and snippet (concepts.mjs assembles the concepts).
// It never reads files and never throws on bad data: each problem is returned with the curated file it is in.
import { parseLayout } from './layout.mjs';
import { assembleConcepts } from './concepts.mjs';
import { allOffsets } from './text.mjs';

export const SCHEMA_ID = 'urn:natolex:schema:lexicon:2';

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const asArray = (value) => (Array.isArray(value) ? value : []);

function assembleTopics(curatedTopics, layout, problems) {
  const topics = [];
  const snippets = [];
  for (const { file, value: topic } of curatedTopics) {
    const report = (message, id = topic.id) => problems.push({ file, id, message });
    const entry = layout.entries.find((candidate) => candidate.indexLabel === topic.indexLabel);
    if (!entry) {
      report(`indexLabel ${JSON.stringify(topic.indexLabel)} is not one of the A–Z index lines of the cleaned text`);
      continue;
    }
    if (typeof topic.title !== 'string' || !entry.body.startsWith(`${topic.title} `)) {
      report(`title ${JSON.stringify(topic.title)} is not the heading the topic text starts with`);
    }
    const sections = asArray(topic.sections);
    if (sections[0]?.title !== topic.title) report('the first (lead) section must carry the topic title');

    const topicSections = [];
    for (const section of sections) {
      const snippetIds = [];
      for (const snippet of asArray(section.snippets)) {
        snippetIds.push(snippet.id);
        const found = typeof snippet.text === 'string' ? allOffsets(entry.body, snippet.text) : [];
        if (found.length !== 1) {
          report(
            found.length === 0
              ? `text is not a verbatim span of the topic text: ${JSON.stringify(String(snippet.text).slice(0, 60))}…`
              : `text occurs ${found.length} times in the topic text; a snippet must be one place`,
            snippet.id,
          );
          continue;
        }
        snippets.push({
          offset: entry.bodyOffset + found[0],
          file,
          record: {
            id: snippet.id,
            topic: topic.id,
            section: section.id,
            role: snippet.role,
            text: snippet.text,
            ...(snippet.footnotes === undefined ? {} : { footnotes: snippet.footnotes }),
          },
        });
      }
      topicSections.push({
        id: section.id,
        title: section.title,
        ...(section.parent === undefined ? {} : { parent: section.parent }),
        snippets: snippetIds,
      });
    }
    topics.push({
      offset: entry.labelOffset,
      file,
      entry,
      record: {
        id: topic.id,
        title: topic.title,
        indexLabel: topic.indexLabel,
        source: topic.source,
        kind: topic.kind,
        sections: topicSections,
      },
    });
  }
  topics.sort((a, b) => a.offset - b.offset);
  snippets.sort((a, b) => a.offset - b.offset);
  return { topics, snippets };
}

/**
 * Where a quote may come from when it is in no snippet: a topic's heading and section titles (that topic's source),
 * or the page heading and index labels (the source that describes no topic).
 */
function headingRegions(topics, sources, layout) {
  const regions = [];
  for (const { record } of topics) {
    regions.push({ source: record.source, section: record.sections[0]?.id, topic: record.id, text: record.title });
    for (const section of record.sections.slice(1)) {
      regions.push({ source: record.source, section: section.id, topic: record.id, text: section.title });
    }
  }
  const indexSource = sources.find(({ value }) => value.topic === undefined)?.value.id;
  if (indexSource) {
    regions.push({ source: indexSource, text: layout.heading.text });
    for (const entry of layout.entries) regions.push({ source: indexSource, text: entry.indexLabel });
  }
  return regions;
}

function createProvenanceResolver({ snippets, regions, sourceIds, topicOfSource, problems }) {
  const snippetById = new Map(snippets.map(({ record }) => [record.id, record]));
  const sourceOfTopic = new Map([...topicOfSource].map(([source, topic]) => [topic, source]));

  return function resolve(provenance, file, ownerId) {
    const report = (message) => problems.push({ file, id: ownerId, message });
    const quote = provenance?.quote;
    if (typeof quote !== 'string' || quote.length === 0) {
      report('provenance needs a non-empty "quote"');
      return undefined;
    }
    const shown = JSON.stringify(quote.length > 70 ? `${quote.slice(0, 70)}…` : quote);

    let candidates;
    if (provenance.snippet !== undefined) {
      const snippet = snippetById.get(provenance.snippet);
      if (!snippet) {
        report(`provenance snippet ${provenance.snippet} does not exist`);
        return undefined;
      }
      candidates = snippet.text.includes(quote) ? [snippet] : [];
      if (candidates.length === 0) {
        report(`provenance quote ${shown} is not verbatim in ${provenance.snippet}`);
        return undefined;
      }
    } else {
      candidates = snippets.map(({ record }) => record).filter((snippet) => snippet.text.includes(quote));
    }
    if (provenance.source !== undefined && !sourceIds.has(provenance.source)) {
      report(`provenance source ${provenance.source} does not exist`);
      return undefined;
    }
    if (candidates.length > 1) {
      report(`provenance quote ${shown} occurs in ${candidates.map((s) => s.id).join(', ')}; add "snippet" to say which`);
      return undefined;
    }
    if (candidates.length === 1) {
      const [snippet] = candidates;
      const source = sourceOfTopic.get(snippet.topic);
      if (provenance.source !== undefined && provenance.source !== source) {
        report(`provenance quote ${shown} is in ${snippet.id}, which belongs to ${source}, not ${provenance.source}`);
        return undefined;
      }
      return { source, section: snippet.section, snippet: snippet.id, quote };
    }
    const inHeadings = regions.filter(
      (region) => region.text.includes(quote) && (provenance.source === undefined || region.source === provenance.source),
    );
    if (inHeadings.length === 0) {
      report(`provenance quote ${shown} is not verbatim in the cleaned text${provenance.source ? ` of ${provenance.source}` : ''}`);
      return undefined;
    }
    const [region] = inHeadings;
    if (inHeadings.some((other) => other.source !== region.source)) {
      report(`provenance quote ${shown} is in the headings of several sources; add "source" to say which`);
      return undefined;
    }
    return { source: region.source, ...(region.section === undefined ? {} : { section: region.section }), quote };
  };
}

/**
 * Assembles the lexicon document. Returns the document, the curated file of every record by JSON pointer (to name
 * the file in schema errors), and the problems found; the document is only trustworthy when problems is empty.
 */
export function assembleLexicon({ curated, cleanedText, version, name }) {
  const problems = [...curated.problems];
  const layout = parseLayout(cleanedText);
  const { topics, snippets } = assembleTopics(curated.topics, layout, problems);
  const topicOrder = topics.map(({ record }) => record.id);
  const sourceIds = new Set(curated.sources.map(({ value }) => value.id));
  const topicOfSource = new Map(
    curated.sources.filter(({ value }) => value.topic !== undefined).map(({ value }) => [value.id, value.topic]),
  );
  const regions = headingRegions(topics, curated.sources, layout);
  const resolve = createProvenanceResolver({ snippets, regions, sourceIds, topicOfSource, problems });
  const context = { resolve, snippets, topicOrder, topicOfSource, problems };

  const concepts = assembleConcepts(curated.concepts, context);
  const events = curated.events
    .map(({ file, value: event }) => {
      const provenance = resolve(event.provenance, file, event.id);
      return { file, record: { ...event, ...(provenance ? { provenance } : {}) } };
    })
    .sort((a, b) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : byId(a.record, b.record)));
  const sources = [...curated.sources].sort((a, b) => byId(a.value, b.value)).map(({ file, value }) => ({ file, record: value }));

  const sections = { sources, topics, snippets, concepts, events };
  const origins = new Map();
  for (const [key, items] of Object.entries(sections)) {
    items.forEach((item, index) => origins.set(`/${key}/${index}`, { file: item.file, id: item.record.id }));
  }
  const document = {
    $schema: SCHEMA_ID,
    name,
    version,
    language: 'en',
    ...Object.fromEntries(Object.entries(sections).map(([key, items]) => [key, items.map((item) => item.record)])),
  };
  return { document, origins, problems };
}
