// Records the ids of the current build in lint/ids.snapshot.json. Adds new ids; refuses to drop one unless
// --allow-removal is given (an id that disappears breaks citations made with it).
//
//   node scripts/update-id-snapshot.mjs [--allow-removal]
import { existsSync, writeFileSync } from 'node:fs';
import { SNAPSHOT_PATH, readIdSnapshot } from '../lint/stable-ids.mjs';
import { recordsWithIds } from '../lint/records.mjs';
import { buildLexicon } from './lib/build.mjs';

const { document, problems } = buildLexicon();
if (problems.length > 0) {
  process.stderr.write(`update-id-snapshot: fix the build first:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
const current = recordsWithIds(document).map(({ record }) => record.id);
const previous = existsSync(SNAPSHOT_PATH) ? readIdSnapshot() : [];
const removed = previous.filter((id) => !current.includes(id));
if (removed.length > 0 && !process.argv.includes('--allow-removal')) {
  process.stderr.write(`update-id-snapshot: these ids would disappear (pass --allow-removal if that is intended):\n  ${removed.join('\n  ')}\n`);
  process.exit(1);
}
const next = [...new Set([...(removed.length > 0 ? previous.filter((id) => current.includes(id)) : previous), ...current])].sort();
writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(next, null, 2)}\n`);
process.stdout.write(`update-id-snapshot: ${next.length} ids (${next.length - previous.length + removed.length} new, ${removed.length} removed)\n`);
