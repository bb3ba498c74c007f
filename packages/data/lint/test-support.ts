// Shared by the lint tests: the real build, made once per test file, and deep copies of it to break on purpose.
import { buildLexicon } from '../scripts/lib/build.mjs';

type Built = ReturnType<typeof buildLexicon>;
let built: Built | undefined;

export function realBuild(): Built {
  built ??= buildLexicon();
  return built;
}

/** A fresh deep copy of the real lexicon document and the cleaned text, safe to mutate. */
export function realInput() {
  const { document, cleanedText } = realBuild();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { lexicon: structuredClone(document) as any, cleanedText };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The concept with this id in a (copied) lexicon document. */
export function conceptIn(lexicon: Json, id: string): Json {
  const concept = lexicon.concepts.find((candidate: Json) => candidate.id === id);
  if (!concept) throw new Error(`no concept ${id}`);
  return concept;
}

/** The term with this id (e.g. "acronym.kfor") in a (copied) lexicon document. */
export function termIn(lexicon: Json, id: string): Json {
  for (const concept of lexicon.concepts) for (const term of concept.terms) if (term.id === id) return term;
  throw new Error(`no term ${id}`);
}
