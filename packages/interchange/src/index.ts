// @natolex/interchange: natolex lexicons in and out of the formats terminologists use. TBX (TBX-Basic) import and
// export, CSV import and export, SKOS (Turtle) export, and the diff of two lexicons with the semver bump it needs.
// Every function takes schema 1 or schema 2 documents (schema 1 is upgraded first) and returns schema 2.
export { exportTbx, type TbxExport, type TbxExportOptions } from './tbx/export.js';
export { importTbx, importTbxStream, MAX_DEPTH, TbxReader, type TbxImport, type TbxImportOptions } from './tbx/import.js';
export { STATUS_VALUES, TBX_NAMESPACE, TERM_TYPE_VALUES, statusOf, termTypeOf } from './tbx/categories.js';
export { formatReport, ImportError, isImportError, type ReportEntry } from './report.js';
export type { Omission } from './omitted.js';
export { toConceptLexicon } from './upgrade.js';
export { importCsv, type CsvImport, type CsvImportOptions } from './csv/import.js';
export { exportCsv, type CsvExport } from './csv/export.js';
export { CSV_COLUMNS, type CsvColumn } from './csv/columns.js';
export { csvCell, readCsv, unguardCell, type CsvField, type CsvRow } from './csv/rfc4180.js';
export { DEFAULT_SKOS_BASE, exportSkos, turtleIri, turtleString, type SkosExport, type SkosExportOptions } from './skos/export.js';
export { bumpCovers, diffLexicons, requiredBump, type Bump, type Change, type ChangeAction, type ChangeKind, type LexiconDiff } from './diff/diff.js';
export { formatDiffMarkdown, formatDiffText } from './diff/format.js';
