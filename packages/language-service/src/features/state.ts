// What the editor features need to answer for one document: the lexicon that applies to its folder (the corpus and
// the folder's glossaries), where entries come from, and how labels are translated. Adapters build it once per
// folder and pass it to every feature, so the features stay pure functions of (state, document, position).
import type { Lexicon, LexiconDocument } from '@natolex/data';
import { recordIds } from '../glossary/keep.js';
import type { Translate } from '../messages.js';

export interface ServiceState {
  lexicon: Lexicon;
  /** Where an entry comes from when it is not the bundled corpus (a glossary's label, e.g. "team.natolex.json"). */
  originOf?(id: string): string | undefined;
  /** Translates the English labels (default: English); gets the template and its {0}-style arguments. */
  translate?: Translate;
  /** The writer's language (BCP 47, natolex.language): hovers and completion details show it first. */
  language?: string;
}

/**
 * The state for a folder's lexicon (loadFolderGlossaries' or checkGlossaries' result): originOf names the glossary
 * each entry was loaded from, later glossaries winning as they do in the lexicon.
 */
export function stateOf(
  check: { lexicon?: Lexicon; loaded: ReadonlyArray<{ label: string; document: LexiconDocument }> },
  fallback: Lexicon,
  translate?: Translate,
  language?: string,
): ServiceState {
  const origins = new Map<string, string>();
  for (const glossary of check.loaded) for (const id of recordIds(glossary.document)) origins.set(id, glossary.label);
  return { lexicon: check.lexicon ?? fallback, originOf: (id) => origins.get(id), ...(translate ? { translate } : {}), ...(language ? { language } : {}) };
}

/** The workspace folder a document belongs to: the longest folder URI that contains it, if any. */
export function folderFor(uri: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const base = folder.endsWith('/') ? folder : `${folder}/`;
    if (uri.startsWith(base) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}
