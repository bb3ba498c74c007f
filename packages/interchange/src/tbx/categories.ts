// The TBX-Basic data categories natolex reads and writes, and their values (TBX-Basic dialect 1.1). One table
// each way, so export and import cannot drift apart.
import type { Status, TermType } from '../model.js';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/** termNote type="termType": natolex term types are a subset of TBX-Basic's, with the same names. */
export const TERM_TYPE_VALUES: Record<TermType, string> = {
  fullForm: 'fullForm',
  acronym: 'acronym',
  abbreviation: 'abbreviation',
  shortForm: 'shortForm',
  variant: 'variant',
};

/** termNote type="administrativeStatus". */
export const STATUS_VALUES: Record<Status, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
};

const TERM_TYPE_BY_VALUE = new Map<string, TermType>(Object.entries(TERM_TYPE_VALUES).map(([type, value]) => [value, type as TermType]));
// TBX v2 files also write the status without the suffix, and under normativeAuthorization (standardizedTerm is the
// v2 name for the preferred term of a standard).
const STATUS_BY_VALUE = new Map<string, Status>([
  ...Object.entries(STATUS_VALUES).map(([status, value]) => [value, status as Status] as const),
  ['preferredTerm', 'preferred'],
  ['admittedTerm', 'admitted'],
  ['deprecatedTerm', 'deprecated'],
  ['supersededTerm', 'superseded'],
  ['standardizedTerm', 'preferred'],
]);

export function termTypeOf(value: string): TermType | undefined {
  return TERM_TYPE_BY_VALUE.get(value.trim());
}

export function statusOf(value: string): Status | undefined {
  return STATUS_BY_VALUE.get(value.trim());
}

/** The data categories of termNote whose values TBX-Basic lists (for tests and the import's report). */
export const TBX_BASIC_TERM_NOTES = ['administrativeStatus', 'grammaticalGender', 'geographicalUsage', 'partOfSpeech', 'termLocation', 'termType'] as const;
export const TBX_BASIC_DESCRIPS = ['context', 'definition', 'subjectField'] as const;
