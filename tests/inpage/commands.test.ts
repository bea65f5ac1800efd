import { describe, expect, it } from 'vitest';
import { commandRequest } from '../../utils/content/commands';
import { ContentRequest, GetCardRequest } from '../../utils/messaging/protocol';

describe('keyboard commands', () => {
  it('map to content requests the content router accepts', () => {
    const accepted = Object.fromEntries(
      ['toggle-highlights', 'next-entity', 'previous-entity'].map((cmd) => [cmd, ContentRequest.safeParse(commandRequest(cmd)).success]),
    );
    expect(accepted).toEqual({ 'toggle-highlights': true, 'next-entity': true, 'previous-entity': true });
    expect(commandRequest('next-entity')).toEqual({ type: 'navigateEntity', dir: 'next' });
    expect(commandRequest('unknown')).toBeNull();
    expect(ContentRequest.safeParse({ type: 'navigateEntity', dir: 'sideways' }).success).toBe(false);
  });

  it('card requests may carry the page\'s entities, within a bound', () => {
    const base = { type: 'getCard', id: 'Q1', date: '2024-06', uiLang: 'en' };
    expect(GetCardRequest.safeParse({ ...base, pageIds: ['Q2', 'Q3'] }).success).toBe(true);
    expect(GetCardRequest.safeParse({ ...base, pageIds: Array.from({ length: 2001 }, (_, i) => `Q${i}`) }).success).toBe(false);
  });
});
