// upgradeLexicon: a schema 1 document (acronym and term records) as a schema 2 document (one entry per concept).
// Pure and deterministic: the same input gives the same output, key for key, and the input is never modified. Linear
// in the document (maps, no pairwise comparison of entries). The rules are documented in SCHEMA.md ("Upgrading from
// schema 1"); the comments here say why each rule is what it is.
import { SCHEMA_ID } from './ids.js';
import type { Concept, ConceptTerm, Definition, Event, Lexicon, Relation, Status, SubjectField } from './types.generated.js';
import type { AcronymV1, EntryCommonV1, EventV1, LexiconV1, TermV1 } from './types-v1.generated.js';

/** Something of the schema 1 document that schema 2 cannot say the same way, and what the upgrade did with it. */
export interface UpgradeNotice {
  /** JSON pointer (RFC 6901) into the schema 1 document. */
  pointer: string;
  message: string;
}

export interface UpgradeOptions {
  /** Called for each notice, in document order (e.g. `natolex migrate` prints them). */
  onNotice?: (notice: UpgradeNotice) => void;
}

const CONCEPT_PREFIX = 'concept.';
/** The schema's Id maxLength: a concept id made from a long v1 id is shortened to fit. */
const MAX_ID_LENGTH = 200;

/** A concept being assembled: the v1 entries it is made of, the term record first. */
interface Member {
  entry: EntryCommonV1;
  pointer: string;
}

/**
 * The schema 2 document for a valid schema 1 document (validate it with validateLexiconV1 first).
 *
 * - An acronym and a term become one concept when they are linked by `related` (either direction) and the acronym's
 *   expansion is the term or one of its aliases; every other acronym and term is a concept of its own.
 * - Concepts come in the order of the v1 document: the terms' concepts in v1 order, then the lone acronyms'.
 * - Concept ids: `term.x` → `concept.x`, `acronym.y` → `concept.y`, any other id `z` → `concept.z`; a clash with
 *   another id of the document gets `-2`, `-3`, ...
 * - Every id that named an acronym or term in `related`, `preferred` or an event's `related` is mapped to its
 *   concept; ids of topics and of entries in other documents are kept (a term id resolves to its concept).
 */
export function upgradeLexicon(v1: LexiconV1, options: UpgradeOptions = {}): Lexicon {
  const notify = options.onNotice ?? (() => {});
  const acronyms = v1.acronyms ?? [];
  const terms = v1.terms ?? [];

  const joinedTermOf = joinAcronymsToTerms(acronyms, terms);
  const acronymsOfTerm = new Map<number, number[]>();
  joinedTermOf.forEach((termIndex, acronymIndex) => {
    if (termIndex === undefined) return;
    const list = acronymsOfTerm.get(termIndex) ?? [];
    list.push(acronymIndex);
    acronymsOfTerm.set(termIndex, list);
  });

  // The concepts in output order, each with its members and id.
  const ids = new ConceptIds(allIdsOf(v1));
  const plans: { id: string; term?: TermV1; members: Member[] }[] = [];
  const conceptOf = new Map<string, string>();
  const claim = (entryId: string, conceptId: string) => {
    if (!conceptOf.has(entryId)) conceptOf.set(entryId, conceptId);
  };
  terms.forEach((term, termIndex) => {
    const id = ids.next(term.id);
    const members: Member[] = [{ entry: term, pointer: `/terms/${termIndex}` }];
    for (const acronymIndex of acronymsOfTerm.get(termIndex) ?? []) {
      members.push({ entry: acronyms[acronymIndex] as AcronymV1, pointer: `/acronyms/${acronymIndex}` });
    }
    plans.push({ id, term, members });
  });
  acronyms.forEach((acronym, acronymIndex) => {
    if (joinedTermOf[acronymIndex] !== undefined) return;
    plans.push({ id: ids.next(acronym.id), members: [{ entry: acronym, pointer: `/acronyms/${acronymIndex}` }] });
  });
  for (const plan of plans) for (const member of plan.members) claim(member.entry.id, plan.id);
  const mapId = (id: string) => conceptOf.get(id) ?? id;

  const concepts = plans.map((plan) => buildConcept(plan.id, plan.term, plan.members, mapId, notify));
  const events = v1.events?.map((event) => upgradeEvent(event, mapId));

  const lexicon: Lexicon = { $schema: SCHEMA_ID };
  if (v1.name !== undefined) lexicon.name = v1.name;
  if (v1.version !== undefined) lexicon.version = v1.version;
  if (v1.language !== undefined) lexicon.language = v1.language;
  if (v1.sources !== undefined) lexicon.sources = copyJson(v1.sources);
  if (v1.topics !== undefined) lexicon.topics = copyJson(v1.topics);
  if (v1.snippets !== undefined) lexicon.snippets = copyJson(v1.snippets);
  if (concepts.length > 0 || v1.acronyms !== undefined || v1.terms !== undefined) lexicon.concepts = concepts;
  if (events !== undefined) lexicon.events = events;
  return lexicon;
}

/**
 * For each acronym, the index of the term it joins (the first in v1 order that qualifies), or undefined. Ids are
 * unique in a valid glossary (createLexicon checks it); when one is repeated, links through it reach only its first
 * entry, which keeps this linear for any input.
 */
function joinAcronymsToTerms(acronyms: readonly AcronymV1[], terms: readonly TermV1[]): (number | undefined)[] {
  const termIndexById = firstIndexById(terms);
  const acronymIndexById = firstIndexById(acronyms);
  const formsOf = terms.map((term) => new Set([term.term, ...(term.aliases ?? [])]));
  const joined: (number | undefined)[] = acronyms.map(() => undefined);
  const consider = (acronymIndex: number, termIndex: number) => {
    const acronym = acronyms[acronymIndex] as AcronymV1;
    if (!formsOf[termIndex]?.has(acronym.expansion)) return;
    const current = joined[acronymIndex];
    if (current === undefined || termIndex < current) joined[acronymIndex] = termIndex;
  };
  // The acronym names the term...
  acronyms.forEach((acronym, acronymIndex) => {
    for (const id of acronym.related ?? []) {
      const termIndex = termIndexById.get(id);
      if (termIndex !== undefined) consider(acronymIndex, termIndex);
    }
  });
  // ...or the term names the acronym.
  terms.forEach((term, termIndex) => {
    for (const id of term.related ?? []) {
      const acronymIndex = acronymIndexById.get(id);
      if (acronymIndex !== undefined) consider(acronymIndex, termIndex);
    }
  });
  return joined;
}

function firstIndexById(entries: readonly { id: string }[]): Map<string, number> {
  const map = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!map.has(entry.id)) map.set(entry.id, index);
  });
  return map;
}

/** Every id a v1 document gives to something: a concept id must not be any of them. */
function allIdsOf(v1: LexiconV1): Set<string> {
  const taken = new Set<string>();
  const add = (records: readonly { id: string }[] | undefined) => records?.forEach((record) => taken.add(record.id));
  add(v1.acronyms);
  add(v1.terms);
  add(v1.sources);
  add(v1.topics);
  v1.topics?.forEach((topic) => add(topic.sections));
  add(v1.snippets);
  add(v1.events);
  return taken;
}

/** Concept ids from v1 ids: `concept.<slug>`, unique in the document, at most MAX_ID_LENGTH characters. */
class ConceptIds {
  private readonly nextSuffix = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  next(entryId: string): string {
    const slug = entryId.replace(/^(?:term|acronym)\./, '');
    const base = fit(slug, '');
    if (!this.taken.has(base)) return this.take(base);
    // One counter per base, so that many entries with the same id stay linear.
    for (let n = this.nextSuffix.get(base) ?? 2; ; n++) {
      const candidate = fit(slug, `-${n}`);
      if (!this.taken.has(candidate)) {
        this.nextSuffix.set(base, n + 1);
        return this.take(candidate);
      }
    }
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}

/** `concept.<slug><suffix>`, the slug shortened (without a trailing separator) so that the id stays a valid Id. */
function fit(slug: string, suffix: string): string {
  const room = MAX_ID_LENGTH - CONCEPT_PREFIX.length - suffix.length;
  const shortened = slug.length <= room ? slug : slug.slice(0, room).replace(/[.-]+$/, '');
  return `${CONCEPT_PREFIX}${shortened}${suffix}`;
}

function isReplaced(status: Status | undefined): boolean {
  return status === 'deprecated' || status === 'superseded';
}

/** Status of an alias or variant without its own: admitted, unless the whole entry is deprecated or superseded. */
function secondaryStatus(entry: EntryCommonV1): Status {
  return isReplaced(entry.status) ? (entry.status as Status) : 'admitted';
}

function acronymTerms(acronym: AcronymV1): ConceptTerm[] {
  const main: ConceptTerm = { id: acronym.id, text: acronym.form, type: 'acronym', status: acronym.status ?? 'preferred' };
  if (acronym.definedInSource !== undefined) main.definedInSource = acronym.definedInSource;
  if (acronym.provenance !== undefined) main.provenance = copyJson(acronym.provenance);
  const variants = (acronym.variants ?? []).map((variant) => {
    const term: ConceptTerm = { text: variant.form, type: 'acronym', status: variant.status ?? secondaryStatus(acronym) };
    if (variant.note !== undefined) term.note = variant.note;
    return term;
  });
  return [main, ...variants];
}

function termTerms(term: TermV1): ConceptTerm[] {
  const main: ConceptTerm = { id: term.id, text: term.term, type: 'fullForm', status: term.status ?? 'preferred' };
  if (term.provenance !== undefined) main.provenance = copyJson(term.provenance);
  const aliases = (term.aliases ?? []).map((alias): ConceptTerm => ({ text: alias, type: 'variant', status: secondaryStatus(term) }));
  return [main, ...aliases];
}

/**
 * The same text of the same type twice in a concept says nothing new: a repeat without an id (a variant, an alias,
 * an expansion) is left out. Terms with an id are all kept, so that every v1 id still names a term.
 */
function withoutRepeats(terms: readonly ConceptTerm[]): ConceptTerm[] {
  const keyOf = (term: ConceptTerm) => `${term.type}\u0000${term.text}`;
  const seen = new Set(terms.filter((term) => term.id !== undefined).map(keyOf));
  return terms.filter((term) => {
    if (term.id !== undefined) return true;
    const key = keyOf(term);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function buildConcept(
  id: string,
  term: TermV1 | undefined,
  members: readonly Member[],
  mapId: (id: string) => string,
  notify: (notice: UpgradeNotice) => void,
): Concept {
  const terms: ConceptTerm[] = [];
  if (term) terms.push(...termTerms(term));
  for (const member of members) if (member.entry !== term) terms.push(...acronymTerms(member.entry as AcronymV1));
  if (!term) {
    // A lone acronym's expansion is its concept's full form, with the acronym's status.
    const acronym = members[0]?.entry as AcronymV1;
    terms.push({ text: acronym.expansion, type: 'fullForm', status: acronym.status ?? 'preferred' });
  }

  const notes: string[] = [];
  const definitions: Definition[] = [];
  const relations = new Map<string, Relation>();
  const topics = new Set<string>();
  const usedIn = new Set<string>();
  const relate = (type: Relation['type'], target: string) => {
    if (target !== id) relations.set(`${type}\u0000${target}`, { type, target });
  };
  for (const { entry, pointer } of members) {
    notes.push(...(entry.notes ?? []));
    entry.topics?.forEach((topic) => topics.add(topic));
    entry.usedIn?.forEach((snippet) => usedIn.add(snippet));
    for (const related of entry.related ?? []) relate('related', mapId(related));
    if (entry.preferred !== undefined) {
      if (isReplaced(entry.status)) relate('replacedBy', mapId(entry.preferred));
      else notify({ pointer: `${pointer}/preferred`, message: `'preferred' is only meaningful on a deprecated or superseded entry; it was left out` });
    }
    if (entry.definition !== undefined) {
      upgradeDefinition(entry, pointer, definitions, notes, notify);
    }
  }

  const subjectField: SubjectField = term?.category ?? 'concept';
  const concept: Concept = { id, subjectField, terms: withoutRepeats(terms) };
  if (definitions.length > 0) concept.definitions = definitions;
  const related = [...relations.values()].sort((a, b) => compare(a.type, b.type) || compare(a.target, b.target));
  if (related.length > 0) concept.related = related;
  const uniqueNotes = [...new Set(notes)];
  if (uniqueNotes.length > 0) concept.notes = uniqueNotes;
  if (topics.size > 0) concept.topics = [...topics].sort(compare);
  if (usedIn.size > 0) concept.usedIn = [...usedIn].sort(compare);
  return concept;
}

/**
 * The first member's definition becomes the concept's (with the entry's first provenance, if it has one). Schema 2
 * has one definition per language, so a second, different definition is kept, word for word, as a note, and reported.
 */
function upgradeDefinition(entry: EntryCommonV1, pointer: string, definitions: Definition[], notes: string[], notify: (notice: UpgradeNotice) => void): void {
  const text = entry.definition as string;
  if (definitions.some((definition) => definition.text === text)) return;
  const first = entry.provenance?.[0];
  if (definitions.length === 0) {
    definitions.push(first === undefined ? { text } : { text, provenance: [copyJson(first)] });
    return;
  }
  notes.push(`Definition in schema 1 (${entry.id}): ${text}`);
  notify({ pointer: `${pointer}/definition`, message: 'the definition is a second definition of the same concept; it is kept as a note of the concept' });
}

function upgradeEvent(event: EventV1, mapId: (id: string) => string): Event {
  const upgraded: Event = { id: event.id, date: event.date, text: event.text, topic: event.topic };
  if (event.dateText !== undefined) upgraded.dateText = event.dateText;
  if (event.related !== undefined) upgraded.related = [...new Set(event.related.map(mapId))].sort(compare);
  if (event.provenance !== undefined) upgraded.provenance = copyJson(event.provenance);
  return upgraded;
}

/**
 * A deep copy of a JSON value, so that the output shares nothing with the input. Not structuredClone: that is missing
 * in some of the sandboxes the browser build runs in.
 */
function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Code-unit order, the same in every locale (localeCompare is not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
