// @natolex/language-service: what natolex knows about a draft, for every adapter (the CLI, the language server,
// the VS Code extension). Documents and bytes in; offsets, ranges, messages and edits out. No editor API and no
// Node-only import here: this module runs in web workers too. File access goes through WorkspaceHost.

// The rule registry and running it
export { RULES, RULE_IDS, DEFAULT_SEVERITIES, SEVERITIES, MESSAGES, isRuleId, ruleById, type RuleId, type RuleSeverities } from './rules/index.js';
export { defineRule, type Fix, type ReportedSeverity, type Rule, type RuleContext, type RuleFinding, type Severity } from './rules/types.js';
export { isConcept, isIgnored, retirementOf, type Retirement, type RetiredStatus } from './rules/deprecated.js';
export { checkDocument, checkText, type CheckOptions, type DocumentCheckOptions, type DocumentFinding, type Finding } from './check.js';
export { MAX_PROSE_DOCUMENTS, ProseDocuments, editBetween, type PreparedProse } from './markdown/documents.js';
export { proseState, updateProse, updateProseMatches, type ProseState, type ProseUpdate } from './markdown/incremental.js';
export { proseModel, type ProseModel } from './markdown/prose.js';
export { proseMatches } from './markdown/matches.js';
export { checkTextInPauses, checkTextInSteps, type CancellationLike, type StepCheckOptions } from './check-steps.js';

// Messages
export { english, message, translateMessage, type Message, type Translate } from './messages.js';

// Text
export { LineIndex, type LspPosition, type LspRange, type Position } from './text/line-index.js';
export { applyEdits, type TextEdit } from './text/apply-edits.js';

// Glossaries
export {
  checkGlossaries,
  parseGlossary,
  type GlossaryCheck,
  type GlossaryCheckOptions,
  type GlossaryConflict,
  type GlossaryInput,
  type GlossaryReport,
  type LoadedGlossary,
} from './glossary/load.js';
export { RECORD_ARRAYS, conceptDocument, recordIds, validateGlossaryDocument, withoutBrokenRecords } from './glossary/keep.js';
export { migrateHint, schemaOneGlossaries, shellWord } from './glossary/schema-one.js';

// Configuration (natolex.config.json) and text shown in messages
export { CONFIG_FILE, ConfigError, MAX_CONFIG_SIZE, hasNatolexKey, parseConfig, readWorkspaceConfig, type ConfigFile, type WorkspaceConfig } from './workspace/config.js';
export { ECHO_LIMIT, echo, printable, printableLines } from './text/printable.js';
export { DEFAULT_WELL_KNOWN } from './rules/well-known.js';

// Workspace policy and the host interface
export type { Disposable, FileStat, WorkspaceHost } from './workspace/host.js';
export {
  BINARY_SNIFF_LENGTH,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_DRAFT_EXTENSIONS,
  DEFAULT_LIMITS,
  DRAFT_EXTENSIONS,
  DRAFT_LANGUAGES,
  checkabilityOf,
  chunkRanges,
  draftKindOf,
  extensionOf,
  isMarkdownDocument,
  looksBinary,
  looksBinaryBytes,
  type Checkability,
  type DraftKind,
  type TextDocument,
  type WorkspaceLimits,
} from './workspace/policy.js';
export {
  GLOSSARY_GLOB,
  MAX_GLOSSARIES_PER_FOLDER,
  glossaryUrisFor,
  isGlossaryUri,
  labelFor,
  loadFolderGlossaries,
  resolveInFolder,
  type FolderGlossaries,
  type FolderGlossaryOptions,
} from './workspace/glossaries.js';

// Editor features: plain results (offsets, LSP ranges, Markdown strings, edits) every editor adapter translates
export { folderFor, stateOf, type ServiceState } from './features/state.js';
export { doHover, describeConceptMarkdown, type HoverOptions, type HoverResult } from './features/hover.js';
export {
  MAX_RELATED,
  conceptDescription,
  headingOf,
  replacementName,
  termSummary,
  type ConceptDescription,
  type DescribeOptions,
  type DescribedTerm,
  type LanguageTerms,
  type RelatedConcepts,
} from './features/concept.js';
export { languageFromLocale, languageTag, languagesInOrder, sameLanguage } from './features/language.js';
export { lineAt, type DocumentLine, type LineOffsets } from './features/document-line.js';
export { doComplete, MAX_PASSAGE_SUGGESTIONS, MAX_SUGGESTIONS, PASSAGE_TRIGGER, type CompletionCommand, type CompletionList, type CompletionSuggestion } from './features/completions.js';
export { ACTION_MESSAGES, codeActions, fixAllEdits, type CodeActionContext, type CodeActionKind, type CodeActionResult } from './features/code-actions.js';
export { defineBeforeQuoteEdits, type DefineBeforeQuoteOptions } from './features/define-before-quote.js';
export {
  CITATION_FORMATS,
  CITATION_STYLES,
  INSERT_CITED_PASSAGE_COMMAND,
  citationKeyOf,
  formatCitedInsertion,
  isCitationFormat,
  isCitationStyleName,
  parseInsertCitedPassageArguments,
  type CitationFormat,
  type CitationStyle,
  type CitationStyleName,
  type CitedInsertion,
  type CitedInsertionOptions,
  type InsertCitedPassageArguments,
} from './features/citation.js';
export {
  DEFAULT_EDITOR_SETTINGS,
  DIAGNOSTICS_DEBOUNCE_MS,
  DISPLAY_SEVERITIES,
  checkOptionsOf,
  readEditorSettings,
  ruleSeveritiesOf,
  settingsOfConfig,
  type DisplaySeverity,
  type EditorSettings,
} from './features/settings.js';
export { toLspEdits, type LspTextEdit } from './features/lsp-edits.js';
export { commandUri, escapeMarkdown } from './features/escape.js';
export {
  categoryLabel,
  conceptName,
  conceptTitle,
  definedForm,
  displayLanguage,
  entrySource,
  isShortForm,
  isSnippet,
  isTopic,
  lexiconLanguage,
  passagePlace,
  recordTitle,
  relationLabel,
  sourceQuotes,
  termLanguage,
  termStatusLabel,
  termTypeLabel,
  type EntrySource,
  type PassagePlace,
} from './features/describe.js';
export { WINDOW_RADIUS, matchAround, matchesIn, windowAround, type TextWindow } from './features/locate.js';
