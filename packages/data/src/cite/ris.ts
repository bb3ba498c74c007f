// RIS export of a source page (what EndNote, Zotero and Mendeley import): one tag per line, "TY  - " to "ER  - ".
// Values are single lines; an institutional author is written without a comma, which importers read as one name.
import type { Citable } from './citable.js';

function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function risDate(parts: readonly number[] | undefined): string | undefined {
  const [year, month, day] = parts ?? [];
  if (year === undefined) return undefined;
  const pad = (part: number | undefined) => (part === undefined ? '' : String(part).padStart(2, '0'));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

const RIS_TYPES: Record<string, string> = { webpage: 'ELEC', 'entry-encyclopedia': 'ENCYC', document: 'GEN', report: 'RPRT', article: 'JOUR', book: 'BOOK' };

export function risRecord({ key, source }: Citable): string {
  const lines: [string, string][] = [['TY', RIS_TYPES[source.type] ?? 'GEN'], ['ID', key]];
  for (const name of source.author ?? []) {
    const written = name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
    if (written) lines.push(['AU', written]);
  }
  lines.push(['TI', source.title]);
  if (source['container-title']) lines.push(['T2', source['container-title']]);
  if (source.publisher) lines.push(['PB', source.publisher]);
  const issued = source.issued?.['date-parts'][0];
  if (issued?.[0] !== undefined) {
    lines.push(['PY', String(issued[0])]);
    lines.push(['DA', risDate(issued)!]);
  }
  if (source.URL) lines.push(['UR', source.URL]);
  const accessed = risDate(source.accessed?.['date-parts'][0]);
  if (accessed !== undefined) lines.push(['Y2', accessed]);
  return [...lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\n');
}
