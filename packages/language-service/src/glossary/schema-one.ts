// Schema 1 glossaries (acronyms and terms, before concepts) keep working: createLexicon upgrades them on load. Each
// adapter still tells the writer once per file how to migrate it for good: a hint on the glossary in editors, a
// warning line on stderr in the CLI. The command named is `natolex migrate <file>`, with the file quoted for a POSIX
// shell when it needs quoting (the hint is text to copy, never run by natolex).
import { isLexiconV1 } from '@natolex/schema';
import { english, type Translate } from '../messages.js';

/** The glossaries a load served that are written in schema 1 (a last good version only when its file still is). */
export function schemaOneGlossaries<G extends { document: unknown; stale?: boolean }>(loaded: readonly G[]): G[] {
  return loaded.filter((glossary) => isLexiconV1(glossary.document));
}

/** A file name as a POSIX shell word: as it is when it is plainly safe, else in single quotes. */
export function shellWord(path: string): string {
  return /^[A-Za-z0-9._/@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}

/** The hint for one schema 1 glossary (its label as the adapter names it, relative to where the command runs). */
export function migrateHint(label: string, t: Translate = english): string {
  return t('This glossary uses lexicon schema 1 (acronyms and terms); natolex upgrades it to concepts when it loads. Run `natolex migrate {0}` to rewrite it in schema 2.', shellWord(label));
}

