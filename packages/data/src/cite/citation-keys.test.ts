import { describe, expect, test } from 'vitest';
import { baseCitationKey, citationKeys, slug } from './citation-keys.mjs';

describe('citation keys', () => {
  test('an institutional author gives its initials, the page its id', () => {
    expect(baseCitationKey({ id: 'source.un', author: [{ literal: 'North Atlantic Treaty Organization' }] })).toBe('nato-un');
    expect(baseCitationKey({ id: 'source.x.y', author: [{ literal: 'Organisation for Security and Co-operation in Europe' }] })).toBe('osce-x-y');
  });

  test('a person gives the family name; a one-word or missing author', () => {
    expect(baseCitationKey({ id: 'source.report', author: [{ family: 'Ødegård', given: 'Åse' }] })).toBe('degard-report');
    expect(baseCitationKey({ id: 'source.report', author: [{ family: 'Müller' }] })).toBe('muller-report');
    expect(baseCitationKey({ id: 'source.page', author: [{ literal: 'UNHCR' }] })).toBe('unhcr-page');
    expect(baseCitationKey({ id: 'source.page' })).toBe('page');
  });

  test('keys are unique in order', () => {
    const author = [{ literal: 'North Atlantic Treaty Organization' }];
    const keys = citationKeys([{ id: 'source.un', author }, { id: 'source-un', author }, { id: 'source.un.', author }]);
    expect([...keys.values()]).toEqual(['nato-un', 'nato-source-un', 'nato-un-2']);
  });

  test('slugs are lower-case ASCII', () => {
    expect(slug(' Crème brûlée & Co. ')).toBe('creme-brulee-co');
  });
});
