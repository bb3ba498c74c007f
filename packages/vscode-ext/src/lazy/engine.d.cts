// The type of lazy/engine.cjs, which TypeScript does not read.
import type * as Engine from '../providers/engine.js';

declare function loadEngine(): typeof Engine;
export = loadEngine;
