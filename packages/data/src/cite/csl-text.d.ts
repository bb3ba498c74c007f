// .csl files are bundled as their text (tsup loader "text"; the vitest config does the same).
declare module '*.csl' {
  const text: string;
  export default text;
}
