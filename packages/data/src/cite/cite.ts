// Citations of sources and passages. Styles go through a CSL processor (processor.ts): the built-in Chicago, APA
// and Harvard styles (styles/*.csl) or the text of any CSL 1.0.2 style. Exports (CSL-JSON, BibTeX, RIS) and the
// Pandoc citation are written here. A passage cites its page with the section (or lead paragraph) as the locator,
// so a bibliography lists each page once. Plain text; nothing is made up: no date gives "n.d.", no URL none.
import type { CiteOptions } from '../api.js';
import { LexiconError } from '../errors.js';
import { bibtexEntry } from './bibtex.js';
import { cslItem, resolveCitable, type Citable, type CitationContext } from './citable.js';
import { isNoteStyle, render } from './processor.js';
import { risRecord } from './ris.js';
import { BUILT_IN_STYLES, isBuiltInStyle } from './styles.js';

export type { CitationContext };
export { escapeBibtex } from './bibtex.js';

export const EXPORT_FORMATS = ['csl-json', 'bibtex', 'ris', 'pandoc'] as const;
export const CITATION_FORMS = ['citation', 'inline', 'bibliography'] as const;

/** Pandoc's citation syntax: the locator in braces so that Pandoc reads a heading as the locator, not a suffix. */
function pandocCitation({ key, locator }: Citable): string {
  if (locator === undefined) return `[@${key}]`;
  const value = locator.value.replace(/[[\]{}@;]/g, '').replace(/\s+/g, ' ').trim();
  return `[@${key}, ${locator.label === 'section' ? 'sec.' : 'para.'} {${value}}]`;
}

function styleText(style: unknown): string {
  if (style === undefined) return BUILT_IN_STYLES['chicago-note'];
  if (isBuiltInStyle(style)) return BUILT_IN_STYLES[style];
  if (typeof style === 'string' && /^\uFEFF?\s*</u.test(style)) return style;
  const names = [...Object.keys(BUILT_IN_STYLES), ...EXPORT_FORMATS].join(', ');
  throw new LexiconError({ code: 'invalid-argument', message: `cite: unknown style "${String(style)}"; use one of ${names}, or the text of a CSL style` });
}

export function formatCitation(context: CitationContext, id: string, options: CiteOptions = {}): string {
  const { style, form } = options;
  if (form !== undefined && !(CITATION_FORMS as readonly string[]).includes(form)) {
    throw new LexiconError({ code: 'invalid-argument', message: `cite: unknown form "${String(form)}"; use one of ${CITATION_FORMS.join(', ')}` });
  }
  const csl = (EXPORT_FORMATS as readonly unknown[]).includes(style) ? undefined : styleText(style);
  const citable = resolveCitable(context, id);
  switch (style) {
    case 'csl-json':
      return JSON.stringify(cslItem(citable), null, 2);
    case 'bibtex':
      return bibtexEntry(citable);
    case 'ris':
      return risRecord(citable);
    case 'pandoc':
      return pandocCitation(citable);
  }
  const text = csl!;
  // Without a form: what one pastes as is, a note for note styles and a reference-list entry for author-date styles.
  const chosen = form ?? (isNoteStyle(text) ? 'citation' : 'bibliography');
  const locator = chosen === 'bibliography' ? undefined : citable.locator;
  return render(text, { item: cslItem(citable), label: locator?.label, locator: locator?.value }, chosen);
}
