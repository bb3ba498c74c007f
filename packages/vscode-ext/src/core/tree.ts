// The Lexicon view's tree: topics › sections › passages, concepts (each once, under its preferred term in the
// writer's language), acronyms (each opens its concept) and events, optionally narrowed to the hits of a
// (typo-tolerant) search. Plain data; the adapter turns nodes into TreeItems.
import { fullFormOf, type Lexicon, type Snippet, type Topic } from '@natolex/data';
import { categoryLabel, conceptName, definedForm, displayLanguage, isConcept, isShortForm, termLanguage } from '@natolex/language-service';
import { english, type Translate } from './translate.js';

type Section = Topic['sections'][number];

export type GroupKind = 'topics' | 'concepts' | 'acronyms' | 'events';

export type LexiconNode =
  | { kind: 'group'; group: GroupKind; label: string; count: number }
  | { kind: 'topic'; id: string; label: string }
  | { kind: 'section'; id: string; topicId: string; label: string }
  | { kind: 'passage'; id: string; label: string; description: string; tooltip: string }
  /** A concept: its id; label, its preferred term in the writer's language. */
  | { kind: 'concept'; id: string; label: string; description: string }
  /** An acronym: its concept's id; label, the acronym as written. */
  | { kind: 'acronym'; id: string; label: string; description: string }
  | { kind: 'event'; id: string; label: string; description: string; tooltip: string };

/** Ids a search matched; undefined means no filter. */
export type TreeFilter = ReadonlySet<string> | undefined;

const PASSAGE_LABEL_LENGTH = 80;

/** The ids a query matches (concepts, passages, topics, events), for `TreeFilter`. */
export function searchFilter(lexicon: Lexicon, query: string, limit = 200): Set<string> {
  return new Set(lexicon.search(query, { limit }).map((hit) => hit.id));
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function snippetsOf(lexicon: Lexicon, section: Section): Snippet[] {
  return section.snippets.map((id) => lexicon.get(id)).filter((record): record is Snippet => record !== undefined && 'role' in record);
}

function topicOf(lexicon: Lexicon, id: string): Topic | undefined {
  return lexicon.topics.find((topic) => topic.id === id);
}

function passageVisible(snippet: Snippet, filter: TreeFilter): boolean {
  return filter === undefined || filter.has(snippet.id) || filter.has(snippet.topic);
}

function sectionVisible(lexicon: Lexicon, topic: Topic, section: Section, filter: TreeFilter): boolean {
  if (filter === undefined || filter.has(topic.id)) return true;
  if (snippetsOf(lexicon, section).some((snippet) => passageVisible(snippet, filter))) return true;
  return topic.sections.some((child) => child.parent === section.id && sectionVisible(lexicon, topic, child, filter));
}

function topicVisible(lexicon: Lexicon, topic: Topic, filter: TreeFilter): boolean {
  return filter === undefined || filter.has(topic.id) || topic.sections.some((section) => sectionVisible(lexicon, topic, section, filter));
}

function passageNode(snippet: Snippet, t: Translate): LexiconNode {
  const role = snippet.role === 'paragraph' ? '' : roleLabel(snippet.role, t);
  return { kind: 'passage', id: snippet.id, label: shorten(snippet.text, PASSAGE_LABEL_LENGTH), description: role, tooltip: snippet.text };
}

function roleLabel(role: Snippet['role'], t: Translate): string {
  switch (role) {
    case 'caption':
      return t('caption');
    case 'footnote':
      return t('footnote');
    case 'stub':
      return t('stub');
    case 'list-item':
      return t('list item');
    default:
      return t('paragraph');
  }
}

function sectionChildren(lexicon: Lexicon, topic: Topic, parent: string | undefined, filter: TreeFilter): LexiconNode[] {
  return topic.sections
    .filter((section) => section.parent === parent && sectionVisible(lexicon, topic, section, filter))
    .map((section) => ({ kind: 'section', id: section.id, topicId: topic.id, label: section.title }));
}

/**
 * The children of `node` (the four groups for the root), in display order; `language` is the writer's (concepts are
 * named in it when they have terms in it).
 */
export function childrenOf(lexicon: Lexicon, node: LexiconNode | undefined, filter: TreeFilter, t: Translate = english, language?: string): LexiconNode[] {
  if (node === undefined) {
    const groups: Array<{ group: GroupKind; label: string }> = [
      { group: 'topics', label: t('Topics') },
      { group: 'concepts', label: t('Concepts') },
      { group: 'acronyms', label: t('Acronyms') },
      { group: 'events', label: t('Events') },
    ];
    return groups
      .map(({ group, label }) => ({ kind: 'group' as const, group, label, count: childrenOf(lexicon, { kind: 'group', group, label, count: 0 }, filter, t, language).length }))
      .filter((group) => filter === undefined || group.count > 0);
  }
  switch (node.kind) {
    case 'group':
      return groupChildren(lexicon, node.group, filter, t, language);
    case 'topic': {
      const topic = topicOf(lexicon, node.id);
      return topic ? sectionChildren(lexicon, topic, undefined, filter) : [];
    }
    case 'section': {
      const topic = topicOf(lexicon, node.topicId);
      const section = topic?.sections.find((candidate) => candidate.id === node.id);
      if (!topic || !section) return [];
      const passages = snippetsOf(lexicon, section)
        .filter((snippet) => passageVisible(snippet, filter))
        .map((snippet) => passageNode(snippet, t));
      return [...sectionChildren(lexicon, topic, section.id, filter), ...passages];
    }
    default:
      return [];
  }
}

function groupChildren(lexicon: Lexicon, group: GroupKind, filter: TreeFilter, t: Translate, language: string | undefined): LexiconNode[] {
  const keep = (id: string) => filter === undefined || filter.has(id);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');
  switch (group) {
    case 'topics':
      return lexicon.topics.filter((topic) => topicVisible(lexicon, topic, filter)).map((topic) => ({ kind: 'topic', id: topic.id, label: topic.title }));
    case 'concepts':
      return lexicon.concepts
        .filter((concept) => keep(concept.id))
        .map((concept) => {
          const shown = displayLanguage(lexicon, concept, language);
          const acronyms = concept.terms.filter((term) => isShortForm(term) && !isRetired(term.status) && termLanguage(lexicon, concept, term) === shown).map((term) => term.text);
          const description = [...acronyms, categoryLabel(concept.subjectField, t)].join(' · ');
          return { kind: 'concept' as const, id: concept.id, label: conceptName(concept, shown), description };
        })
        .sort(byLabel);
    case 'acronyms':
      return lexicon.concepts
        .filter((concept) => keep(concept.id))
        .flatMap((concept) =>
          concept.terms
            .filter((term) => isShortForm(term) && !isRetired(term.status))
            .map((term) => ({ kind: 'acronym' as const, id: concept.id, label: term.text, description: fullFormOf(concept, term.language)?.text ?? categoryLabel(concept.subjectField, t) })),
        )
        .sort(byLabel);
    case 'events':
      return [...lexicon.events]
        .filter((event) => keep(event.id))
        .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
        .map((event) => ({ kind: 'event' as const, id: event.id, label: event.dateText ?? event.date, description: shorten(event.text, PASSAGE_LABEL_LENGTH), tooltip: event.text }));
  }
}

function isRetired(status: string): boolean {
  return status === 'deprecated' || status === 'superseded';
}

/**
 * Text inserted by the view's inline action for a concept or an acronym node (passages and events are inserted as
 * cited passages): an acronym defined ("Partnership for Peace (PfP)"), a term as written. `label` is the node's
 * term; without one, the concept's preferred term (`id` may be a term id too).
 */
export function insertionTextFor(lexicon: Lexicon, id: string, label?: string, language?: string): string | undefined {
  const concept = lexicon.get(id);
  if (!isConcept(concept)) return undefined;
  const term = concept.terms.find((candidate) => candidate.text === label) ?? concept.terms.find((candidate) => candidate.id === id);
  if (term && isShortForm(term)) return definedForm(concept, term.text, term.language);
  return term?.text ?? conceptName(concept, displayLanguage(lexicon, concept, language));
}

/** The passage an event was drawn from, to insert it cited. */
export function eventPassage(lexicon: Lexicon, id: string): string | undefined {
  const record = lexicon.get(id);
  return record && 'date' in record && 'provenance' in record ? record.provenance?.snippet : undefined;
}
