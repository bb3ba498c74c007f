// The query API over the bundled corpus alone (`lexicon` of the package), built on first use rather than on import:
// every natolex process imports this package, and most never query the bundled corpus alone (the CLI and the
// language server build their own lexicon of the corpus plus the workspace glossaries), so building it on import
// doubled the cost of indexing the corpus for them.
import type { Lexicon } from './api.js';
import { createLexicon } from './create-lexicon.js';

let built: Lexicon | undefined;

/** The bundled corpus' lexicon, built on the first call and then the same object. */
function bundled(): Lexicon {
  return (built ??= createLexicon());
}

/**
 * A Lexicon that builds the bundled corpus' lexicon on its first use and then answers from it. Same own, enumerable
 * keys as a lexicon from createLexicon (its records as getters); methods need no `this`, so they can be passed around
 * unbound as before.
 */
export const lazyBundledLexicon: Lexicon = {
  get documents() {
    return bundled().documents;
  },
  get upgraded() {
    return bundled().upgraded;
  },
  get concepts() {
    return bundled().concepts;
  },
  get topics() {
    return bundled().topics;
  },
  get snippets() {
    return bundled().snippets;
  },
  get sources() {
    return bundled().sources;
  },
  get events() {
    return bundled().events;
  },
  get: (id) => bundled().get(id),
  lookup: (text) => bundled().lookup(text),
  expand: (acronym) => bundled().expand(acronym),
  scan: (text, range) => bundled().scan(text, range),
  scanState: (text) => bundled().scanState(text),
  rescan: (previous, edit) => bundled().rescan(previous, edit),
  search: (query, options) => bundled().search(query, options),
  cite: (id, options) => bundled().cite(id, options),
};
