// The thin half's copies of what the language service defines (it must not import the language service to read them).
import { GLOSSARY_GLOB } from '@natolex/language-service';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_FILES, GLOSSARY_SELECTOR } from './contributions.js';

describe('contributions', () => {
  it('finds glossaries as the language service does', () => {
    expect(GLOSSARY_FILES).toBe(GLOSSARY_GLOB);
    expect(GLOSSARY_SELECTOR).toContainEqual({ pattern: GLOSSARY_GLOB });
  });
});
