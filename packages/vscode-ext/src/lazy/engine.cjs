// Loads the extension's heavy half (src/providers/engine.ts) the first time src/extension.ts needs it. The Node build
// turns this require into one of dist/engine.cjs, a file of its own that activation never parses; the web-worker
// build bundles the engine into its one file, wrapped so that its module code runs only when this is called.
let engine;
module.exports = function loadEngine() {
  engine ??= require('../providers/engine.ts');
  return engine;
};
