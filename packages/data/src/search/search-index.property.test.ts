// The search index against the index as it was (reference-search-index.ts): over small random lexicons and random
// queries (exact words, prefixes, typos, phrases, names; ASCII or not), every hit is the same — kind, id, score,
// label and excerpt, in the same order — for any limit and kinds.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Concept, ConceptTerm, Event, SearchHitKind, SearchOptions, Snippet, Topic } from '../api.js';
import { createReferenceSearchIndex } from './reference-search-index.js';
import { createSearchIndex, type SearchSources } from './search-index.js';

const SEED = 20_261_202;

/** Words that share prefixes, differ by an edit, fold together (case, accents, Kelvin sign, final sigma) or are long. */
const WORDS = [
  'nato', 'NATO', 'Nato', 'natos', 'partnership', 'partner', 'parts', 'peace', 'peacekeeping', 'Mélange', 'melange',
  'Uzbekistan', 'uzbek', 'satellite', 'satelite', 'ΣΟΦΟΣ', 'σοφος', 'İstanbul', 'naïve', 'e\u0301tude', '\u212aFOR', 'kfor',
  '2008', '1325', 'un', 'UN', 'a', 'zz', 'zzz', 'zzzq', 'deep', 'DEEP', 'ormar', 'while', 'highway', 'higway', 'silk',
  'virtual', 'milestones', 'entry', 'synthetic', 'x'.repeat(70), '😀', 'ǅemal',
];
const SEPARATORS = [' ', ' ', ' ', '-', ', ', '’s ', ' | ', '. ', "'"];

const word = fc.constantFrom(...WORDS);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 7 })
  .map((parts) => parts.map(([w, separator]) => w + separator).join('').trim());
const nonEmptyText = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '));
const language = fc.option(fc.constantFrom('en', 'fr', 'en-GB'), { nil: undefined });
const withLanguage = <T extends object>(value: T, tag: string | undefined): T => (tag === undefined ? value : { ...value, language: tag });

const term = fc
  .record({
    text: nonEmptyText,
    type: fc.constantFrom<ConceptTerm['type']>('acronym', 'abbreviation', 'fullForm', 'shortForm', 'variant'),
    status: fc.constantFrom<ConceptTerm['status']>('preferred', 'admitted', 'deprecated', 'superseded'),
    language,
  })
  .map(({ language: tag, ...rest }) => withLanguage(rest, tag));
const described = fc.record({ text, language }).map(({ language: tag, ...rest }) => withLanguage(rest, tag));
const conceptShape = fc.record(
  {
    terms: fc.array(term, { minLength: 1, maxLength: 3 }),
    definitions: fc.array(described, { maxLength: 2 }),
    contexts: fc.array(described, { maxLength: 2 }),
  },
  { requiredKeys: ['terms'] },
);
// A section without a title of its own (null) is titled like its topic, and labels its passages by the topic alone.
const topicShape = fc.record({ title: nonEmptyText, indexLabel: text, sections: fc.array(fc.option(text), { minLength: 1, maxLength: 3 }) });
const snippetShape = fc.record({
  topic: fc.nat(3),
  section: fc.nat(3),
  role: fc.constantFrom<Snippet['role']>('paragraph', 'caption', 'footnote', 'stub', 'list-item'),
  text,
});
const eventShape = fc.record({ topic: fc.nat(3), date: fc.constantFrom('2008', '2008-05', '2011-03-19'), dateText: fc.option(text, { nil: undefined }), text });

const sources = fc
  .record({
    concepts: fc.array(conceptShape, { maxLength: 12 }),
    topics: fc.array(topicShape, { maxLength: 3 }),
    snippets: fc.array(snippetShape, { maxLength: 8 }),
    events: fc.array(eventShape, { maxLength: 4 }),
  })
  .map(({ concepts, topics, snippets, events }): SearchSources => {
    const topicList: Topic[] = topics.map((topic, index) => ({
      id: `topic.t${index}`,
      title: topic.title,
      indexLabel: topic.indexLabel,
      source: 'source.s',
      kind: 'article',
      sections: topic.sections.map((title, section) => ({ id: `section.t${index}.s${section}`, title: title ?? topic.title, snippets: [] })),
    }));
    return {
      concepts: concepts.map((concept, index): Concept => ({ id: `concept.c${index}`, subjectField: 'concept', ...concept })),
      topics: topicList,
      // A topic or section that does not exist labels the passage by the id it gives.
      snippets: snippets.map((snippet, index): Snippet => ({
        id: `snippet.p${index}`,
        topic: `topic.t${snippet.topic}`,
        section: `section.t${snippet.topic}.s${snippet.section}`,
        role: snippet.role,
        text: snippet.text,
      })),
      events: events.map((event, index): Event => ({ id: `event.e${index}`, topic: `topic.t${event.topic}`, date: event.date, dateText: event.dateText, text: event.text })),
    };
  });

/** A query word: a word as it is, cut to a prefix, or with one or two typos (deleted, swapped or changed letters). */
const queryWord = fc.tuple(word, fc.constantFrom('as is', 'prefix', 'typo', 'typos'), fc.nat(), fc.nat()).map(([w, how, a, b]) => {
  const at = (n: number) => n % Math.max(1, w.length);
  const typo = (s: string, n: number) => {
    const i = n % Math.max(1, s.length);
    return [s.slice(0, i) + s.slice(i + 1), s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2), `${s.slice(0, i)}q${s.slice(i + 1)}`][n % 3]!;
  };
  if (how === 'prefix') return w.slice(0, 1 + at(a));
  if (how === 'typo') return typo(w, a);
  if (how === 'typos') return typo(typo(w, a), b);
  return w;
});
const query = fc.oneof(
  fc.array(queryWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
  fc.constantFrom('', ' ,; ', 'Virtaul Slik Higway', 'nato nato NATO', 'zzz'),
);
const options = fc.option(
  fc.record(
    {
      // A limit given as a string is read as a number.
      limit: fc.oneof(fc.integer({ min: -1, max: 30 }), fc.constant('3' as unknown as number)),
      kinds: fc.subarray<SearchHitKind>(['concept', 'topic', 'snippet', 'event']),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('search index: the same hits as the reference index', () => {
  test('random lexicons, random queries (and the names and phrases of their records)', () => {
    fc.assert(
      fc.property(sources, fc.array(fc.tuple(query, options), { minLength: 1, maxLength: 8 }), (lexicon, queries) => {
        const index = createSearchIndex(lexicon);
        const reference = createReferenceSearchIndex(lexicon);
        // A record's whole name, and a span of its texts, are the queries that take the name and phrase boosts.
        const names = [...lexicon.concepts.flatMap((concept) => concept.terms.map((each) => each.text)), ...lexicon.topics.map((topic) => topic.title)];
        const phrases = lexicon.snippets.map((snippet) => snippet.text.split(' ').slice(1, 3).join(' '));
        const asked: [string, SearchOptions | undefined][] = [...queries, ...[...names, ...phrases].map((name): [string, undefined] => [name, undefined])];
        for (const [text, given] of asked) expect(index.search(text, given)).toEqual(reference.search(text, given));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
