// Types of scripts/check-data-bump.mjs, for its tests.
export type Bump = 'none' | 'patch' | 'minor' | 'major';
export const ROOT: string;
export const RELEASED: string;
export const CURRENT: string;
export function interchange(): Promise<unknown>;
export function changesetBump(dir: string, name?: string): Bump;
export function versionBump(from: string | undefined, to: string | undefined): Bump;
export function decide(
  api: unknown,
  input: { released: unknown; current: unknown; pendingBump: Bump; version: string },
): { diff: unknown; needed: Bump; declared: Bump; ok: boolean };
