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
