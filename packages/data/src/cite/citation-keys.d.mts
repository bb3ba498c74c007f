// Types of citation-keys.mjs (plain JavaScript, shared with the data lint rules).
import type { Source } from '@natolex/schema';

export function slug(text: string): string;
export function baseCitationKey(source: Pick<Source, 'id' | 'author'>): string;
export function citationKeys(sources: Iterable<Pick<Source, 'id' | 'author'>>): Map<string, string>;
