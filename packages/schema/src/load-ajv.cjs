// ajv and ajv-formats, `require`d on the first validator (see ajv.ts). CommonJS on purpose: Node's ESM loader runs
// this file's `require` as Node's own, synchronously, and a bundler inlines the required code behind a wrapper that
// runs on the first call, so neither pays for ajv on import. Copied as is into dist/ (tsup.config.ts).
'use strict';

/** @type {{ Ajv2020: unknown, addFormats: unknown } | undefined} */
let loaded;

exports.loadAjv = function loadAjv() {
  if (!loaded) {
    const formats = require('ajv-formats');
    // ajv-formats is CommonJS with `exports.default`: some loaders hand us module.exports, bundlers the default.
    loaded = { Ajv2020: require('ajv/dist/2020.js').Ajv2020, addFormats: formats.default ?? formats };
  }
  return loaded;
};

/**
 * The lexicon validators precompiled at build time (dist/lexicon-validators.cjs: `v2` and `v1`, see
 * scripts/build-validators.mjs), or undefined where that file is not beside this one: in the sources, and in bundles
 * made from dist/ (the name is not a literal, so bundlers leave the file out and their builds compile the
 * validators at run time, as before).
 * @type {() => ({ v2: Function, v1: Function } | undefined)}
 */
exports.loadPrecompiledValidators = function loadPrecompiledValidators() {
  const file = './lexicon-validators.cjs';
  try {
    return require(file);
  } catch {
    return undefined;
  }
};
