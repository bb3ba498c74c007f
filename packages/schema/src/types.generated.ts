/* eslint-disable */
// DO NOT EDIT: generated from lexicon.schema.json by scripts/generate-types.mjs.
// Change the schema, then run `npm run generate:types -w @natolex/schema`; src/types.test.ts fails on drift.

/**
 * A stable identifier: lowercase letters and digits in dot- or hyphen-separated parts (e.g. "concept.kosovo-force", "acronym.kfor", "snippet.ukraine.p3"). Never reused for another entry.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * A term as written, that texts are matched against or that is written into them (a full form, an acronym, a variant). One line of at most 300 characters with at least one visible character; no line breaks, tabs or other control characters.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Form".
 */
export type Form = string;
/**
 * A BCP 47 language tag, simplified: a primary language subtag of 2–3 letters (ISO 639: "en", "fr") followed by hyphen-separated subtags of 1–8 letters or digits (script, region, variant, extension: "en-GB", "sr-Latn", "es-419", "en-x-nato"). The tag is not checked against the IANA registry; compare tags case-insensitively.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "LanguageTag".
 */
export type LanguageTag = string;
/**
 * Usage status of a term, after TBX (ISO 30042) and NATOTerm practice: preferred (use this), admitted (acceptable alternative), deprecated (avoid), superseded (replaced by a newer term or concept).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Status".
 */
export type Status = 'preferred' | 'admitted' | 'deprecated' | 'superseded';
/**
 * What kind of designation a term is, after the TBX termType values: fullForm (the complete name), acronym, abbreviation, shortForm (a shortened name that is not an abbreviation, e.g. "Ocean Shield"), variant (another spelling or wording). Acronym and abbreviation terms are matched case-sensitively.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "TermType".
 */
export type TermType = 'fullForm' | 'acronym' | 'abbreviation' | 'shortForm' | 'variant';
/**
 * What kind of thing a concept is (its subject field): the category the curators sort concepts by.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "SubjectField".
 */
export type SubjectField =
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
 * An ISO 8601 date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD), or an interval of two such dates separated by "/" (e.g. "2004/2011").
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "EventDate".
 */
export type EventDate = string;
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
 * A natolex lexicon document, schema 2 (concept-oriented): concepts with their terms, definitions and contexts, and the topics, sources, snippets and events they were drawn from, each with a stable id and its provenance. The bundled corpus and workspace glossaries (*.natolex.json) have this shape; schema 1 documents are upgraded with upgradeLexicon.
 */
export interface Lexicon {
  /**
   * The id of the schema this document follows; when present it must be urn:natolex:schema:lexicon:2 (schema 1 documents say urn:natolex:schema:lexicon:1 or nothing).
   */
  $schema?: 'urn:natolex:schema:lexicon:2';
  /**
   * Human-readable name of the lexicon, shown in the editor (e.g. "NATO A–Z topics: U" or "Team glossary").
   */
  name?: string;
  /**
   * Version of the lexicon's content (the data package's version for the bundled corpus).
   */
  version?: string;
  /**
   * Default language of every text in the document (terms, definitions, contexts that have no language of their own), e.g. "en".
   */
  language?: LanguageTag;
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
   * The concepts: one entry per concept, holding all its terms.
   */
  concepts?: Concept[];
  /**
   * Dated milestones mentioned in the source text.
   */
  events?: Event[];
}
/**
 * Where something was drawn from: the source, the section and the exact quoted span of its cleaned text.
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
   * The exact span of the (cleaned) source text it was drawn from, verbatim.
   */
  quote: string;
}
/**
 * One designation of a concept (TBX termSec): its text as written, its type, its usage status and its language.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "ConceptTerm".
 */
export interface ConceptTerm {
  /**
   * Stable id of the term, so that references to it keep resolving; terms upgraded from schema 1 keep the v1 entry id (e.g. "acronym.kfor", "term.kosovo-force").
   */
  id?: Id;
  /**
   * The term exactly as written (case, hyphens, spaces kept), e.g. "KFOR" or "Kosovo Force".
   */
  text: Form;
  /**
   * What kind of designation the term is.
   */
  type: TermType;
  /**
   * Usage status of the term; for deprecated and superseded terms the replacement is the preferred term of the same type and language in the concept, else the concept named by a replacedBy relation.
   */
  status: Status;
  /**
   * Language of the term; absent means the document's language.
   */
  language?: LanguageTag;
  /**
   * Why the term exists or where it is used (usage note).
   */
  note?: string;
  /**
   * For acronyms and abbreviations: true when the source introduces it as "Long Form (ABBR)", false when it only uses it.
   */
  definedInSource?: boolean;
  /**
   * Spans the term was drawn from; the first is where it is introduced (or first written).
   *
   * @minItems 1
   */
  provenance?: Provenance[];
}
/**
 * What the concept is, in the source's words (extractive, lightly trimmed, for the bundled corpus), in one language. At most one per language per concept.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Definition".
 */
export interface Definition {
  /**
   * The definition: the sentence(s) of the source that say what the concept is.
   */
  text: string;
  /**
   * Language of the definition; absent means the document's language.
   */
  language?: LanguageTag;
  /**
   * The spans of the source the definition was drawn from. Every definition of the bundled corpus has one (its data lint checks that the span is verbatim); a team's own definition in a workspace glossary may have none.
   *
   * @minItems 1
   */
  provenance?: Provenance[];
}
/**
 * A sentence of the source that shows the concept in use, kept apart from the definition (it does not say what the concept is).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Context".
 */
export interface Context {
  /**
   * The sentence, a verbatim span of the cleaned source text.
   */
  text: string;
  /**
   * Language of the sentence; absent means the document's language.
   */
  language?: LanguageTag;
  /**
   * Where the sentence is in the source. Every context of the bundled corpus has one (checked verbatim by its data lint); a workspace glossary's may have none.
   *
   * @minItems 1
   */
  provenance?: Provenance[];
}
/**
 * A typed link from a concept to another concept (or a topic).
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Relation".
 */
export interface Relation {
  /**
   * How the target relates: broader/narrower (generic hierarchy), related (associated), replaces/replacedBy (succession: a superseded concept points at its successor), partOf (the concept is a part of the target).
   */
  type: 'broader' | 'narrower' | 'related' | 'replaces' | 'replacedBy' | 'partOf';
  /**
   * Id of the related concept (a term id resolves to its concept) or topic.
   */
  target: Id;
}
/**
 * One entry per concept (TBX / ISO 30042 concept-oriented model): every term that designates it (full form, acronym, variants, each with its own status and language), its definition, contexts and relations.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Concept".
 */
export interface Concept {
  /**
   * Stable id of the concept, "concept.<slug>", e.g. "concept.kosovo-force".
   */
  id: Id;
  /**
   * What kind of thing the concept is.
   */
  subjectField: SubjectField;
  /**
   * The terms that designate the concept; one preferred term per type and language (checked by the data package, not the schema).
   *
   * @minItems 1
   */
  terms: ConceptTerm[];
  /**
   * What the concept is, at most one per language; absent when the source does not say.
   */
  definitions?: Definition[];
  /**
   * Sentences of the source that show the concept in use.
   */
  contexts?: Context[];
  /**
   * Typed links to other concepts (or topics).
   */
  related?: Relation[];
  /**
   * Curator's notes (usage, scope, decisions); never new facts.
   */
  notes?: string[];
  /**
   * Ids of the topics the concept belongs to.
   */
  topics?: Id[];
  /**
   * Ids of the snippets that use one of its terms (computed by the build).
   */
  usedIn?: Id[];
}
/**
 * A dated milestone mentioned in the source, possibly a period or a planned one.
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Event".
 */
export interface Event {
  /**
   * Stable id of the event, e.g. "event.uzbekistan.1994".
   */
  id: Id;
  /**
   * When it happened (or is planned), at the precision the source gives.
   */
  date: EventDate;
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
   * True when the source announces the event as planned or in the future.
   */
  planned?: boolean;
  /**
   * Ids of the concepts (or topics) the event involves.
   */
  related?: Id[];
  /**
   * The span the event was drawn from (one object, not an array).
   */
  provenance?: Provenance;
}
/**
 * A bibliographic record in CSL-JSON shape (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). No URL or date unless the source text gives one; citations then show "n.d.".
 *
 * This interface was referenced by `Lexicon`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  /**
   * Stable id of the source.
   */
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
   * Title of the collection or site the item belongs to, as the source gives it.
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
  /**
   * Stable id of the topic.
   */
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
  /**
   * Stable id of the section.
   */
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
  /**
   * Stable id of the snippet.
   */
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
