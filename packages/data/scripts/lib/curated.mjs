// Reads the curated source files. Each file holds one concern: a topic, the sources, the concepts of one subject
// field, the events of one topic. The reader only parses; every check lives in assemble.mjs and the lint rules.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const CURATED_DIR = join(PACKAGE_DIR, 'curated');

function jsonFilesIn(directory) {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(directory, name));
}

/** Files are named from the folder that holds curated/, e.g. "curated/acronyms.json", wherever it is. */
function readJson(path, problems, directory) {
  const file = relative(dirname(directory), path);
  try {
    return { file, value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    problems.push({ file, message: `cannot be read as JSON: ${error.message}` });
    return { file, value: undefined };
  }
}

function expectArray(entry, what, problems) {
  if (entry.value === undefined) return [];
  if (!Array.isArray(entry.value)) {
    problems.push({ file: entry.file, message: `must be a JSON array of ${what}` });
    return [];
  }
  return entry.value.map((value) => ({ file: entry.file, value }));
}

/**
 * Loads every curated file under `directory`. Returns the records, each with the file it came from (for error
 * messages), and the problems met while reading.
 */
export function loadCurated(directory = CURATED_DIR) {
  const problems = [];
  const topics = jsonFilesIn(join(directory, 'topics'))
    .map((path) => readJson(path, problems, directory))
    .filter((entry) => entry.value !== undefined);
  const sources = expectArray(readJson(join(directory, 'sources.json'), problems, directory), 'sources', problems);
  const concepts = jsonFilesIn(join(directory, 'concepts')).flatMap((path) => expectArray(readJson(path, problems, directory), 'concepts', problems));
  // The schema 1 files were converted to concepts/; one coming back would be silently ignored, so it is an error.
  for (const name of ['acronyms.json', 'terms']) {
    if (existsSync(join(directory, name))) problems.push({ file: relative(dirname(directory), join(directory, name)), message: 'schema 1 curated records are no longer read: write them as concepts in concepts/<subjectField>.json' });
  }
  const events = jsonFilesIn(join(directory, 'events')).flatMap((path) => expectArray(readJson(path, problems, directory), 'events', problems));
  return { topics, sources, concepts, events, problems };
}
