// The language-service types the server translates, in one place.
export type {
  CodeActionResult,
  CompletionSuggestion,
  DisplaySeverity,
  DocumentFinding,
  GlossaryConflict,
  HoverResult,
  LspTextEdit,
  WorkspaceHost,
} from '@natolex/language-service';

/** A glossary problem as the loader reports it: 1-based line and column. */
export interface ValidationIssueLike {
  line?: number;
  column?: number;
  message: string;
}
