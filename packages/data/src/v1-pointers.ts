// A problem createLexicon finds in an upgraded schema 1 document is found in the upgraded (schema 2) document, but
// the writer's file is schema 1: its pointer is translated back so that "file:line:col" points into the file. Each
// concept term came from one place of the v1 document (an acronym's form or variant, a term or alias, an expansion);
// anything else of a concept goes to the v1 entry the concept was made from.
import type { LexiconDocument, LexiconV1 } from './api.js';
import { LexiconError } from './errors.js';

const CONCEPT_POINTER = /^\/concepts\/(\d+)(?:\/terms\/(\d+)(\/[^/]+)?)?/;

/** The v1 entry (acronym or term) with this id: "/acronyms/3" or "/terms/0". */
function entryPointer(v1: LexiconV1, id: string): string | undefined {
  const acronym = (v1.acronyms ?? []).findIndex((entry) => entry.id === id);
  if (acronym !== -1) return `/acronyms/${acronym}`;
  const term = (v1.terms ?? []).findIndex((entry) => entry.id === id);
  return term === -1 ? undefined : `/terms/${term}`;
}

/** Where a term without a v1 id (a variant, an alias, an expansion) is written in the v1 document, if it is. */
function textPointer(v1: LexiconV1, text: string, type: string): string | undefined {
  for (const [index, entry] of (v1.acronyms ?? []).entries()) {
    if (type === 'acronym') {
      if (entry.form === text) return `/acronyms/${index}/form`;
      const variant = (entry.variants ?? []).findIndex((candidate) => candidate.form === text);
      if (variant !== -1) return `/acronyms/${index}/variants/${variant}/form`;
    } else if (entry.expansion === text) return `/acronyms/${index}/expansion`;
  }
  for (const [index, entry] of (v1.terms ?? []).entries()) {
    if (entry.term === text) return `/terms/${index}/term`;
    const alias = (entry.aliases ?? []).indexOf(text);
    if (alias !== -1) return `/terms/${index}/aliases/${alias}`;
  }
  return undefined;
}

/** The pointer into the v1 document for a pointer into its upgrade (the document itself when nothing fits). */
export function pointerInV1(v1: LexiconV1, upgraded: LexiconDocument, pointer: string): string {
  // Upgraded events keep their places; their related ids are mapped, deduplicated and sorted, so only the list fits.
  const event = /^(\/events\/\d+\/related)\/\d+$/.exec(pointer);
  if (event) return event[1]!;
  const match = CONCEPT_POINTER.exec(pointer);
  if (!match) return pointer; // sources, topics and snippets are copied as they are
  const concept = upgraded.concepts?.[Number(match[1])];
  if (concept === undefined) return '';
  const term = match[2] === undefined ? undefined : concept.terms[Number(match[2])];
  if (term !== undefined) {
    const entry = term.id === undefined ? undefined : entryPointer(v1, term.id);
    if (entry !== undefined) {
      if (match[3] === '/id') return `${entry}/id`;
      if (match[3] === '/text') return entry.startsWith('/acronyms/') ? `${entry}/form` : `${entry}/term`;
      return entry;
    }
    const place = textPointer(v1, term.text, term.type);
    if (place !== undefined) return place;
  }
  // Anything else of a concept: the entry it was made from (the first of its terms that carries a v1 id).
  for (const candidate of concept.terms) {
    const entry = candidate.id === undefined ? undefined : entryPointer(v1, candidate.id);
    if (entry !== undefined) return entry;
  }
  return '';
}

/** The same error with its pointer (in the message and the issues too) translated into the v1 document. */
export function inV1Document(error: LexiconError, v1: LexiconV1, upgraded: LexiconDocument): LexiconError {
  const pointer = pointerInV1(v1, upgraded, error.pointer);
  if (pointer === error.pointer) return error;
  const shown = pointer === '' ? '(root)' : pointer;
  return new LexiconError({
    code: error.code,
    message: error.message.replace(error.pointer, `${shown} (schema 1; upgraded on load)`),
    pointer,
    documentIndex: error.documentIndex,
    documentName: error.documentName,
    issues: error.issues.map((issue) => (issue.pointer === error.pointer ? { ...issue, pointer } : issue)),
  });
}
