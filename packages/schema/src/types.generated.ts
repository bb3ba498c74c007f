/* eslint-disable */
// DO NOT EDIT: generated from lexicon.schema.json by scripts/generate-types.mjs.
// Change the schema, then run `npm run generate:types -w @natolex/schema`; src/types.test.ts fails on drift.

/**
 * A stable identifier: lowercase letters and digits in dot- or hyphen-separated parts (e.g. "acronym.nuc", "snippet.ukraine.p3"). Never reused for another entry.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * A name as written, that texts are matched against or that is written into them: an acronym, a variant, an expansion, a term or an alias. One line of at most 300 characters with at least one visible character; no line breaks, tabs or other control characters.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Form".
 */
export type Form = string;
/**
 * Usage status, after TBX/NATOTerm practice: preferred (use this), admitted (acceptable alternative), deprecated (avoid), superseded (replaced by a newer entry).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Status".
 */
export type Status = 'preferred' | 'admitted' | 'deprecated' | 'superseded';
/**
 * A CSL name: a person (family/given) or an institution (literal).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "CslName".
 */
export type CslName =
  | {
      /**
       * Family name.
       */
      family?: string;
      /**
       * Given name(s).
       */
      given?: string;
      /**
       * The whole name of an institution, e.g. "North Atlantic Treaty Organization".
       */
      literal: string;
    }
  | {
      /**
       * Family name.
       */
      family: string;
      /**
       * Given name(s).
       */
      given?: string;
      /**
       * The whole name of an institution, e.g. "North Atlantic Treaty Organization".
       */
      literal?: string;
    };

/**
 * A natolex lexicon document: acronyms, terms, topics, sources, snippets and events, each with a stable id and the provenance it was drawn from. The bundled corpus and every workspace glossary (*.natolex.json) have this shape.
 */
export interface Lexicon {
  /**
   * The id of the schema this document follows (urn:natolex:schema:lexicon:1). Optional in workspace glossaries.
   */
  $schema?: string;
  /**
   * Human-readable name of the lexicon, shown in the editor (e.g. "NATO A–Z topics: U" or "Team glossary").
   */
  name?: string;
  /**
   * Version of the lexicon's content (the data package's version for the bundled corpus).
   */
  version?: string;
  /**
   * BCP 47 language tag of the lexicon's text, e.g. "en".
   */
  language?: string;
  /**
   * Bibliographic records of the documents the lexicon was drawn from (CSL-JSON shape).
   */
  sources?: Source[];
  /**
   * The topics (articles) of the source text, each split into the sections it has.
   */
  topics?: Topic[];
  /**
   * Addressable, citable passages (paragraphs, captions, footnotes, stubs) of the source text.
   */
  snippets?: Snippet[];
  /**
   * Acronyms and abbreviations with their expansions as written in the source.
   */
  acronyms?: Acronym[];
  /**
   * Named concepts: operations, missions, resolutions, agreements, programmes, bodies and concepts.
   */
  terms?: Term[];
  /**
   * Dated milestones mentioned in the source text.
   */
  events?: Event[];
}
/**
 * Where an entry was drawn from: the source, the section and the exact quoted span of its cleaned text.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  /**
   * Id of the source record the span is in.
   */
  source: Id;
  /**
   * Id of the topic section the span is in.
   */
  section?: Id;
  /**
   * Id of the snippet (paragraph) the span is in.
   */
  snippet?: Id;
  /**
   * The exact span of the (cleaned) source text the entry was drawn from, verbatim.
   */
  quote: string;
}
/**
 * Another written form of an acronym or term, kept exactly as the source writes it (mixed case, hyphen, space).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Variant".
 */
export interface Variant {
  /**
   * The variant as written, e.g. "PfP", "NTM-I", "UN CTC".
   */
  form: Form;
  /**
   * Usage status of this variant; defaults to admitted.
   */
  status?: Status;
  /**
   * Why the variant exists or where it is used.
   */
  note?: string;
}
/**
 * Fields shared by acronyms and terms.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "EntryCommon".
 */
export interface EntryCommon {
  id: Id;
  /**
   * Usage status; defaults to preferred.
   */
  status?: Status;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: Id;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: Id[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: Id[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: Provenance[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: Id[];
}
/**
 * An acronym or abbreviation, e.g. NUC = NATO-Ukraine Commission.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Acronym".
 */
export interface Acronym {
  id: Id;
  /**
   * Usage status; defaults to preferred.
   */
  status?: Status;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: Id;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: Id[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: Id[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: Provenance[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: Id[];
  /**
   * The acronym exactly as written (case-sensitive), e.g. "NUC", "PfP", "NTM-I", "UN CTC".
   */
  form: Form;
  /**
   * The long form exactly as the source writes it, e.g. "NATO-Ukraine Commission".
   */
  expansion: Form;
  /**
   * True when the source defines it as "Long Form (ABBR)"; false when it only uses it.
   */
  definedInSource?: boolean;
  /**
   * Other written forms of the acronym.
   */
  variants?: Variant[];
}
/**
 * A named concept: an operation, mission, resolution, agreement, programme, body or concept.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Term".
 */
export interface Term {
  id: Id;
  /**
   * Usage status; defaults to preferred.
   */
  status?: Status;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: Id;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: Id[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: Id[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: Provenance[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: Id[];
  /**
   * The preferred form of the term as written, e.g. "Operation Ocean Shield".
   */
  term: Form;
  /**
   * What kind of thing the term names.
   */
  category:
    | 'operation'
    | 'mission'
    | 'resolution'
    | 'agreement'
    | 'programme'
    | 'body'
    | 'concept'
    | 'document'
    | 'post'
    | 'organisation';
  /**
   * Other names the source uses for the same thing, e.g. "Ocean Shield".
   */
  aliases?: Form[];
}
/**
 * A bibliographic record in CSL-JSON shape (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). No URL or date unless the source text gives one; citations then show "n.d.".
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  id: Id;
  /**
   * CSL item type.
   */
  type: 'webpage' | 'entry-encyclopedia' | 'document' | 'report' | 'article' | 'book';
  /**
   * Title of the item as the source gives it.
   */
  title: string;
  /**
   * Title of the collection the item belongs to, e.g. "NATO A–Z topics".
   */
  'container-title'?: string;
  /**
   * Authors; institutional authors use {"literal": …}.
   */
  author?: CslName[];
  /**
   * Publisher, if the source names one.
   */
  publisher?: string;
  /**
   * Address, only if the source text gives one.
   */
  URL?: string;
  /**
   * Date of issue, only if the source text gives one.
   */
  issued?: CslDate;
  /**
   * Date of access, only if recorded.
   */
  accessed?: CslDate;
  /**
   * Id of the topic this source record describes.
   */
  topic?: Id;
  /**
   * Free-text note about the item.
   */
  note?: string;
}
/**
 * A CSL date: date-parts [[year, month?, day?]].
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "CslDate".
 */
export interface CslDate {
  /**
   * One date (or two for a range) as [year, month?, day?].
   *
   * @minItems 1
   * @maxItems 2
   */
  'date-parts': number[][];
}
/**
 * One topic (article) of the source, as listed in its A–Z index.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Topic".
 */
export interface Topic {
  id: Id;
  /**
   * The topic's page title as the source gives it.
   */
  title: string;
  /**
   * The label of the topic in the A–Z index, verbatim (e.g. "Unified Protector, Operation -").
   */
  indexLabel: string;
  /**
   * Id of the source record for this topic.
   */
  source: Id;
  /**
   * "article" for a topic with its text; "moved" for a stub that only says the page has moved (no content is made up for it).
   */
  kind: 'article' | 'moved';
  /**
   * The sections the text has, in reading order.
   */
  sections: Section[];
}
/**
 * A section of a topic, with the ids of its snippets in reading order.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface Section {
  id: Id;
  /**
   * The section heading as written (the lead section uses the topic title).
   */
  title: string;
  /**
   * Id of the enclosing section, for subsections (e.g. "Counter-terrorism" within "Key areas of cooperation").
   */
  parent?: Id;
  /**
   * Ids of the section's snippets in reading order.
   */
  snippets: Id[];
}
/**
 * A citable passage of the cleaned source text.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Snippet".
 */
export interface Snippet {
  id: Id;
  /**
   * Id of the topic the passage belongs to.
   */
  topic: Id;
  /**
   * Id of the section the passage belongs to.
   */
  section: Id;
  /**
   * What the passage is: body paragraph, photo caption, footnote, "has moved" stub, or list item.
   */
  role: 'paragraph' | 'caption' | 'footnote' | 'stub' | 'list-item';
  /**
   * The passage's cleaned text, verbatim from the cleaned source.
   */
  text: string;
  /**
   * Ids of footnote snippets attached to this passage (e.g. the one marked ¹).
   */
  footnotes?: Id[];
}
/**
 * A dated milestone mentioned in the source.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface Event {
  id: Id;
  /**
   * ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  date: string;
  /**
   * The date as the source writes it, e.g. "September 2008".
   */
  dateText?: string;
  /**
   * What happened, in the source's words.
   */
  text: string;
  /**
   * Id of the topic the milestone belongs to.
   */
  topic: Id;
  /**
   * Ids of entries the event involves.
   */
  related?: Id[];
  provenance?: Provenance;
}
