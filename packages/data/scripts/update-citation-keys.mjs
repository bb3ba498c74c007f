// Records the citation key of every source of the current build in lint/citation-keys.snapshot.json. Adds new
// sources; never changes or drops a recorded key (the stable-citation-keys rule is there to catch that).
//
//   node scripts/update-citation-keys.mjs
import { existsSync, writeFileSync } from 'node:fs';
import { CITATION_KEYS_PATH, readCitationKeySnapshot } from '../lint/stable-citation-keys.mjs';
import { citationKeys } from '../src/cite/citation-keys.mjs';
import { buildLexicon } from './lib/build.mjs';

const { document, problems } = buildLexicon();
if (problems.length > 0) {
  process.stderr.write(`update-citation-keys: fix the build first:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
const previous = existsSync(CITATION_KEYS_PATH) ? readCitationKeySnapshot() : {};
const next = { ...previous };
for (const [sourceId, key] of citationKeys(document.sources ?? [])) next[sourceId] ??= key;
const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(CITATION_KEYS_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`update-citation-keys: ${Object.keys(sorted).length} keys (${Object.keys(sorted).length - Object.keys(previous).length} new)\n`);
