// The extension-host test entry for the web-worker host. That host loads the test entry like a browser extension:
// it fetches one CommonJS file (ending in .cjs, as the package is "type": "module") and runs it with a `require`
// that knows only `vscode`. So this file is bundled with Mocha's browser build and every test file
// (tsup.config.ts, the `natolex:suite-files` module), and the tests register only when run() calls them.
import mochaBrowser from 'mocha/mocha.js';
import loadTestFiles from 'natolex:suite-files';
import { HOST_LINE, MOCHA_OPTIONS } from './host.js';

export function run(): Promise<void> {
  console.log(HOST_LINE);
  mochaBrowser.setup({ ...MOCHA_OPTIONS });
  loadTestFiles();
  return new Promise((resolve, reject) => {
    try {
      mochaBrowser.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error);
    }
  });
}
