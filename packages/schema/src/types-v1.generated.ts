/* eslint-disable */
// DO NOT EDIT: generated from lexicon-1.schema.json by scripts/generate-types.mjs.
// Change the schema, then run `npm run generate:types -w @natolex/schema`; src/types.test.ts fails on drift.

/**
 * A stable identifier: lowercase letters and digits in dot- or hyphen-separated parts (e.g. "acronym.nuc", "snippet.ukraine.p3"). Never reused for another entry.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Id".
 */
export type IdV1 = string;
/**
 * A name as written, that texts are matched against or that is written into them: an acronym, a variant, an expansion, a term or an alias. One line of at most 300 characters with at least one visible character; no line breaks, tabs or other control characters.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Form".
 */
export type FormV1 = string;
/**
 * Usage status, after TBX/NATOTerm practice: preferred (use this), admitted (acceptable alternative), deprecated (avoid), superseded (replaced by a newer entry).
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Status".
 */
export type StatusV1 = 'preferred' | 'admitted' | 'deprecated' | 'superseded';
/**
 * A CSL name: a person (family/given) or an institution (literal).
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "CslName".
 */
export type CslNameV1 =
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
export interface LexiconV1 {
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
  sources?: SourceV1[];
  /**
   * The topics (articles) of the source text, each split into the sections it has.
   */
  topics?: TopicV1[];
  /**
   * Addressable, citable passages (paragraphs, captions, footnotes, stubs) of the source text.
   */
  snippets?: SnippetV1[];
  /**
   * Acronyms and abbreviations with their expansions as written in the source.
   */
  acronyms?: AcronymV1[];
  /**
   * Named concepts: operations, missions, resolutions, agreements, programmes, bodies and concepts.
   */
  terms?: TermV1[];
  /**
   * Dated milestones mentioned in the source text.
   */
  events?: EventV1[];
}
/**
 * Where an entry was drawn from: the source, the section and the exact quoted span of its cleaned text.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface ProvenanceV1 {
  /**
   * Id of the source record the span is in.
   */
  source: IdV1;
  /**
   * Id of the topic section the span is in.
   */
  section?: IdV1;
  /**
   * Id of the snippet (paragraph) the span is in.
   */
  snippet?: IdV1;
  /**
   * The exact span of the (cleaned) source text the entry was drawn from, verbatim.
   */
  quote: string;
}
/**
 * Another written form of an acronym or term, kept exactly as the source writes it (mixed case, hyphen, space).
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Variant".
 */
export interface VariantV1 {
  /**
   * The variant as written, e.g. "PfP", "NTM-I", "UN CTC".
   */
  form: FormV1;
  /**
   * Usage status of this variant; defaults to admitted.
   */
  status?: StatusV1;
  /**
   * Why the variant exists or where it is used.
   */
  note?: string;
}
/**
 * Fields shared by acronyms and terms.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "EntryCommon".
 */
export interface EntryCommonV1 {
  id: IdV1;
  /**
   * Usage status; defaults to preferred.
   */
  status?: StatusV1;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: IdV1;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: IdV1[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: IdV1[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: ProvenanceV1[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: IdV1[];
}
/**
 * An acronym or abbreviation, e.g. NUC = NATO-Ukraine Commission.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Acronym".
 */
export interface AcronymV1 {
  id: IdV1;
  /**
   * Usage status; defaults to preferred.
   */
  status?: StatusV1;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: IdV1;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: IdV1[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: IdV1[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: ProvenanceV1[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: IdV1[];
  /**
   * The acronym exactly as written (case-sensitive), e.g. "NUC", "PfP", "NTM-I", "UN CTC".
   */
  form: FormV1;
  /**
   * The long form exactly as the source writes it, e.g. "NATO-Ukraine Commission".
   */
  expansion: FormV1;
  /**
   * True when the source defines it as "Long Form (ABBR)"; false when it only uses it.
   */
  definedInSource?: boolean;
  /**
   * Other written forms of the acronym.
   */
  variants?: VariantV1[];
}
/**
 * A named concept: an operation, mission, resolution, agreement, programme, body or concept.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Term".
 */
export interface TermV1 {
  id: IdV1;
  /**
   * Usage status; defaults to preferred.
   */
  status?: StatusV1;
  /**
   * For deprecated or superseded entries: the id of the entry to use instead.
   */
  preferred?: IdV1;
  /**
   * Extractive definition: the sentence(s) of the source that say what this is, lightly trimmed. Absent when the source does not say.
   */
  definition?: string;
  /**
   * Ids of related entries (acronyms, terms, topics).
   */
  related?: IdV1[];
  /**
   * Ids of the topics the entry belongs to.
   */
  topics?: IdV1[];
  /**
   * Curator's notes (usage, scope); never new facts.
   */
  notes?: string[];
  /**
   * Spans the entry was drawn from; the first is where it is defined (or first named).
   *
   * @minItems 1
   */
  provenance?: ProvenanceV1[];
  /**
   * Ids of the snippets that use the entry (computed by the build).
   */
  usedIn?: IdV1[];
  /**
   * The preferred form of the term as written, e.g. "Operation Ocean Shield".
   */
  term: FormV1;
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
  aliases?: FormV1[];
}
/**
 * A bibliographic record in CSL-JSON shape (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). No URL or date unless the source text gives one; citations then show "n.d.".
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface SourceV1 {
  id: IdV1;
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
  author?: CslNameV1[];
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
  issued?: CslDateV1;
  /**
   * Date of access, only if recorded.
   */
  accessed?: CslDateV1;
  /**
   * Id of the topic this source record describes.
   */
  topic?: IdV1;
  /**
   * Free-text note about the item.
   */
  note?: string;
}
/**
 * A CSL date: date-parts [[year, month?, day?]].
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "CslDate".
 */
export interface CslDateV1 {
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
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Topic".
 */
export interface TopicV1 {
  id: IdV1;
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
  source: IdV1;
  /**
   * "article" for a topic with its text; "moved" for a stub that only says the page has moved (no content is made up for it).
   */
  kind: 'article' | 'moved';
  /**
   * The sections the text has, in reading order.
   */
  sections: SectionV1[];
}
/**
 * A section of a topic, with the ids of its snippets in reading order.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Section".
 */
export interface SectionV1 {
  id: IdV1;
  /**
   * The section heading as written (the lead section uses the topic title).
   */
  title: string;
  /**
   * Id of the enclosing section, for subsections (e.g. "Counter-terrorism" within "Key areas of cooperation").
   */
  parent?: IdV1;
  /**
   * Ids of the section's snippets in reading order.
   */
  snippets: IdV1[];
}
/**
 * A citable passage of the cleaned source text.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Snippet".
 */
export interface SnippetV1 {
  id: IdV1;
  /**
   * Id of the topic the passage belongs to.
   */
  topic: IdV1;
  /**
   * Id of the section the passage belongs to.
   */
  section: IdV1;
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
  footnotes?: IdV1[];
}
/**
 * A dated milestone mentioned in the source.
 *
 * This interface was referenced by `LexiconV1`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface EventV1 {
  id: IdV1;
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
  topic: IdV1;
  /**
   * Ids of entries the event involves.
   */
  related?: IdV1[];
  provenance?: ProvenanceV1;
}
