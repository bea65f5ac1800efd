import { describe, expect, it } from 'vitest';
import { germanCaseForms } from '../../utils/recognition/german.ts';
import { normaliseKey, normaliseText } from '../../utils/recognition/normalise.ts';
import { ids, pairs, run } from './helpers.ts';

// Written for these tests, modelled on the kind of article the product targets.
const PARAGRAPH =
  'Vladimir Putin è atterrato a Pyongyang per firmare un patto di mutua difesa tra la Russia e la Corea del Nord di Kim Jong-un. ' +
  'A Mosca si parla di svolta; la Corea del Sud e il Giappone protestano, mentre gli Stati Uniti chiedono spiegazioni. ' +
  "Anche dall'Unione Europea arrivano critiche: i due Paesi, dice Bruxelles, violano le sanzioni. Kim ringrazia Putin.";

describe('normalisation', () => {
  it('folds case, diacritics, apostrophes, dashes, spaces and invisible characters', () => {
    expect(normaliseKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(normaliseKey('Kim Jong‑un')).toBe('kim jong un');
    expect(normaliseKey('Kim\u00a0Jong\u2013un')).toBe('kim jong un');
    expect(normaliseKey('Pu\u00adtin\u200b')).toBe('putin');
    expect(normaliseKey('Straße')).toBe('strasse');
    expect(normaliseKey('ÉTATS-UNIS')).toBe('etats unis');
    expect(normaliseKey('Москва')).toBe('москва');
  });

  it('keeps a map back to original offsets', () => {
    const text = 'a  Pu\u00adtin’s';
    const n = normaliseText(text);
    const folded = String.fromCharCode(...n.codes.subarray(0, n.length));
    expect(folded).toBe("a putin's");
    const s = folded.indexOf('putin');
    expect(text.slice(n.start[s]!, n.end[s + 4]!)).toBe('Pu\u00adtin');
  });

  it('matches across soft hyphens, NBSP and typographic apostrophes with exact offsets', () => {
    const text = 'Oggi Vladimir\u00a0Pu\u00adtin parla.';
    const [m] = run(text);
    expect(m?.id).toBe('P-putin');
    expect(text.slice(m!.start, m!.end)).toBe('Vladimir\u00a0Pu\u00adtin');
    expect(m!.surface).toBe('Vladimir\u00a0Pu\u00adtin');
  });
});

describe('matching', () => {
  it("finds the seed's kind of entities in an Italian paragraph", () => {
    const found = new Set(ids(run(PARAGRAPH)));
    for (const id of ['P-putin', 'PL-pyongyang', 'T-ru-kp', 'C-ru', 'C-kp', 'P-kju', 'PL-moscow', 'C-kr', 'C-jp', 'C-us', 'O-eu'])
      expect([...found].filter((x) => x === id)).toEqual([id]);
    expect(found).not.toContain('C-nl');
    expect(found).not.toContain('T-us-kr');
  });

  it('returns sorted, non-overlapping mentions whose offsets match their surface', () => {
    const ms = run([PARAGRAPH, 'Putin e Kim Jong-un.']);
    for (let i = 1; i < ms.length; i++) {
      const a = ms[i - 1]!, b = ms[i]!;
      expect(a.block < b.block || (a.block === b.block && a.end <= b.start)).toBe(true);
    }
    for (const m of ms) expect([PARAGRAPH, 'Putin e Kim Jong-un.'][m.block]!.slice(m.start, m.end)).toBe(m.surface);
  });

  it('strips elided articles and prepositions', () => {
    expect(pairs(run("Le critiche dell'Unione Europea."))).toEqual(['Unione Europea=O-eu']);
    expect(pairs(run('Le critiche dell’Unione Europea e l’ONU.'))).toEqual(['Unione Europea=O-eu', 'ONU=O-un']);
    expect(pairs(run("La position de l'Union européenne.", 'fr'))).toEqual(['Union européenne=O-eu']);
  });

  it('matches German names in their other case forms', () => {
    expect(germanCaseForms('Vereinigte Arabische Emirate')).toContain('Vereinigten Arabischen Emirate');
    expect(germanCaseForms('Internationaler Währungsfonds')).toContain('Internationale Währungsfonds');
    expect(germanCaseForms('Liga der Arabischen Staaten')).toContain('Liga der Arabische Staaten');
    expect(germanCaseForms('Nordkorea')).toEqual([]);
    expect(pairs(run('Russland droht der Europäischen Union.', 'de', '2024-06'))).toContain('Europäischen Union=O-eu');
  });

  it('handles possessives and genitives', () => {
    expect(pairs(run("Putin's visit to North Korea.", 'en'))).toEqual(["Putin=P-putin", 'North Korea=C-kp']);
    expect(pairs(run('Putins Besuch und Russlands Rolle.', 'de'))).toEqual(['Putins=P-putin', 'Russlands=C-ru']);
  });

  it('lets the longest match win', () => {
    expect(pairs(run('Seul, capitale della Corea del Sud.'))).toEqual(['Corea del Sud=C-kr']);
    expect(pairs(run('I Paesi Bassi e i due Paesi.'))).toEqual(['Paesi Bassi=C-nl']);
  });

  it('respects word boundaries', () => {
    expect(run('Putinismo e russiante, EUropa, UNESCO.')).toEqual([]);
  });

  it('does not read acronyms into ordinary words', () => {
    expect(run('Un accordo tra un paese e una nazione.', 'it')).toEqual([]);
    expect(pairs(run('The UN and the EU met in the US.', 'en'))).toEqual(['UN=O-un', 'EU=O-eu', 'US=C-us']);
    expect(run('Let us go.', 'en')).toEqual([]);
  });

  it('handles ALL-CAPS headlines', () => {
    expect(ids(run('PUTIN INCONTRA KIM JONG-UN A PYONGYANG'))).toEqual(['P-putin', 'P-kju', 'PL-pyongyang']);
  });
});

describe('weak aliases', () => {
  it('never links a lowercase common word', () => {
    expect(run('Una mosca si posa sul tavolo della Russia.').map((m) => m.id)).toEqual(['C-ru']);
  });

  it('links a capitalised weak alias supported by context', () => {
    expect(ids(run('Il Cremlino e la Russia: secondo Mosca il patto regge.'))).toEqual(['C-ru', 'PL-moscow']);
    expect(ids(run('La Russia tace. Mosca però risponde.'))).toEqual(['C-ru', 'PL-moscow']);
  });

  it('takes a capital named on the page as support for its country, but not a capital inside a longer name', () => {
    expect(ids(run('Georgia passed the law. Tbilisi celebrated in the streets.', 'en'))).toEqual(['C-ge', 'PL-tbilisi']);
    expect(ids(run('Georgia passed the law, said a manager of Tbilisi Airport.', 'en'))).toEqual([]);
  });

  it('does not link a weak alias without context', () => {
    expect(run('Secondo Mosca il tempo è bello.')).toEqual([]);
    expect(run('Mosca vola.')).toEqual([]);
  });

  it("takes a name from one other language only when the page names the entity in its own", () => {
    // "Made in Germany" on a German page: the slogan is English, the country not in the story.
    expect(ids(run('Ad Amsterdam piace il marchio Netherlands, dicono.', 'it'))).not.toContain('C-nl');
    expect(ids(run('Ad Amsterdam si parla dei Paesi Bassi e della Netherlands Bank.', 'it'))).toContain('C-nl');
  });

  it('does not link a weak alias in another language than the page', () => {
    expect(run('She moved to Georgia, next to Tbilisi.', 'en').map((m) => m.id)).toEqual(['C-ge', 'PL-tbilisi']);
    expect(run('Il Russia e Mosca.', 'en').map((m) => m.id)).toEqual(['C-ru']);
  });

  it('does not link a weak alias inside a longer proper name', () => {
    // ...and Tbilisi is where they met, on a page that never names Georgia: the city, not its government.
    expect(run('In Tbilisi, Georgia Tech alumni met.', 'en').map((m) => m.id)).toEqual([]);
  });

  it('does not take a city for the place when it names an agreement', () => {
    // The pack holds no agreement under these names: the city is not what the sentence speaks of.
    expect(ids(run('Russia broke the Moscow accord and the Amsterdam climate treaty.', 'en', '2024-06'))).toEqual(['C-ru']);
    expect(ids(run("La Russia ha violato gli accordi di Mosca.", 'it', '2024-06'))).toEqual(['C-ru']);
    // A city named for itself still is one (on a page about its country: see the locative rule in resolve.ts).
    expect(ids(run('Russia and the Netherlands sent envoys to Moscow talks in Amsterdam.', 'en', '2024-06'))).toEqual(['C-ru', 'C-nl', 'PL-moscow', 'PL-amsterdam']);
    expect(ids(run('Russia met the Netherlands in Moscow and the agreement was signed in Amsterdam the treaty says.', 'en', '2024-06'))).toEqual(['C-ru', 'C-nl', 'PL-moscow', 'PL-amsterdam']);
  });
});

describe('surnames', () => {
  it('links a surname when the full name appears in the document', () => {
    expect(ids(run(['Kim Jong-un ha parlato.', 'Poi Kim ha lasciato la sala.']))).toEqual(['P-kju', 'P-kju']);
  });

  it('never links an ambiguous surname alone', () => {
    expect(run('Kim ha vinto la gara di nuoto.')).toEqual([]);
  });

  it('links a surname alone when a name for the same country vouches for it and the person held office then', () => {
    const text = "L'ONU e l'UE osservano. La Casa Bianca tace, con Biden al G7.";
    expect(pairs(run(text, 'it', '2024-06'))).toEqual(expect.arrayContaining(['Casa Bianca=PL-white-house', 'Biden=P-biden']));
    expect(ids(run(text, 'it', '2026-01'))).not.toContain('P-biden');
    expect(ids(run("L'ONU e l'UE osservano, con Biden al G7.", 'it', '2024-06'))).not.toContain('P-biden');
  });

  it('uses the article date to pick the office holder among homonyms', () => {
    expect(ids(run('La Corea del Nord minaccia. Kim ha parlato.', 'it', '2024-06'))).toEqual(['C-kp', 'P-kju']);
    expect(ids(run('La Corea del Nord minaccia. Kim ha parlato.', 'it', '2005-03'))).toEqual(['C-kp', 'P-kji']);
  });

  it('leaves a shared surname alone when the page gives it to someone else', () => {
    // A byline and a passer-by are other people named Kim; the minister is a third.
    const text = ['Reporting by Stella Kim in Seoul, with Jennifer Jett.', 'La Corea del Nord minaccia. Il ministro Kim Yong-hyun si è dimesso.', 'Kim ha parlato a lungo.'];
    expect(ids(run(text, 'it', '2024-12'))).toEqual(['C-kp']);
    // With the leader's full name on the page, a lone "Kim" is his again; "Stella Kim" still is not.
    expect(ids(run([...text, 'Kim Jong-un tace.'], 'it', '2024-12'))).toEqual(['C-kp', 'P-kju', 'P-kju']);
    // A title or a possessive before the surname is no given name.
    expect(ids(run('North Korea fires missiles. Chairman Kim watched; Pyongyang’s Kim smiled.', 'en', '2024-12'))).toEqual(['C-kp', 'P-kju', 'PL-pyongyang', 'P-kju']);
  });

  it('does not take a month for a surname', () => {
    expect(ids(run('Britain left in May 2019 after Theresa May resigned.', 'en', '2019-06'))).toEqual(['C-uk', 'P-may']);
    expect(ids(run('Theresa May spoke. Later, May said no.', 'en', '2019-06'))).toEqual(['P-may', 'P-may']);
  });
});

describe('generic treaty descriptions', () => {
  it('resolves by the parties named in the same sentence and the date', () => {
    const ms = run('Putin firma un patto di mutua difesa tra la Russia e il regime di Kim Jong-un.', 'it', '2024-06');
    expect(pairs(ms)).toContain('patto di mutua difesa=T-ru-kp');
  });

  it('picks the treaty whose parties are named', () => {
    const ms = run('Il patto di mutua difesa tra gli Stati Uniti e la Corea del Sud compie settant’anni.', 'it', '2023-10');
    expect(pairs(ms)).toContain('patto di mutua difesa=T-us-kr');
  });

  it('refuses a treaty signed after the article date, and one that had ended before it', () => {
    const text = 'Un patto di mutua difesa tra la Russia e la Corea del Nord?';
    expect(ids(run(text, 'it', '2020-01'))).toEqual(['C-ru', 'C-kp']);
    expect(ids(run(text, 'it', '1990-05'))).toContain('T-su-kp-1961');
    // Without the end date the two pacts would tie, and a tie is never highlighted.
    expect(ids(run(text, 'it', '2024-06'))).toContain('T-ru-kp');
  });

  it('leaves unresolved generic phrases unhighlighted', () => {
    expect(run('Serve un patto di mutua difesa, dicono gli esperti.', 'it', '2024-06')).toEqual([]);
  });

  it('takes a treaty named with a lowercase head noun, anchored by its proper name', () => {
    expect(pairs(run("L'Italia resta fedele all'accordo di Parigi, ha detto il governo.", 'it', '2024-06'))).toContain('accordo di Parigi=T-paris');
    expect(ids(run("L'accordo di parigi è un'espressione senza nome proprio.", 'it', '2024-06'))).not.toContain('T-paris');
  });

  it("resolves by topic words when parties don't help (l'accord de Paris about climate)", () => {
    expect(pairs(run("Les pays ont réaffirmé l'accord de Paris sur les émissions et le climat.", 'fr', '2019-05'))).toContain('accord de Paris=T-paris');
    expect(ids(run("L'accord de Paris sur le Vietnam fut signé en 1973.", 'fr', '2019-05'))).not.toContain('T-paris');
  });
});
