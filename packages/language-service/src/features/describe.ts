// Plain descriptions of lexicon records (titles, places) shared by hovers, completion details and the adapters' own
// views (the Lexicon tree, read-only entry documents). Strings here are raw data: callers escape them for Markdown.
import type { Acronym, Entry, Lexicon, Snippet, Term, Topic } from '@natolex/data';
import type { Translate } from '../messages.js';

export function isAcronym(record: unknown): record is Acronym {
  return typeof record === 'object' && record !== null && typeof (record as Acronym).form === 'string' && typeof (record as Acronym).expansion === 'string';
}

export function isTerm(record: unknown): record is Term {
  return typeof record === 'object' && record !== null && typeof (record as Term).term === 'string' && typeof (record as Term).category === 'string';
}

export function isSnippet(record: unknown): record is Snippet {
  return typeof record === 'object' && record !== null && typeof (record as Snippet).role === 'string' && typeof (record as Snippet).text === 'string';
}

export function isTopic(record: unknown): record is Topic {
  return typeof record === 'object' && record !== null && Array.isArray((record as Topic).sections) && typeof (record as Topic).indexLabel === 'string';
}

/** "NUC" for an acronym, "Operation Ocean Shield" for a term. */
export function entryName(entry: Entry): string {
  return isAcronym(entry) ? entry.form : entry.term;
}

/** "NATO-Ukraine Commission (NUC)": how an acronym is defined on first use. */
export function definedForm(acronym: Acronym, form: string = acronym.form): string {
  return `${acronym.expansion} (${form})`;
}

/** A one-line title for any record id: acronyms "NUC — NATO-Ukraine Commission", terms and topics by name. */
export function recordTitle(lexicon: Lexicon, id: string): string {
  const record = lexicon.get(id);
  if (isAcronym(record)) return `${record.form} — ${record.expansion}`;
  if (isTerm(record)) return record.term;
  if (isTopic(record)) return record.title;
  if (isSnippet(record)) return passagePlace(lexicon, record).label;
  if (record && typeof (record as { title?: unknown }).title === 'string') return (record as { title: string }).title;
  if (record && typeof (record as { text?: unknown }).text === 'string') return (record as { text: string }).text;
  return id;
}

export interface PassagePlace {
  topicTitle: string;
  /** Undefined for the lead section (its title is the topic's). */
  sectionTitle: string | undefined;
  /** "Topic › Section", or the topic title alone for the lead section. */
  label: string;
}

/** Where a passage sits in the corpus: its topic and section. */
export function passagePlace(lexicon: Lexicon, snippet: Snippet): PassagePlace {
  const topic = lexicon.get(snippet.topic);
  const topicTitle = isTopic(topic) ? topic.title : snippet.topic;
  const section = isTopic(topic) ? topic.sections.find((candidate) => candidate.id === snippet.section) : undefined;
  const sectionTitle = section === undefined || section.title === topicTitle ? undefined : section.title;
  return { topicTitle, sectionTitle, label: sectionTitle === undefined ? topicTitle : `${topicTitle} › ${sectionTitle}` };
}

export interface EntrySource {
  /** The passage the entry is drawn from, when its provenance names one that exists. */
  snippetId: string | undefined;
  label: string;
}

/** The passage an entry was first drawn from (its first provenance), if the lexicon has it. */
export function entrySource(lexicon: Lexicon, entry: Entry): EntrySource | undefined {
  for (const provenance of entry.provenance ?? []) {
    const snippet = provenance.snippet === undefined ? undefined : lexicon.get(provenance.snippet);
    if (isSnippet(snippet)) return { snippetId: snippet.id, label: passagePlace(lexicon, snippet).label };
    if (provenance.section !== undefined) {
      for (const topic of lexicon.topics) {
        const section = topic.sections.find((candidate) => candidate.id === provenance.section);
        if (section) return { snippetId: section.snippets[0], label: section.title === topic.title ? topic.title : `${topic.title} › ${section.title}` };
      }
    }
  }
  return undefined;
}

/** The localized name of a term category (each string literal, so the l10n bundle can list it). */
export function categoryLabel(category: Term['category'], t: Translate): string {
  switch (category) {
    case 'operation':
      return t('operation');
    case 'mission':
      return t('mission');
    case 'resolution':
      return t('resolution');
    case 'agreement':
      return t('agreement');
    case 'programme':
      return t('programme');
    case 'body':
      return t('body');
    case 'concept':
      return t('concept');
    case 'document':
      return t('document');
    case 'post':
      return t('post');
    case 'organisation':
      return t('organisation');
    default:
      return String(category);
  }
}
