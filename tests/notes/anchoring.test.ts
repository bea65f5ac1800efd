import { describe, expect, it } from 'vitest';
import { anchor, approximateMatches, describeQuote } from '../../utils/notes/anchoring';

const ARTICLE =
  'Vladimir Putin arrived in Pyongyang on Tuesday for his first visit in 24 years. ' +
  'The two leaders signed a mutual defence pact. Kim Jong-un welcomed the visit. ' +
  'Analysts said the pact could change the balance in the region.';

function quoteOf(text: string, phrase: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  return describeQuote(text, at, at + phrase.length);
}

describe('anchoring a quote note', () => {
  it('uses the stored position when the quote is still there', () => {
    const sel = quoteOf(ARTICLE, 'mutual defence pact');
    expect(anchor(ARTICLE, sel)).toEqual(sel.position);
  });

  it('finds the quote again after text was inserted before it', () => {
    const sel = quoteOf(ARTICLE, 'mutual defence pact');
    const edited = 'UPDATE 2: adds reaction. ' + ARTICLE;
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.start, at.end)).toBe('mutual defence pact');
  });

  it('tells repeated phrases apart by their context', () => {
    const sel = quoteOf(ARTICLE, 'the pact', 0);
    const second = ARTICLE.indexOf('the pact');
    expect(second).toBeGreaterThan(0);
    const edited = 'Intro. ' + ARTICLE.replace('signed a mutual defence pact', 'signed the pact');
    // Two "the pact" now: the one followed by " could change" is the quote.
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.end, at.end + 13)).toBe(' could change');
  });

  it('re-anchors a quote whose words were slightly edited', () => {
    const sel = quoteOf(ARTICLE, 'for his first visit in 24 years');
    const edited = ARTICLE.replace('for his first visit in 24 years', 'for his first visit in 24 yrs');
    const at = anchor(edited, sel)!;
    expect(at).not.toBeNull();
    expect(edited.slice(at.start, at.end)).toMatch(/^for his first visit in 24 yrs?$/);
  });

  it('re-anchors after a typo fix and moved text', () => {
    const text = 'Kim Jong-un welcomed the vist warmly at the airport.';
    const sel = quoteOf(text, 'welcomed the vist warmly');
    const edited = 'Earlier: talks. Kim Jong-un welcomed the visit warmly at the airport.';
    const at = anchor(edited, sel)!;
    expect(edited.slice(at.start, at.end)).toBe('welcomed the visit warmly');
  });

  it('gives null (an orphan) when the passage is gone or rewritten', () => {
    const sel = quoteOf(ARTICLE, 'Kim Jong-un welcomed the visit');
    expect(anchor('A completely different article about the weather in Rome.', sel)).toBeNull();
    expect(anchor(ARTICLE.replace('Kim Jong-un welcomed the visit', 'The North Korean leader greeted his guest'), sel)).toBeNull();
  });

  it('does not fuzzily match very short quotes', () => {
    const sel = { quote: { exact: 'Kiev', prefix: '', suffix: '' } };
    expect(anchor('He went to Kyiv.', sel)).toBeNull();
  });

  it('re-anchors a long quote after an edit inside it', () => {
    const long = 'x'.repeat(10) + ' ' + Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + ' tail';
    const start = 11;
    const end = long.length - 5;
    const sel = describeQuote(long, start, end);
    const edited = 'NEW ' + long.replace('word30', 'w0rd30');
    const at = anchor(edited, sel)!;
    expect(at).not.toBeNull();
    expect(edited.slice(at.start, at.start + 6)).toBe('word0 ');
  });

  it('approximate matching reports the edit count', () => {
    expect(approximateMatches('the quick brown fox', 'quikc', 2)[0]).toMatchObject({ start: 4, cost: 1 }); // drop the k: "quic"
    expect(approximateMatches('the quick brown fox', 'qxxck', 1)).toEqual([]);
    expect(approximateMatches('the quick brown fox', 'quick', 0)).toEqual([{ start: 4, end: 9, cost: 0 }]);
  });
});
