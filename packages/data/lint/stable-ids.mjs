// Rule: ids are stable. lint/ids.snapshot.json lists every id ever published; an id that disappears breaks every
// citation and link made with it, so it is an error. A new id must be recorded in the snapshot on purpose
// (node scripts/update-id-snapshot.mjs), which keeps the snapshot complete.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordsWithIds } from './records.mjs';

export const SNAPSHOT_PATH = fileURLToPath(new URL('./ids.snapshot.json', import.meta.url));

export function readIdSnapshot() {
  return JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8'));
}

export default {
  id: 'stable-ids',
  description: 'no id of the committed snapshot disappears; every id is in the snapshot',
  check({ lexicon, idSnapshot = readIdSnapshot() }) {
    const current = new Set(recordsWithIds(lexicon).map(({ record }) => record.id));
    const recorded = new Set(idSnapshot);
    const issues = [];
    for (const id of idSnapshot) {
      if (!current.has(id)) issues.push({ where: id, message: 'id disappeared: it is in lint/ids.snapshot.json but no longer in the lexicon' });
    }
    for (const id of current) {
      if (!recorded.has(id)) issues.push({ where: id, message: 'new id is not in lint/ids.snapshot.json; record it with node scripts/update-id-snapshot.mjs' });
    }
    return issues;
  },
};
