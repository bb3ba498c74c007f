// Runs a script against the built @natolex/data in a fresh, killable Node process (see runScript): the data
// package's complexity tests hand it inputs that the old code took minutes over, synchronously.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runScript } from './support.js';

const require = createRequire(import.meta.url);
const DATA_ENTRY = pathToFileURL(path.join(path.dirname(require.resolve('@natolex/data/package.json')), 'dist', 'index.js')).href;

/**
 * Runs `body` (ESM statements with `data`, the package's namespace, in scope; it must `return` a JSON value) and
 * returns that value, or undefined with `killed` set when it ran past `timeout` ms.
 */
export async function runWithData(body: string, timeout: number): Promise<{ killed: boolean; value: unknown; stderr: string }> {
  const script = `import * as data from ${JSON.stringify(DATA_ENTRY)};
const value = await (async () => {
${body}
})();
process.stdout.write(JSON.stringify(value ?? null));
`;
  const run = await runScript(script, timeout);
  if (run.signal !== null) return { killed: true, value: undefined, stderr: run.stderr };
  if (run.code !== 0) throw new Error(`the data script failed (exit ${run.code}):\n${run.stderr}`);
  return { killed: false, value: JSON.parse(run.stdout) as unknown, stderr: run.stderr };
}
