// v1 documents are read through the schema package's upgradeLexicon, so every format sees concepts.
import { isLexiconV1, upgradeLexicon, type Lexicon, type LexiconV1 } from '@natolex/schema';

/** The document as schema 2: a v1 document upgraded, a v2 document as it is. */
export function toConceptLexicon(document: unknown): Lexicon {
  if (isLexiconV1(document)) return upgradeLexicon(document as LexiconV1);
  return document as Lexicon;
}
