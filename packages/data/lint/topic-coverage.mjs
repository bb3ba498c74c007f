// Rule: the corpus is complete. Each topic's text in the cleaned source is tiled, in reading order, by the topic
// heading, its section headings and its snippets, with nothing but spaces between them: no sentence is left out,
// none is in two snippets, and every section heading is where the text has it (right before the section's first
// snippet or subsection).
import { parseLayout } from '../scripts/lib/layout.mjs';
import { allOffsets } from '../scripts/lib/text.mjs';

function coverTopic(topic, body, snippetById, issues) {
  const intervals = [];
  if (body.startsWith(topic.title)) intervals.push({ start: 0, end: topic.title.length, what: 'heading' });
  else issues.push({ where: topic.id, message: 'the topic text does not start with the topic title' });

  const snippetStart = new Map();
  for (const section of topic.sections ?? []) {
    for (const id of section.snippets ?? []) {
      const snippet = snippetById.get(id);
      if (!snippet) continue;
      const found = allOffsets(body, snippet.text);
      if (found.length !== 1) {
        issues.push({ where: id, message: found.length === 0 ? 'text is not in its topic’s text' : `text occurs ${found.length} times in its topic’s text` });
        continue;
      }
      snippetStart.set(id, found[0]);
      intervals.push({ start: found[0], end: found[0] + snippet.text.length, what: id });
    }
  }

  const [lead, ...headed] = topic.sections ?? [];
  const titleStart = new Map();
  const contentStart = (section, seen = new Set()) => {
    if (seen.has(section.id)) return undefined;
    seen.add(section.id);
    const starts = (section.snippets ?? []).map((id) => snippetStart.get(id)).filter((start) => start !== undefined);
    for (const child of headed.filter((candidate) => candidate.parent === section.id)) {
      const start = headingStart(child, seen);
      if (start !== undefined) starts.push(start);
    }
    return starts.length === 0 ? undefined : Math.min(...starts);
  };
  const headingStart = (section, seen) => {
    if (titleStart.has(section.id)) return titleStart.get(section.id);
    const content = contentStart(section, seen);
    if (content === undefined) {
      issues.push({ where: section.id, message: 'has no snippet and no subsection, so its heading cannot be placed' });
      titleStart.set(section.id, undefined);
      return undefined;
    }
    const before = body.slice(0, content).trimEnd();
    const start = before.endsWith(section.title) ? before.length - section.title.length : undefined;
    if (start === undefined) issues.push({ where: section.id, message: `the text before its first content does not end with its heading “${section.title}”` });
    titleStart.set(section.id, start);
    return start;
  };
  for (const section of headed) {
    const start = headingStart(section, new Set());
    if (start !== undefined) intervals.push({ start, end: start + section.title.length, what: `heading of ${section.id}` });
  }
  if (lead && lead.title !== topic.title) issues.push({ where: lead.id, message: 'the lead section must carry the topic title' });

  intervals.sort((a, b) => a.start - b.start);
  let cursor = 0;
  let previous = 'start of the topic text';
  for (const interval of [...intervals, { start: body.length, end: body.length, what: 'end of the topic text' }]) {
    if (interval.start < cursor) {
      issues.push({ where: topic.id, message: `${interval.what} overlaps ${previous}` });
    } else if (body.slice(cursor, interval.start).trim() !== '') {
      const gap = body.slice(cursor, interval.start).trim();
      issues.push({ where: topic.id, message: `text between ${previous} and ${interval.what} is in no snippet: “${gap.slice(0, 80)}${gap.length > 80 ? '…' : ''}”` });
    }
    cursor = Math.max(cursor, interval.end);
    previous = interval.what;
  }
}

export default {
  id: 'topic-coverage',
  description: 'each topic text is exactly tiled by its heading, section headings and snippets',
  check({ lexicon, cleanedText }) {
    const issues = [];
    const { entries } = parseLayout(cleanedText);
    const snippetById = new Map((lexicon.snippets ?? []).map((snippet) => [snippet.id, snippet]));
    for (const entry of entries) {
      if (!(lexicon.topics ?? []).some((topic) => topic.indexLabel === entry.indexLabel)) {
        issues.push({ where: `cleaned text line ${entry.line}`, message: `index entry “${entry.indexLabel}” has no topic` });
      }
    }
    for (const topic of lexicon.topics ?? []) {
      const entry = entries.find((candidate) => candidate.indexLabel === topic.indexLabel);
      if (!entry) issues.push({ where: topic.id, message: `indexLabel “${topic.indexLabel}” is not an index line of the text` });
      else coverTopic(topic, entry.body, snippetById, issues);
    }
    return issues;
  },
};
