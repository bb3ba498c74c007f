// Types of clean.mjs (plain JavaScript so that the build runs on Node without a TypeScript loader).

export interface CleaningRule {
  id: string;
  /** Short reason shown on each change of the curation log. */
  reason: string;
  where: string;
  pattern: RegExp;
  replacement: string;
  what: string;
  why: string;
  /** How many matches the rule must have in the raw seed; any other count stops the cleaner. */
  expect: number;
}

export interface Place {
  offset: number;
  line: number;
  column: number;
}

export interface CleaningChange {
  rule: string;
  raw: Place;
  cleaned: Place;
  before: string;
  after: string;
}

export const RAW_PATH: string;
export const RULES: CleaningRule[];
export function positionOf(text: string, offset: number): { line: number; column: number };
export function cleanSeed(raw: string, rules?: CleaningRule[]): { text: string; changes: CleaningChange[] };
export function readRawSeed(): string;
