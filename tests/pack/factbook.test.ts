import { describe, expect, it } from 'vitest';
import { parseHolder } from '../../scripts/pack/sources/factbook.ts';

// The Factbook writes holders as "<title> <given names> <SURNAME> (since <date>)".
describe('Factbook office holders', () => {
  it.each([
    ['President Vladimir Vladimirovich PUTIN (since 7 May 2012)', 'President', 'Vladimir Vladimirovich Putin', '2012-05-07'],
    ['GNU Interim Prime Minister Abd-al-Hamid DUBAYBAH (since 15 March 2021)', 'GNU Interim Prime Minister', 'Abd-al-Hamid Dubaybah', '2021-03-15'],
    // Title words that are not office nouns still belong to the title.
    ['Secretary of State for Foreign and Political Affairs Luca BECCARI (since 8 January 2020)', 'Secretary of State for Foreign and Political Affairs', 'Luca Beccari', '2020-01-08'],
    ['President of the Swiss Confederation Guy PARMELIN (since 1 January 2026)', 'President of the Swiss Confederation', 'Guy Parmelin', '2026-01-01'],
  ])('%s', (text, title, name, since) => {
    expect(parseHolder(text)).toMatchObject({ title, name, since });
  });

  it('gives up on text without a clear holder', () => {
    expect(parseHolder('the monarchy is hereditary')).toBeUndefined();
  });
});
