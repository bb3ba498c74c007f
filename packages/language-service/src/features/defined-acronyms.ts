// Whether a document has already defined an acronym before a place: whether "(ABBR)" occurs in its text at or
// before that offset (the text's lastIndexOf, as completion always asked). Searching the whole text per suggestion
// on every request cost the text's length per acronym offered; instead each parenthesised span without parentheses
// inside ("(NUC)") is listed once per document text with the offset of its first occurrence, and a lookup is a Map
// get. Terms with parentheses in them (possible in a glossary) are not spans of that list: each is searched for once
// per document text, and remembered with it.

/** A few recent documents (one per open draft being completed in); each entry is valid for its exact text. */
const MAX_DOCUMENTS = 8;
interface DocumentFacts {
  text: string;
  firstAt: Map<string, number>;
  /** First offset of "(term)" for terms with parentheses, -1 where it does not occur. */
  searched: Map<string, number>;
}
const recent = new Map<string, DocumentFacts>();

/** Offset of the first "(" of each innermost "(…)" span, by the text between the parentheses. */
function firstParenthesised(text: string): Map<string, number> {
  const firstAt = new Map<string, number>();
  // Both searches only move forward (a close is searched again only once an open has passed it): linear in the text.
  let close = -1;
  for (let open = text.indexOf('('); open !== -1; ) {
    const next = text.indexOf('(', open + 1);
    if (close < open) close = text.indexOf(')', open + 1);
    if (close === -1) break;
    if (next === -1 || close < next) {
      const inside = text.slice(open + 1, close);
      if (!firstAt.has(inside)) firstAt.set(inside, open);
    }
    open = next;
  }
  return firstAt;
}

function factsOf(uri: string, text: string): DocumentFacts {
  const cached = recent.get(uri);
  recent.delete(uri);
  const entry = cached?.text === text ? cached : { text, firstAt: firstParenthesised(text), searched: new Map<string, number>() };
  recent.set(uri, entry);
  if (recent.size > MAX_DOCUMENTS) recent.delete(recent.keys().next().value!);
  return entry;
}

/** `(term)` occurs in the text at an offset <= `before` (what text.lastIndexOf(`(${term})`, before) !== -1 tells). */
export function definedBefore(document: { uri: string; text: string }, term: string, before: number): boolean {
  const facts = factsOf(document.uri, document.text);
  let first: number | undefined;
  if (!term.includes('(') && !term.includes(')')) first = facts.firstAt.get(term);
  else {
    first = facts.searched.get(term);
    if (first === undefined) facts.searched.set(term, (first = document.text.indexOf(`(${term})`)));
  }
  return first !== undefined && first !== -1 && first <= before;
}
