// The built-in CSL styles, written for this corpus from the manuals (each file's header says which rules). They are
// real CSL 1.0.2 files: dist/styles/*.csl ships them for Pandoc, Zotero or any other CSL processor.
import apa from './styles/apa.csl';
import chicagoNote from './styles/chicago-note.csl';
import harvard from './styles/harvard.csl';

export const BUILT_IN_STYLES = { 'chicago-note': chicagoNote, apa, harvard } as const;

export type BuiltInStyleName = keyof typeof BUILT_IN_STYLES;

export function isBuiltInStyle(name: unknown): name is BuiltInStyleName {
  return typeof name === 'string' && Object.hasOwn(BUILT_IN_STYLES, name);
}
