// Item 14: command names are looked up in a plain object, so `natolex constructor` found Object.prototype's and
// crashed with "TypeError: command.run is not a function". Every such name is an unknown command (exit 2).
import { expect, it } from 'vitest';
import { makeRepo, natolex } from './support.js';

it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'])('natolex %s is an unknown command', async (name) => {
  const root = await makeRepo();
  const run = natolex([name], root);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`unknown command '${name}'`);
  expect(run.stderr).not.toContain('TypeError');
});
