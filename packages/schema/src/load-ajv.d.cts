import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';

/** The ajv 2020 class and the ajv-formats plugin, required on the first call. */
export declare function loadAjv(): { Ajv2020: typeof Ajv2020; addFormats: FormatsPlugin };

/** The lexicon validators precompiled at build time, when dist/lexicon-validators.cjs is beside the loader. */
export declare function loadPrecompiledValidators(): { v2: (value: unknown) => boolean; v1: (value: unknown) => boolean } | undefined;
