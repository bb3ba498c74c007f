// The natolex.* editor settings, read from what a client sends (workspace/configuration's `natolex` section, or
// VS Code's getConfiguration('natolex')) and checked: settings come from workspace files anyone can write, so a wrong
// value falls back to its default instead of breaking a feature. Both nested ({ diagnostics: { severity } }) and
// dotted ({ 'diagnostics.severity': … }) shapes are read.
import { DEFAULT_SEVERITIES, RULE_IDS, isRuleId, type RuleId, type RuleSeverities } from '../rules/index.js';
import { DEFAULT_LIMITS } from '../workspace/policy.js';
import { CITATION_FORMATS, CITATION_STYLES, type CitationFormat, type CitationStyleName } from './citation.js';
import { languageTag } from './language.js';

/** How an editor shows a finding (the editors' four levels), or not at all. */
export type DisplaySeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const DISPLAY_SEVERITIES: readonly DisplaySeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface EditorSettings {
  /** Language ids natolex checks (natolex.enabledLanguages). */
  enabledLanguages: string[];
  /** How each rule's findings are shown (natolex.rules and natolex.diagnostics.severity, see severitiesFrom). */
  severities: Record<RuleId, DisplaySeverity>;
  citation: {
    format: CitationFormat;
    style: CitationStyleName;
    /** A workspace CSL style file, relative to the folder; '' for none. */
    styleFile: string;
    /** Ask for the format each time (editors with a picker). */
    askFormat: boolean;
  };
  /** Glossary paths relative to the folder (natolex.glossaries), besides every *.natolex.json. */
  glossaries: string[];
  maxFileSize: number;
  maxGlossarySize: number;
  /**
   * The writer's language (natolex.language, a BCP 47 tag such as "en" or "fr"): hovers and completion details show
   * it first. '' (the default, or a value that is not a tag): the editor's locale, else the lexicon's language.
   */
  language: string;
}

/** Milliseconds between the last keystroke and the check, so typing is never slowed down by it. */
export const DIAGNOSTICS_DEBOUNCE_MS = 200;

const fromRule = (severity: string): DisplaySeverity => (severity === 'info' ? 'information' : (severity as DisplaySeverity));

export const DEFAULT_EDITOR_SETTINGS: Readonly<EditorSettings> = Object.freeze<EditorSettings>({
  enabledLanguages: ['markdown', 'plaintext'],
  severities: Object.fromEntries(RULE_IDS.map((id) => [id, fromRule(DEFAULT_SEVERITIES[id])])) as Record<RuleId, DisplaySeverity>,
  citation: { format: 'footnote', style: 'chicago-note', styleFile: '', askFormat: false },
  glossaries: [],
  maxFileSize: DEFAULT_LIMITS.maxFileSize,
  maxGlossarySize: DEFAULT_LIMITS.maxGlossarySize,
  language: '',
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A setting by dotted key: `a.b` nested or written as one key. Own properties only. */
function get(raw: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(raw, key)) return raw[key];
  let value: unknown = raw;
  for (const part of key.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Strings only, blank ones dropped, at most `max` (a hostile setting could list millions). */
function stringList(value: unknown, fallback: readonly string[], max = 1000): string[] {
  return Array.isArray(value) ? value.slice(0, max).filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [...fallback];
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

const RUN_SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * How each rule is shown, from natolex.rules (a severity by rule id, the CLI config's vocabulary: error, warning,
 * info, off) and natolex.diagnostics.severity ('default' keeps each rule's own level; another level forces it on
 * every rule that is not off; 'off' turns every rule off; an object by rule id sets levels one by one).
 */
function severitiesFrom(rules: unknown, shown: unknown): Record<RuleId, DisplaySeverity> {
  const severities = { ...DEFAULT_EDITOR_SETTINGS.severities };
  if (isObject(rules)) {
    for (const [id, level] of Object.entries(rules)) if (isRuleId(id) && RUN_SEVERITIES.includes(level as string)) severities[id] = fromRule(level as string);
  }
  if (typeof shown === 'string' && (DISPLAY_SEVERITIES as readonly string[]).includes(shown)) {
    for (const id of RULE_IDS) if (shown === 'off' || severities[id] !== 'off') severities[id] = shown as DisplaySeverity;
  } else if (isObject(shown)) {
    for (const [id, level] of Object.entries(shown)) {
      if (isRuleId(id) && (DISPLAY_SEVERITIES as readonly string[]).includes(level as string)) severities[id] = level as DisplaySeverity;
    }
  }
  return severities;
}

/** The settings from a client's `natolex` section (anything: undefined, null, a wrong type all give the defaults). */
export function readEditorSettings(raw: unknown): EditorSettings {
  const section = isObject(raw) ? raw : {};
  const defaults = DEFAULT_EDITOR_SETTINGS;
  const styleFile = get(section, 'citation.styleFile');
  return {
    enabledLanguages: stringList(get(section, 'enabledLanguages'), defaults.enabledLanguages),
    severities: severitiesFrom(get(section, 'rules'), get(section, 'diagnostics.severity')),
    citation: {
      format: oneOf(get(section, 'citation.format'), CITATION_FORMATS, defaults.citation.format),
      style: oneOf(get(section, 'citation.style'), CITATION_STYLES, defaults.citation.style),
      styleFile: typeof styleFile === 'string' ? styleFile.trim() : '',
      askFormat: get(section, 'citation.askFormat') === true,
    },
    glossaries: stringList(get(section, 'glossaries'), defaults.glossaries),
    maxFileSize: positive(get(section, 'maxFileSize'), defaults.maxFileSize),
    maxGlossarySize: positive(get(section, 'maxGlossarySize'), defaults.maxGlossarySize),
    language: languageTag(get(section, 'language')) ?? defaults.language,
  };
}

/** The severities to run the rules with: shown as information or hint, a rule runs at 'info'; 'off' does not run. */
export function ruleSeveritiesOf(settings: Pick<EditorSettings, 'severities'>): RuleSeverities {
  return Object.fromEntries(
    RULE_IDS.map((id) => {
      const shown = settings.severities[id];
      return [id, shown === 'information' || shown === 'hint' ? 'info' : shown];
    }),
  ) as RuleSeverities;
}
