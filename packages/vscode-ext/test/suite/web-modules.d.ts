// Modules only the web-worker suite bundle has (see tsup.config.ts).
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}

declare module 'natolex:suite-files' {
  /** require()s every *.test.ts of test/suite, registering their suites with the Mocha set up before. */
  export default function loadTestFiles(): void;
}
