// The little of markdown-it (and its footnote plugin) the tests use; neither ships types.
declare module 'markdown-it' {
  interface MarkdownIt {
    use(plugin: unknown): MarkdownIt;
    render(source: string): string;
  }
  const MarkdownIt: new (options?: Record<string, unknown>) => MarkdownIt;
  export default MarkdownIt;
}
declare module 'markdown-it-footnote' {
  const plugin: unknown;
  export default plugin;
}
