// Citations for sources and snippets, from the CSL-JSON source records. Plain text (no Markdown or HTML markup), so
// a citation can go into any draft. Nothing is made up: no date means "n.d.", no URL means none is printed. A snippet
// is cited as its source with the title narrowed to "Topic › Section".
import type { CitationStyle, Snippet, Source, Topic } from '../api.js';
import { LexiconError } from '../errors.js';

type CslName = NonNullable<Source['author']>[number];
type CslDate = NonNullable<Source['issued']>;

export interface CitationContext {
  byId: ReadonlyMap<string, unknown>;
  topics: readonly Topic[];
}

/** What a citation is about: the source record, plus the snippet's place in it. */
interface Citable {
  id: string;
  source: Source;
  /** "Topic › Section" for snippets, the source title for sources. */
  title: string;
  section?: string;
}

const STYLES: readonly CitationStyle[] = ['chicago-note', 'apa', 'harvard', 'csl-json', 'bibtex'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function isSnippet(value: unknown): value is Snippet {
  return typeof value === 'object' && value !== null && 'role' in value && 'section' in value && 'text' in value;
}

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && 'type' in value && 'title' in value && !('role' in value);
}

function resolve(context: CitationContext, id: string): Citable {
  const record = typeof id === 'string' ? context.byId.get(id) : undefined;
  if (isSource(record)) return { id, source: record, title: record.title };
  if (isSnippet(record)) {
    const topic = context.topics.find((candidate) => candidate.id === record.topic);
    const source = topic === undefined ? undefined : context.byId.get(topic.source);
    if (topic !== undefined && isSource(source)) {
      const section = topic.sections.find((candidate) => candidate.id === record.section);
      const sectionTitle = section === undefined || section.title === topic.title ? undefined : section.title;
      return { id, source, title: sectionTitle === undefined ? topic.title : `${topic.title} › ${sectionTitle}`, section: sectionTitle };
    }
    throw new LexiconError({ code: 'unknown-id', message: `cite: snippet "${id}" has no source record to cite (topic "${record.topic}")` });
  }
  const what = record === undefined ? 'no record has this id' : 'only snippets and sources can be cited';
  throw new LexiconError({ code: 'unknown-id', message: `cite: cannot cite "${String(id)}": ${what}` });
}

function nameInOrder(name: CslName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
}

function initials(given: string): string {
  return given
    .split(/[\s.]+/u)
    .filter(Boolean)
    .map((part) => `${String.fromCodePoint(part.codePointAt(0)!)}.`)
    .join(' ');
}

function nameInverted(name: CslName): string {
  if (name.literal !== undefined) return name.literal;
  return name.given ? `${name.family}, ${initials(name.given)}` : (name.family ?? '');
}

function joinNames(names: string[], conjunction: string): string {
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]} ${conjunction} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${conjunction} ${names[names.length - 1]}`;
}

function dateParts(date: CslDate | undefined): { year?: number; month?: number; day?: number } {
  const [year, month, day] = date?.['date-parts'][0] ?? [];
  return { year, month, day };
}

function longDate(date: CslDate | undefined, order: 'month-first' | 'day-first'): string | undefined {
  const { year, month, day } = dateParts(date);
  if (year === undefined) return undefined;
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName === undefined) return String(year);
  if (day === undefined) return `${monthName} ${year}`;
  return order === 'month-first' ? `${monthName} ${day}, ${year}` : `${day} ${monthName} ${year}`;
}

function withStop(text: string): string {
  return /[.?!]$/u.test(text) ? text : `${text}.`;
}

function chicagoNote({ source, title }: Citable): string {
  const authors = (source.author ?? []).map(nameInOrder);
  const accessed = longDate(source.accessed, 'month-first');
  const rest = [
    source['container-title'],
    source.publisher,
    longDate(source.issued, 'month-first') ?? 'n.d.',
    accessed === undefined ? undefined : `accessed ${accessed}`,
    source.URL,
  ].filter(Boolean);
  return `${authors.length > 0 ? `${joinNames(authors, 'and')}, ` : ''}“${title},” ${withStop(rest.join(', '))}`;
}

function apaAuthors(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

function apa({ source, title }: Citable): string {
  const authors = (source.author ?? []).map(nameInverted);
  const { year, month, day } = dateParts(source.issued);
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  const monthDay = [monthName, monthName === undefined ? undefined : day].filter((part) => part !== undefined).join(' ');
  const date = `(${year === undefined ? 'n.d.' : monthDay === '' ? year : `${year}, ${monthDay}`}).`;
  // APA moves the title to the front when there is no author.
  const head = authors.length > 0 ? [withStop(apaAuthors(authors)), date, withStop(title)] : [withStop(title), date];
  const tail = [source['container-title'], source.publisher].filter(Boolean).map((part) => withStop(part!));
  return [...head, ...tail, ...(source.URL ? [source.URL] : [])].join(' ');
}

function harvard({ source, title }: Citable): string {
  const authors = (source.author ?? []).map(nameInverted);
  const year = dateParts(source.issued).year ?? 'n.d.';
  const head = authors.length > 0 ? [`${joinNames(authors, 'and')} (${year})`, withStop(title)] : [`${title} (${year})`];
  const tail = [source['container-title'], source.publisher].filter(Boolean).map((part) => withStop(part!));
  if (source.URL) {
    const accessed = longDate(source.accessed, 'day-first');
    tail.push(`Available at: ${source.URL}${accessed === undefined ? '' : ` (Accessed: ${accessed})`}.`);
  }
  return [...head, ...tail].join(' ');
}

/** The CSL-JSON item: the source's CSL fields under the cited id, with the section for snippets. */
export function cslItem({ id, source, section }: Citable): Record<string, unknown> {
  const item: Record<string, unknown> = { id, type: source.type, title: source.title };
  if (section !== undefined) item.section = section;
  for (const key of ['container-title', 'author', 'publisher', 'URL', 'issued', 'accessed', 'note'] as const) {
    if (source[key] !== undefined) item[key] = source[key];
  }
  return item;
}

/** Escapes the characters BibTeX treats specially: & % $ # _ { } ~ ^ \. */
export function escapeBibtex(text: string): string {
  return text.replace(/[&%$#_{}~^\\]/g, (char) => {
    switch (char) {
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      case '\\':
        return '\\textbackslash{}';
      default:
        return `\\${char}`;
    }
  });
}

function bibtex({ id, source, title }: Citable): string {
  const { year, month } = dateParts(source.issued);
  const fields: [string, string][] = [];
  const authors = (source.author ?? []).map((name) =>
    name.literal !== undefined ? `{${escapeBibtex(name.literal)}}` : escapeBibtex([name.family, name.given].filter(Boolean).join(', ')),
  );
  if (authors.length > 0) fields.push(['author', authors.join(' and ')]);
  fields.push(['title', escapeBibtex(title)]);
  if (source['container-title']) fields.push(['howpublished', escapeBibtex(source['container-title'])]);
  if (source.publisher) fields.push(['publisher', escapeBibtex(source.publisher)]);
  if (year !== undefined) fields.push(['year', String(year)]);
  else fields.push(['note', 'n.d.']);
  if (year !== undefined && month !== undefined && month >= 1 && month <= 12) fields.push(['month', String(month)]);
  // url is read verbatim by biblatex/hyperref, so escaping would corrupt it; percent-encode what could break the entry.
  if (source.URL) fields.push(['url', source.URL.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)]);
  const accessed = dateParts(source.accessed);
  if (accessed.year !== undefined) {
    fields.push(['urldate', [accessed.year, accessed.month, accessed.day].filter((part) => part !== undefined).map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-')]);
  }
  return `@misc{${id},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}`;
}

export function formatCitation(context: CitationContext, id: string, style: CitationStyle): string {
  if (!STYLES.includes(style)) {
    throw new LexiconError({ code: 'invalid-argument', message: `cite: unknown style "${String(style)}"; use one of ${STYLES.join(', ')}` });
  }
  const citable = resolve(context, id);
  switch (style) {
    case 'chicago-note':
      return chicagoNote(citable);
    case 'apa':
      return apa(citable);
    case 'harvard':
      return harvard(citable);
    case 'csl-json':
      return JSON.stringify(cslItem(citable), null, 2);
    case 'bibtex':
      return bibtex(citable);
  }
}
