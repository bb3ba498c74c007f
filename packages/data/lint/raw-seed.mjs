// Rule: the raw seed in the package is the seed, byte for byte. It is never edited: cleaning is a separate,
// logged step. Pinned by its SHA-256, and compared with the shared seed when that is at hand.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RAW_SEED_SHA256 = '759b9aa4c950717986e125a23284c9a74e9f7bd2445031ba03c596e9782d5ea5';
const RAW_PATH = fileURLToPath(new URL('../raw/nato-topics-u.txt', import.meta.url));
// The repository's shared/ folder sits beside the clone (../shared from the repository root).
const SHARED_SEED_PATH = fileURLToPath(new URL('../../../../shared/seed/nato-topics-u.txt', import.meta.url));

export default {
  id: 'raw-seed',
  description: 'raw/nato-topics-u.txt is an exact byte copy of the seed',
  check({ rawBytes = readFileSync(RAW_PATH), sharedSeedBytes = existsSync(SHARED_SEED_PATH) ? readFileSync(SHARED_SEED_PATH) : undefined }) {
    const issues = [];
    const digest = createHash('sha256').update(rawBytes).digest('hex');
    if (digest !== RAW_SEED_SHA256) {
      issues.push({ where: 'raw/nato-topics-u.txt', message: `SHA-256 is ${digest}, expected ${RAW_SEED_SHA256}: the raw seed must never be edited` });
    }
    if (sharedSeedBytes !== undefined && !Buffer.from(rawBytes).equals(Buffer.from(sharedSeedBytes))) {
      issues.push({ where: 'raw/nato-topics-u.txt', message: 'differs from shared/seed/nato-topics-u.txt' });
    }
    return issues;
  },
};
