// TBX import, streamed: TBX v3 (<tbx>, ISO 30042:2019, DCA or DCT style) and TBX v2 (<martif>, ISO 30042:2008),
// namespaced or not, read with a streaming XML parser in one pass (memory is the document being built, time is
// linear in the input). What the schema has no place for is listed in the report with its path and line:col.
// Hostile input: no DTD is read, so no entity is ever declared, fetched or expanded (only the five XML entities and
// character references exist: a billion-laughs file or an external entity fails at its first reference); element
// nesting is bounded.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Lexicon, Relation, SubjectField } from '@natolex/schema';
import { RELATION_TYPES, SUBJECT_FIELDS } from '../model.js';
import { ImportError, Report, type ReportEntry } from '../report.js';
import { assembleLexicon, collapseSpace, type DraftConcept, type DraftProvenance, type DraftSource, type DraftTerm, type DraftText } from '../import/assemble.js';
import { statusOf, termTypeOf } from './categories.js';

/** Deeper than any TBX file needs (about 12 levels); a deeper file is refused. */
export const MAX_DEPTH = 64;

export interface TbxImportOptions {
  /** Name of the glossary when the file's header has no title (e.g. the file name). */
  fallbackName?: string;
}

export interface TbxImport {
  document: Lexicon;
  report: ReportEntry[];
}

const TBX_NAMESPACES = new Set(['', 'urn:iso:std:iso:30042:ed-2', 'urn:iso:std:iso:30042:ed-1']);
/** TBX v2 element names and their v3 equivalents. */
const V2_NAMES: Record<string, string> = { martif: 'tbx', martifHeader: 'tbxHeader', termEntry: 'conceptEntry', langSet: 'langSec', tig: 'termSec', ntig: 'termSec' };
/** Elements read as their text content (inline markup inside is flattened and reported). */
const TEXT_ELEMENTS = new Set(['term', 'termNote', 'descrip', 'note', 'admin', 'ref', 'xref', 'item', 'title', 'p', 'adminNote', 'descripNote', 'transacNote', 'date', 'transac']);
/** Structure that carries nothing itself. */
const CONTAINERS = new Set(['text', 'body', 'termGrp', 'termNoteGrp', 'tbxHeader', 'fileDesc', 'titleStmt', 'back', 'refObjectSec', 'refObject', 'itemSet', 'itemGrp']);
const SUBJECT_FIELD_SET = new Set<string>(SUBJECT_FIELDS);
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);
const SOURCE_ITEMS = new Set(['title', 'type', 'URL', 'container-title', 'publisher', 'note']);

/** One open element. Its path (for the report) is built only when something is reported or drafted there. */
class Frame {
  /** Inside an element that is reported as a whole: nothing below it is read or reported again. */
  skipped = false;
  text?: string[];
  private builtPath?: string;

  constructor(
    readonly name: string,
    private readonly label: string,
    private readonly parent: Frame | undefined,
    readonly line: number,
    readonly column: number,
    private readonly attributes: Record<string, { value: string; uri?: string }>,
    readonly lang: string | undefined,
    /** In another namespace than TBX's (a DCT-style data category). */
    readonly foreign: boolean,
  ) {}

  /** An attribute without a namespace prefix (type, id, target). */
  attribute(name: string): string | undefined {
    return this.attributes[name]?.value;
  }

  /** The element's path: names from the root, with the type attribute of data categories. */
  get path(): string {
    if (this.builtPath === undefined) {
      const type = this.attribute('type');
      const typed = type !== undefined && this.parent !== undefined && !CONTAINERS.has(this.name) ? `[@type="${type}"]` : '';
      this.builtPath = `${this.parent ? `${this.parent.path}/` : ''}${this.label}${typed}`;
    }
    return this.builtPath;
  }
}

interface DescripGroup {
  text?: DraftText;
  subjectField?: boolean;
  provenance: DraftProvenance[];
}

/**
 * A streaming TBX reader: write() chunks of text in order, then close(). Throws ImportError (with line:col) on a
 * file that is not well-formed, not TBX, or hostile.
 */
export class TbxReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly report = new Report();
  private readonly stack: Frame[] = [];
  private readonly concepts: DraftConcept[] = [];
  private readonly sources: DraftSource[] = [];
  private concept?: DraftConcept;
  private langSec?: string;
  private term?: DraftTerm;
  private descripGrp?: DescripGroup;
  private adminGrp?: DraftProvenance;
  private source?: DraftSource;
  private name?: string;
  private language?: string;
  private sawRoot = false;
  private pendingStart?: { line: number; column: number };

  constructor(private readonly options: TbxImportOptions = {}) {
    const parser = this.parser;
    parser.on('error', (error) => {
      throw new ImportError(readableError(error.message), parser.line, Math.max(parser.column, 1));
    });
    parser.on('opentagstart', (tag) => {
      // The parser is one character past the name: the element starts at its "<".
      this.pendingStart = { line: parser.line, column: Math.max(parser.column - tag.name.length - 1, 1) };
    });
    parser.on('opentag', (tag) => this.openElement(tag as SaxesTagNS));
    parser.on('closetag', () => this.closeElement());
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  close(): TbxImport {
    this.parser.close();
    if (!this.sawRoot) throw new ImportError('not a TBX file: no root element', 1, 1);
    const document = assembleLexicon({
      ...(this.name ? { name: this.name } : {}),
      fallbackName: this.options.fallbackName ?? 'Imported termbase',
      ...(this.language ? { language: this.language } : {}),
      concepts: this.concepts,
      sources: this.sources,
      report: this.report,
    });
    return { document, report: this.report.list() };
  }

  private openElement(tag: SaxesTagNS): void {
    const start = this.pendingStart ?? { line: this.parser.line, column: this.parser.column };
    const parent = this.stack.at(-1);
    if (this.stack.length >= MAX_DEPTH) throw new ImportError(`elements nested deeper than ${MAX_DEPTH} levels`, start.line, start.column);
    const lang = tag.attributes['xml:lang']?.value;
    const foreign = !TBX_NAMESPACES.has(tag.uri ?? '');
    const name = foreign ? tag.local : (V2_NAMES[tag.local] ?? tag.local);
    const frame = new Frame(name, foreign ? tag.name : tag.local, parent, start.line, start.column, tag.attributes, lang ?? parent?.lang, foreign);
    const type = frame.attribute('type');
    this.stack.push(frame);
    if (!parent) return this.openRoot(frame, tag, foreign);
    if (parent.skipped) {
      frame.skipped = true;
      return;
    }
    if (parent.text) {
      // Inline markup inside a text element (hi, foreign, ph, ...): its text counts, the markup is reported.
      frame.text = parent.text;
      this.report.add(frame.path, 'inline markup read as plain text', start.line, start.column);
      return;
    }
    if (foreign) return this.openForeign(frame);
    switch (name) {
      case 'conceptEntry':
        if (this.concept) return this.skip(frame, 'a concept entry inside another: left out');
        this.concept = { line: frame.line, column: frame.column, path: frame.path, terms: [], texts: [], relations: [], notes: [], ...idOf(frame) };
        return;
      case 'langSec':
        if (!this.concept) return this.skip(frame, 'no place outside a concept entry');
        if (lang === undefined) this.report.add(frame.path, "no xml:lang: read in the file's language", frame.line, frame.column);
        this.langSec = frame.lang;
        return;
      case 'termSec':
        if (!this.concept || this.term) return this.skip(frame, 'no place outside a concept entry');
        this.term = { line: frame.line, column: frame.column, path: frame.path, text: '', notes: [], provenance: [], ...(frame.lang ? { language: frame.lang } : {}), ...idOf(frame) };
        return;
      case 'descripGrp':
        if (!this.concept) return this.skip(frame, 'no place outside a concept entry');
        this.descripGrp = { provenance: [] };
        return;
      case 'adminGrp':
        this.adminGrp = {};
        return;
      case 'refObjectSec':
        if (type !== 'source') return this.skip(frame, `reference objects of type '${type ?? ''}': no place in the schema`);
        return;
      case 'refObject':
        this.source = frame.attribute('id') === undefined ? {} : { ref: frame.attribute('id'), id: frame.attribute('id') };
        return;
      default:
        if (TEXT_ELEMENTS.has(name)) frame.text = [];
        else if (!CONTAINERS.has(name)) this.skip(frame, 'no place in the schema: left out with its content');
    }
  }

  private openRoot(frame: Frame, tag: SaxesTagNS, foreign: boolean): void {
    this.sawRoot = true;
    if (foreign || frame.name !== 'tbx') {
      throw new ImportError(`not a TBX file: the root element is <${tag.name}>${tag.uri ? ` in namespace ${tag.uri}` : ''}, not <tbx> or <martif>`, frame.line, frame.column);
    }
    if (frame.lang !== undefined) this.language = frame.lang;
  }

  /** DCT style: a data category as an element of the dialect's namespace, e.g. <basic:termType>. */
  private openForeign(frame: Frame): void {
    if (['termType', 'administrativeStatus', 'definition', 'context', 'subjectField', 'source'].includes(frame.name)) frame.text = [];
    else this.skip(frame, 'no place in the schema: left out with its content');
  }

  private skip(frame: Frame, reason: string): void {
    frame.skipped = true;
    this.report.add(frame.path, reason, frame.line, frame.column);
  }

  private text(text: string): void {
    const frame = this.stack.at(-1);
    if (frame?.text) frame.text.push(text);
    else if (frame && !frame.skipped && text.trim() !== '') this.report.add(frame.path, 'text outside any data category: left out', this.parser.line, this.parser.column);
  }

  private closeElement(): void {
    const frame = this.stack.pop();
    if (!frame || frame.skipped) return;
    const parent = this.stack.at(-1);
    if (frame.text && parent?.text === frame.text) return; // inline markup: its text is already the parent's
    if (frame.text) return this.closeText(frame, frame.text.join(''));
    switch (frame.name) {
      case 'conceptEntry':
        if (this.concept) this.concepts.push(this.concept);
        this.concept = undefined;
        return;
      case 'langSec':
        this.langSec = undefined;
        return;
      case 'termSec':
        if (this.term && this.concept) this.concept.terms.push(this.term);
        this.term = undefined;
        return;
      case 'descripGrp':
        return this.closeDescripGroup(frame);
      case 'adminGrp': {
        const provenance = this.adminGrp;
        this.adminGrp = undefined;
        if (provenance) this.attachProvenance(frame, provenance);
        return;
      }
      case 'refObject':
        if (this.source) this.sources.push(this.source);
        this.source = undefined;
        return;
    }
  }

  private closeDescripGroup(frame: Frame): void {
    const group = this.descripGrp;
    this.descripGrp = undefined;
    if (!group?.text) {
      if (group && group.provenance.length > 0 && group.subjectField) this.report.add(frame.path, 'source of a subject field: no place in the schema', frame.line, frame.column);
      return;
    }
    group.text.provenance.push(...group.provenance);
    this.concept?.texts.push(group.text);
  }

  /** A source record (admin type="source" or its group) goes to the description, else the term, around it. */
  private attachProvenance(frame: Frame, provenance: DraftProvenance): void {
    if (this.descripGrp) this.descripGrp.provenance.push(provenance);
    else if (this.term) this.term.provenance.push(provenance);
    else this.report.add(frame.path, 'a source of a concept entry or language section: no place in the schema (sources belong to terms, definitions and contexts)', frame.line, frame.column);
  }

  private closeText(frame: Frame, raw: string): void {
    const value = collapseSpace(raw);
    const type = frame.attribute('type') ?? '';
    // A data category: DCA style names it by the type attribute of termNote/descrip/admin, DCT style by the element
    // (in the dialect's namespace). Other elements are matched by their name, in angle brackets.
    const category = frame.foreign ? frame.name : ['termNote', 'descrip', 'admin'].includes(frame.name) ? type : `<${frame.name}>`;
    const where = this.stack.at(-1)?.name;
    const unmapped = (reason = 'no place in the schema: left out') => this.report.add(frame.path, reason, frame.line, frame.column);
    switch (category) {
      case '<term>':
        if (this.term && (where === 'termSec' || where === 'termGrp')) this.term.text = raw;
        else unmapped();
        return;
      case 'termType':
      case 'administrativeStatus':
      case 'normativeAuthorization':
        return this.termNote(frame, category, value);
      case 'definition':
      case 'context':
        return this.description(frame, category, raw);
      case 'subjectField':
        if (!this.concept) return unmapped();
        if (this.descripGrp) this.descripGrp.subjectField = true;
        if (SUBJECT_FIELD_SET.has(value)) this.concept.subjectField = value as SubjectField;
        else unmapped(`subject field '${value}' is not a natolex subject field (${SUBJECT_FIELDS.join(', ')}): read as 'concept'`);
        return;
      case 'source':
        return this.sourceAdmin(frame, value);
      case '<note>':
        return this.note(frame, raw);
      case '<ref>':
        return this.crossReference(frame, value);
      case '<xref>':
        if (this.adminGrp && /^https?:\/\//.test(frame.attribute('target') ?? '')) this.adminGrp.url = frame.attribute('target');
        else unmapped('external cross-reference: no place in the schema (only a source URL is kept)');
        return;
      case '<item>':
        if (this.source && SOURCE_ITEMS.has(type)) (this.source as Record<string, string>)[type] = value;
        else unmapped();
        return;
      case '<title>':
        if (where === 'titleStmt' && !this.name && value) this.name = value;
        else unmapped();
        return;
      default:
        unmapped();
    }
  }

  private termNote(frame: Frame, category: string, value: string): void {
    if (!this.term) return this.report.add(frame.path, 'a term note outside a term section: left out', frame.line, frame.column);
    if (category === 'termType') {
      const type = termTypeOf(value);
      if (type) this.term.type = type;
      else this.report.add(frame.path, `termType '${value}' has no natolex equivalent (fullForm, acronym, abbreviation, shortForm, variant): read as variant`, frame.line, frame.column);
      this.term.type ??= 'variant';
      return;
    }
    const status = statusOf(value);
    if (status) this.term.status = status;
    else {
      this.report.add(frame.path, `${category} '${value}' is not a TBX-Basic status (preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts): read as admitted`, frame.line, frame.column);
      this.term.status ??= 'admitted';
    }
  }

  private description(frame: Frame, kind: 'definition' | 'context', raw: string): void {
    if (!this.concept) return this.report.add(frame.path, 'no place outside a concept entry', frame.line, frame.column);
    const language = frame.lang ?? this.term?.language ?? this.langSec;
    const text: DraftText = { kind, text: raw, path: frame.path, line: frame.line, column: frame.column, provenance: [], ...(language ? { language } : {}) };
    if (this.descripGrp && !this.descripGrp.text) this.descripGrp.text = text;
    else this.concept.texts.push(text);
  }

  private sourceAdmin(frame: Frame, value: string): void {
    const target = frame.attribute('target');
    const provenance: DraftProvenance = { ...(value ? { sourceText: value } : {}), ...(target ? { sourceRef: target } : {}) };
    if (this.adminGrp) Object.assign(this.adminGrp, provenance);
    else this.attachProvenance(frame, provenance);
  }

  private note(frame: Frame, raw: string): void {
    const where = this.stack.at(-1)?.name;
    if (where === 'adminGrp' && this.adminGrp) this.adminGrp.quote = collapseSpace(raw);
    else if (this.term && !this.descripGrp) this.term.notes.push(raw);
    else if (this.concept && !this.descripGrp) this.concept.notes.push(raw);
    else this.report.add(frame.path, this.concept ? 'a note on a definition or context: no place in the schema' : 'no place in the schema: left out', frame.line, frame.column);
  }

  private crossReference(frame: Frame, value: string): void {
    const target = frame.attribute('target');
    if (!this.concept || this.descripGrp || !target) {
      this.report.add(frame.path, target ? 'a cross-reference inside a definition or outside a concept: no place in the schema' : 'a cross-reference without a target: left out', frame.line, frame.column);
      return;
    }
    const type = (RELATION_TYPE_SET.has(value) ? value : 'related') as Relation['type'];
    this.concept.relations.push({ type, target, path: frame.path, line: frame.line, column: frame.column });
  }
}

function idOf(frame: Frame): { id?: string } {
  const id = frame.attribute('id');
  return id === undefined ? {} : { id };
}

/** The parser's message without its own position prefix, in words a user of natolex understands. */
function readableError(message: string): string {
  const text = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
  if (text.startsWith('undefined entity')) return 'undefined entity (natolex reads no DTD: only &amp; &lt; &gt; &quot; &apos; and character references are allowed)';
  return text;
}

/** The whole text of a TBX file. */
export function importTbx(text: string, options: TbxImportOptions = {}): TbxImport {
  const reader = new TbxReader(options);
  reader.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  return reader.close();
}

/** A TBX file as a stream of chunks (e.g. fs.createReadStream(file, 'utf8')), read as it arrives. */
export async function importTbxStream(chunks: AsyncIterable<string | Uint8Array>, options: TbxImportOptions = {}): Promise<TbxImport> {
  const reader = new TbxReader(options);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  for await (const chunk of chunks) reader.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  reader.write(decoder.decode());
  return reader.close();
}
