// The extension-host test entry (the layout @vscode/test-electron and scripts/test-integration.mjs expect): run()
// loads every *.test.cjs beside this file into Mocha and settles with the result. Mocha's spec reporter prints the
// "N passing / N failing" summary the launcher reports. The web-worker host uses web-index.ts instead.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_LINE, MOCHA_OPTIONS } from './host.js';

export function run(): Promise<void> {
  console.log(HOST_LINE);
  const mocha = new Mocha({ ...MOCHA_OPTIONS });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.cjs')).sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
