// Modules only the suite bundles have (see tsup.config.ts).
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}

declare module 'natolex:suite-files' {
  /** require()s every *.test.ts of test/suite, registering their suites with the Mocha set up before. */
  export default function loadTestFiles(): void;
}

declare module 'natolex:cross-adapter' {
  /** test/cross-adapter/drafts: file name → text. */
  export const drafts: Record<string, string>;
  /** test/cross-adapter/expected.json: per draft, [rule, 0-based range, message] of every finding, sorted. */
  export const expected: Record<string, Array<{ rule: string; range: [number, number, number, number]; message: string }>>;
}
