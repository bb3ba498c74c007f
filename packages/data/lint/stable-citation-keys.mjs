// Rule: citation keys are stable. lint/citation-keys.snapshot.json records the key of every source ever published
// ("source.un": "nato-un"); drafts cite [@nato-un] and bibliography files hold it, so a key that changes (a renamed
// source id, a new first author, a new source that takes the key first) or is given to another page breaks them.
// A new source's key is recorded on purpose: node scripts/update-citation-keys.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { citationKeys } from '../src/cite/citation-keys.mjs';

export const CITATION_KEYS_PATH = fileURLToPath(new URL('./citation-keys.snapshot.json', import.meta.url));

export function readCitationKeySnapshot() {
  return JSON.parse(readFileSync(CITATION_KEYS_PATH, 'utf8'));
}

export default {
  id: 'stable-citation-keys',
  description: 'every source keeps the citation key recorded for it; no recorded key goes to another source',
  check({ lexicon, citationKeySnapshot = readCitationKeySnapshot() }) {
    const keys = citationKeys(lexicon.sources ?? []);
    const owners = new Map(Object.entries(citationKeySnapshot).map(([sourceId, key]) => [key, sourceId]));
    const issues = [];
    for (const [sourceId, key] of keys) {
      const recorded = citationKeySnapshot[sourceId];
      if (recorded === undefined) {
        const owner = owners.get(key);
        if (owner !== undefined) issues.push({ where: sourceId, message: `citation key "${key}" belongs to ${owner} (lint/citation-keys.snapshot.json); give this source another id` });
        else issues.push({ where: sourceId, message: `new citation key "${key}" is not recorded; record it with node scripts/update-citation-keys.mjs` });
      } else if (recorded !== key) {
        issues.push({ where: sourceId, message: `citation key changed from "${recorded}" to "${key}": drafts citing [@${recorded}] would break` });
      }
    }
    return issues;
  },
};
