// What a citation is about: one source page, and for a passage its place on the page as a CSL locator. A passage is
// cited as its page (one bibliography entry per page, whichever passages a draft quotes), with the section heading
// as the locator, or the paragraph number in the page's untitled lead. "Has moved" stubs are not citable.
import type { Snippet, Source, Topic } from '../api.js';
import { LexiconError } from '../errors.js';
import { citationKeys } from './citation-keys.mjs';
import type { CslItem } from './processor.js';

export interface CitationContext {
  byId: ReadonlyMap<string, unknown>;
  topics: readonly Topic[];
  /** All sources of the lexicon in document order (their keys are made unique in this order). */
  sources: readonly Source[];
}

export interface Citable {
  /** The readable citation key of the page, e.g. "nato-un". */
  key: string;
  source: Source;
  locator?: { label: 'section' | 'paragraph'; value: string };
}

function isSnippet(value: unknown): value is Snippet {
  return typeof value === 'object' && value !== null && 'role' in value && 'section' in value && 'text' in value;
}

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && 'type' in value && 'title' in value && !('role' in value);
}

const keysByContext = new WeakMap<CitationContext, Map<string, string>>();

export function citationKeyOf(context: CitationContext, source: Source): string {
  let keys = keysByContext.get(context);
  if (keys === undefined) keysByContext.set(context, (keys = citationKeys(context.sources)));
  return keys.get(source.id)!;
}

function locatorOf(context: CitationContext, topic: Topic, snippet: Snippet): Citable['locator'] {
  const section = topic.sections.find((candidate) => candidate.id === snippet.section);
  if (section === undefined) return undefined;
  if (section.title !== topic.title) return { label: 'section', value: section.title };
  // The lead has no heading: its paragraphs are numbered (captions and other passages are not paragraphs).
  if (snippet.role !== 'paragraph') return undefined;
  const paragraphs = section.snippets.filter((id) => {
    const other = context.byId.get(id);
    return isSnippet(other) && other.role === 'paragraph';
  });
  const index = paragraphs.indexOf(snippet.id);
  return index === -1 ? undefined : { label: 'paragraph', value: String(index + 1) };
}

export function resolveCitable(context: CitationContext, id: string): Citable {
  const record = typeof id === 'string' ? context.byId.get(id) : undefined;
  if (isSource(record)) return { key: citationKeyOf(context, record), source: record };
  if (isSnippet(record)) {
    if (record.role === 'stub') {
      throw new LexiconError({ code: 'unknown-id', message: `cite: "${id}" only says that its page has moved; it is not a citable passage` });
    }
    const topic = context.topics.find((candidate) => candidate.id === record.topic);
    const source = topic === undefined ? undefined : context.byId.get(topic.source);
    if (topic !== undefined && isSource(source)) {
      return { key: citationKeyOf(context, source), source, locator: locatorOf(context, topic, record) };
    }
    throw new LexiconError({ code: 'unknown-id', message: `cite: snippet "${id}" has no source record to cite (topic "${record.topic}")` });
  }
  const what = record === undefined ? 'no record has this id' : 'only snippets and sources can be cited';
  throw new LexiconError({ code: 'unknown-id', message: `cite: cannot cite "${String(id)}": ${what}` });
}

/** The page as a clean CSL-JSON item under its citation key: bibliographic fields only, never curator notes. */
export function cslItem({ key, source }: Citable): CslItem {
  const item: CslItem = { id: key, type: source.type, title: source.title };
  for (const field of ['container-title', 'author', 'publisher', 'URL', 'issued', 'accessed'] as const) {
    if (source[field] !== undefined) item[field] = source[field];
  }
  return item;
}
