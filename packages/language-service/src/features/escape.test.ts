import { describe, expect, it } from 'vitest';
import { commandUri, escapeMarkdown } from './escape.js';

describe('escapeMarkdown', () => {
  it('keeps letters, digits and spaces as they are', () => {
    expect(escapeMarkdown('NATO Ukraine Commission 1997')).toBe('NATO Ukraine Commission 1997');
  });

  it('neutralises links, command links, HTML and code spans', () => {
    const hostile = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> `code` **bold**';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/(^|[^\\])\[/);
    expect(escaped).not.toMatch(/(^|[^\\])</);
    expect(escaped).not.toMatch(/(^|[^\\])`/);
    expect(escaped).toContain('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)');
  });

  it('breaks autolinks and folds line breaks so data cannot start a new block', () => {
    expect(escapeMarkdown('see https://example.org')).toBe('see https\\:\\/\\/example\\.org');
    expect(escapeMarkdown('one\n# two\r\n```')).toBe('one \\# two \\`\\`\\`');
  });

  it('drops control characters', () => {
    expect(escapeMarkdown('a\u0000b\u001bc')).toBe('abc');
  });
});

describe('commandUri', () => {
  it('encodes the arguments so no data can close the link', () => {
    const uri = commandUri('natolex.openPassage', ['snippet.un.p1) [evil](command:x']);
    expect(uri.startsWith('command:natolex.openPassage?')).toBe(true);
    expect(uri).not.toMatch(/[()[\]\s]/);
    expect(JSON.parse(decodeURIComponent(uri.split('?')[1]!))).toEqual(['snippet.un.p1) [evil](command:x']);
  });
});

describe('escapeMarkdown on whitespace runs', () => {
  it('keeps a run without a line break and folds a run with one, whatever its length', () => {
    expect(escapeMarkdown(`a${' '.repeat(5)}b`)).toBe(`a${' '.repeat(5)}b`);
    expect(escapeMarkdown(`a \t\n\t b\u2029c`)).toBe('a b c');
  });
});
