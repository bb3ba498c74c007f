// Renders citations and bibliography entries through citeproc-js, the CSL processor Zotero and Mendeley use. It is
// required on the first call, so importing @natolex/data or activating the extension never loads it. The en-US
// locale ships inside an npm package and is bundled; nothing is fetched.
import { LexiconError } from '../errors.js';

/** What citeproc-js needs from an item: CSL-JSON. */
export type CslItem = { id: string; type: string } & Record<string, unknown>;

export interface CitedItem {
  item: CslItem;
  /** CSL locator label ("section", "paragraph") and value. */
  label?: string;
  locator?: string;
}

/** citation: the note (note styles) or parenthetical citation; inline: the citation as a later (short) note, without
 * the layout's own prefix and suffix, for running text; bibliography: the reference-list entry. */
export type RenderForm = 'citation' | 'inline' | 'bibliography';

interface CiteprocEngine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeCitationCluster(items: Array<{ id: string; locator?: string; label?: string; position?: number }>): string;
  makeBibliography(): [unknown, string[]] | false;
  opt: { xclass?: string };
  citation: { opt: { layout_prefix: string; layout_suffix: string } };
}

interface Citeproc {
  Engine: new (sys: object, style: string, lang: string, forceLang: boolean) => CiteprocEngine;
}

/** Real CSL styles are tens of kilobytes; citeproc's XML reader is not linear on pathological input. */
export const MAX_STYLE_LENGTH = 512 * 1024;

let citeproc: Citeproc | undefined;
let enUsLocale: string | undefined;

function loadCiteproc(): { CSL: Citeproc; locale: string } {
  // require, not import: citeproc is external (the ESM build defines `require`), so it is read from disk and parsed on
  // this call only; a bundler that inlines it (the extension's web build) wraps it and runs it on this call too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  citeproc ??= require('citeproc') as Citeproc;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  enUsLocale ??= (require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>)['en-US']!;
  return { CSL: citeproc, locale: enUsLocale };
}

interface Prepared {
  items: Map<string, CslItem>;
  engine: CiteprocEngine;
  note: boolean;
}

/** One engine per style text (building one parses the style), the few most recently used. */
const engines = new Map<string, Prepared>();
const MAX_ENGINES = 8;

function prepare(style: string): Prepared {
  const cached = engines.get(style);
  if (cached !== undefined) {
    engines.delete(style);
    engines.set(style, cached);
    return cached;
  }
  if (style.length > MAX_STYLE_LENGTH) {
    throw new LexiconError({ code: 'invalid-argument', message: `cite: the CSL style is ${style.length} characters; at most ${MAX_STYLE_LENGTH} are read` });
  }
  if (!/^\uFEFF?\s*</u.test(style) || !/<style[\s>]/u.test(style)) {
    throw new LexiconError({ code: 'invalid-argument', message: 'cite: the style is not a CSL style (an XML file whose root element is <style>)' });
  }
  const { CSL, locale } = loadCiteproc();
  const items = new Map<string, CslItem>();
  const sys = {
    // Every style is rendered in en-US, the one locale bundled (forceLang below).
    retrieveLocale: () => locale,
    retrieveItem: (id: string) => items.get(id),
  };
  let engine: CiteprocEngine;
  try {
    engine = new CSL.Engine(sys, style, 'en-US', true);
    engine.setOutputFormat('text');
  } catch (error) {
    throw new LexiconError({ code: 'invalid-argument', message: `cite: the CSL style could not be read (${error instanceof Error ? error.message : String(error)})` });
  }
  const note = engine.opt.xclass === 'note';
  const prepared = { items, engine, note };
  engines.set(style, prepared);
  if (engines.size > MAX_ENGINES) engines.delete(engines.keys().next().value!);
  return prepared;
}

/** Whether the style formats citations as notes (class="note"), rather than in the text. */
export function isNoteStyle(style: string): boolean {
  return prepare(style).note;
}

export function render(style: string, cited: CitedItem, form: RenderForm): string {
  const { items, engine } = prepare(style);
  items.clear();
  items.set(cited.item.id, cited.item);
  try {
    engine.updateItems([cited.item.id]);
    if (form === 'bibliography') {
      const bibliography = engine.makeBibliography();
      if (bibliography === false) throw new Error('the style has no <bibliography>');
      return bibliography[1].join('').trim();
    }
    const request = { id: cited.item.id, ...(cited.locator === undefined ? {} : { locator: cited.locator, label: cited.label }) };
    if (form === 'citation') return engine.makeCitationCluster([request]).trim();
    const { opt } = engine.citation;
    const affixes = [opt.layout_prefix, opt.layout_suffix] as const;
    opt.layout_prefix = '';
    opt.layout_suffix = '';
    try {
      // position 1 is CSL "subsequent": note styles give their short note.
      return engine.makeCitationCluster([{ ...request, position: 1 }]).trim();
    } finally {
      [opt.layout_prefix, opt.layout_suffix] = affixes;
    }
  } catch (error) {
    if (error instanceof LexiconError) throw error;
    throw new LexiconError({ code: 'invalid-argument', message: `cite: the CSL style failed on "${cited.item.id}" (${error instanceof Error ? error.message : String(error)})` });
  }
}
