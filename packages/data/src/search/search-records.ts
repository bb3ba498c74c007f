// What the search index searches: one record per concept, topic, snippet and event, numbered in that order. A record
// is not an object but its number: its fields are read from its source when the index is built, and its label,
// excerpt, names and phrase text are made only for the records a query scores or returns (at 100k concepts, making
// them all up front was a sixth of the first query).
import type { Concept, Event, SearchHitKind, Snippet, Topic } from '../api.js';
import { conceptLabel, describeConcept, isAbbreviated } from '../concepts.js';
import { searchWords } from './words.js';

export interface SearchSources {
  concepts: readonly Concept[];
  topics: readonly Topic[];
  snippets: readonly Snippet[];
  events: readonly Event[];
}

function normalizedPhrase(text: string): string {
  return searchWords(text).join(' ');
}

/** Titles and first passages by topic, for labels and topic excerpts: made once, when one is first needed. */
interface TopicTexts {
  topicTitles: Map<string, string>;
  sectionTitles: Map<string, string>;
  firstPassage: Map<string, string>;
}

function topicTextsOf(sources: SearchSources): TopicTexts {
  const topicTitles = new Map<string, string>();
  const sectionTitles = new Map<string, string>();
  for (const topic of sources.topics) {
    topicTitles.set(topic.id, topic.title);
    for (const section of topic.sections) sectionTitles.set(section.id, section.title);
  }
  // A topic's excerpt is its first paragraph (not a photo caption), else its first passage of any kind.
  const firstParagraphSeen = new Set<string>();
  const firstPassage = new Map<string, string>();
  for (const snippet of sources.snippets) {
    const known = firstPassage.get(snippet.topic);
    if (known === undefined || (snippet.role === 'paragraph' && !firstParagraphSeen.has(snippet.topic))) {
      firstPassage.set(snippet.topic, snippet.text);
      if (snippet.role === 'paragraph') firstParagraphSeen.add(snippet.topic);
    }
  }
  return { topicTitles, sectionTitles, firstPassage };
}

export class SearchRecords {
  readonly count: number;
  private readonly topicsFrom: number;
  private readonly snippetsFrom: number;
  private readonly eventsFrom: number;
  private topicTexts: TopicTexts | undefined;
  private readonly names = new Map<number, Set<string>>();
  private readonly phraseTexts = new Map<number, string>();
  /** Real passages rank first: a "has moved" stub only says that its page went elsewhere. */
  private readonly stubIds: ReadonlySet<string>;

  constructor(private readonly sources: SearchSources) {
    this.topicsFrom = sources.concepts.length;
    this.snippetsFrom = this.topicsFrom + sources.topics.length;
    this.eventsFrom = this.snippetsFrom + sources.snippets.length;
    this.count = this.eventsFrom + sources.events.length;
    this.stubIds = new Set(sources.snippets.filter((snippet) => snippet.role === 'stub').map((snippet) => snippet.id));
  }

  kindOf(record: number): SearchHitKind {
    return record < this.topicsFrom ? 'concept' : record < this.snippetsFrom ? 'topic' : record < this.eventsFrom ? 'snippet' : 'event';
  }

  isStub(record: number): boolean {
    return record >= this.snippetsFrom && record < this.eventsFrom && this.stubIds.has(this.sources.snippets[record - this.snippetsFrom]!.id);
  }

  idOf(record: number): string {
    return this.source(record).id;
  }

  /**
   * Puts the record's non-empty fields, in order, in texts[0, count) and their weights in weights[0, count), and
   * returns count: arrays filled again for each record, as the index reads a hundred thousand records at a time.
   */
  readFields(record: number, texts: string[], weights: number[]): number {
    let count = 0;
    const field = (text: string, weight: number): void => {
      if (text.length === 0) return;
      texts[count] = text;
      weights[count++] = weight;
    };
    if (record < this.topicsFrom) {
      const concept = this.sources.concepts[record]!;
      // An acronym outweighs a full form, which outweighs the other terms; what describes the concept counts least.
      for (const term of concept.terms) field(term.text, isAbbreviated(term) ? 5 : term.type === 'fullForm' ? 4 : 3);
      for (const definition of concept.definitions ?? []) field(definition.text, 1);
      for (const context of concept.contexts ?? []) field(context.text, 1);
    } else if (record < this.snippetsFrom) {
      const topic = this.sources.topics[record - this.topicsFrom]!;
      field(topic.title, 3);
      field(topic.indexLabel, 3);
      for (const section of topic.sections) field(section.title, 1);
    } else if (record < this.eventsFrom) {
      const snippet = this.sources.snippets[record - this.snippetsFrom]!;
      // The section title counts too, so "Uzbekistan milestones" finds the passages under "Key milestones".
      field(snippet.text, 1);
      field(this.texts().sectionTitles.get(snippet.section) ?? '', 1);
    } else {
      const event = this.sources.events[record - this.eventsFrom]!;
      field(event.text, 1);
      field(`${event.date} ${event.dateText ?? ''}`, 2);
    }
    return count;
  }

  labelOf(record: number): string {
    if (record < this.topicsFrom) return conceptLabel(this.sources.concepts[record]!);
    if (record < this.snippetsFrom) return this.sources.topics[record - this.topicsFrom]!.title;
    const { topicTitles, sectionTitles } = this.texts();
    if (record < this.eventsFrom) {
      const snippet = this.sources.snippets[record - this.snippetsFrom]!;
      const topicTitle = topicTitles.get(snippet.topic) ?? snippet.topic;
      const sectionTitle = sectionTitles.get(snippet.section);
      return sectionTitle === undefined || sectionTitle === topicTitle ? topicTitle : `${topicTitle} › ${sectionTitle}`;
    }
    const event = this.sources.events[record - this.eventsFrom]!;
    return `${topicTitles.get(event.topic) ?? event.topic} › ${event.dateText ?? event.date}`;
  }

  /** The text a hit's excerpt is cut from. */
  excerptTextOf(record: number): string {
    if (record < this.topicsFrom) {
      const concept = this.sources.concepts[record]!;
      return describeConcept(concept)?.text ?? this.nameTextsOf(record).join('; ');
    }
    if (record < this.snippetsFrom) {
      const topic = this.sources.topics[record - this.topicsFrom]!;
      return this.texts().firstPassage.get(topic.id) ?? topic.indexLabel;
    }
    return record < this.eventsFrom ? this.sources.snippets[record - this.snippetsFrom]!.text : this.sources.events[record - this.eventsFrom]!.text;
  }

  /** The record's names (acronym, expansion, term, alias, topic title), normalised: a query equal to one is an exact hit. */
  namesOf(record: number): ReadonlySet<string> {
    let names = this.names.get(record);
    if (names === undefined) {
      names = new Set(this.nameTextsOf(record).map(normalizedPhrase).filter((name) => name.length > 0));
      this.names.set(record, names);
    }
    return names;
  }

  /** The normalised words of the record's fields, fields joined by " | " (for phrase matches). */
  phraseTextOf(record: number): string {
    let phraseText = this.phraseTexts.get(record);
    if (phraseText === undefined) {
      const texts: string[] = [];
      const count = this.readFields(record, texts, []);
      phraseText = ` ${texts.slice(0, count).map(normalizedPhrase).join(' | ')} `;
      this.phraseTexts.set(record, phraseText);
    }
    return phraseText;
  }

  private nameTextsOf(record: number): string[] {
    if (record < this.topicsFrom) return this.sources.concepts[record]!.terms.map((term) => term.text);
    if (record < this.snippetsFrom) {
      const topic = this.sources.topics[record - this.topicsFrom]!;
      return [topic.title, topic.indexLabel];
    }
    return [];
  }

  private source(record: number): { id: string } {
    if (record < this.topicsFrom) return this.sources.concepts[record]!;
    if (record < this.snippetsFrom) return this.sources.topics[record - this.topicsFrom]!;
    return record < this.eventsFrom ? this.sources.snippets[record - this.snippetsFrom]! : this.sources.events[record - this.eventsFrom]!;
  }

  private texts(): TopicTexts {
    return (this.topicTexts ??= topicTextsOf(this.sources));
  }
}
