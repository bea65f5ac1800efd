/**
 * The card's words, in the reader's UI language (English or Italian, as the
 * popup). The Italian table is typed by the English one, so a missing
 * translation is a type error. Facts themselves (office names, sources) are
 * shown as the pack states them.
 */
import type { EntityType } from '../pack/schema';

// English names that read with "the" after "of": "President of the United States", "Secretary General of the United Nations".
const THE =
  /^(United|Democratic|Central African|Dominican|Czech|Solomon|Marshall|Netherlands|Philippines|Bahamas|Comoros|Maldives|Gambia|Soviet|Holy See|Vatican|European|African Union|Arab League)|\b(Republic|Kingdom|Islands|Emirates|States|Union|Federation|Organi[sz]ation|Council|Commission|Court|Bank|Fund|Parliament|Agency|Assembly|League)\b/;

/** "the " when an English name needs it after "of", else "". Acronyms ("NATO") never do. */
function theFor(labelEn: string): string {
  return /^[A-Z0-9]{2,}$/.test(labelEn) ? '' : THE.test(labelEn) ? 'the ' : '';
}


const EN = {
  types: { person: 'Person', country: 'Country', place: 'Place', organization: 'Organisation', treaty: 'Treaty' } satisfies Record<EntityType, string>,
  props: {
    office: 'Offices', country: 'Country', party: 'Party', memberOf: 'Member of', capital: 'Capital',
    headOfState: 'Head of state', headOfGovernment: 'Head of government', foreignMinister: 'Foreign minister',
    population: 'Population', governmentType: 'Government', observerOf: 'Observer at', partyTo: 'Party to',
    head: 'Head', founded: 'Founded', headquarters: 'Headquarters', permanentMember: 'Permanent members',
    member: 'Members', observer: 'Observers', signed: 'Signed', inForce: 'In force', ended: 'Ended', status: 'Status',
    parties: 'Parties', signatory: 'Signatories', depositary: 'Depositary', capitalOf: 'Capital of',
    seatOfGovernmentOf: 'Seat of government of',
  },
  /** Relation wording for facts of another entity that point at the card's entity. */
  inverse: {
    party: 'party to', signatory: 'signatory of', member: 'member of', permanentMember: 'permanent member of',
    observer: 'observer at', memberOf: 'member', observerOf: 'observer', partyTo: 'party',
    headOfState: 'head of state of', headOfGovernment: 'head of government of', foreignMinister: 'foreign minister of',
    head: 'head of', office: 'office held by', capital: 'capital of', capitalOf: 'capital', seatOfGovernmentOf: 'seat of government',
  } as Record<string, string>,
  /** Relation wording for the card's own facts. */
  forward: {
    party: 'party', signatory: 'signatory', member: 'member', permanentMember: 'permanent member', observer: 'observer',
    memberOf: 'member of', observerOf: 'observer at', partyTo: 'party to', headOfState: 'head of state',
    headOfGovernment: 'head of government', foreignMinister: 'foreign minister', head: 'head', office: 'office in',
    capital: 'capital', capitalOf: 'capital of', seatOfGovernmentOf: 'seat of government of',
  } as Record<string, string>,
  /** An office title and the country (or body) it is held in, as one label. */
  officeIn: (q: string, where: string) => `${q} of ${theFor(where)}${where}`,
  /** An office title before a link to the country it is held in. */
  officeOf: (q: string, where: string) => `${q} of${theFor(where) ? ' the' : ''}`,
  of: (p: string) => `${p} of`,
  formerly: (w: string) => `formerly ${w}`,
  since: (d: string) => `since ${d}`,
  until: (d: string) => `until ${d}`,
  heldThen: (what: string, date: string, ended: string, office: boolean) => `${what} on ${date}; ${office ? 'left office' : 'ended'} ${ended}`,
  startedAfter: (what: string, from: string) => `${what} since ${from} (after the article)`,
  happenedAfter: (what: string, at: string) => `${what}: ${at} (after the article)`,
  close: 'Close',
  loading: 'Loading…',
  facts: 'Facts',
  asOfArticle: (d: string) => `As of ${d} (article date)`,
  sinceArticle: 'Since the article',
  onThisPage: 'On this page',
  sources: 'Sources',
  asOf: (d: string) => `as of ${d}`,
  yourNotes: 'Your notes',
  addNote: 'Add a note',
  addNotePlaceholder: 'Add a note…',
  saveNote: 'Save note',
  corrections: 'Corrections',
  wrongHighlight: 'Wrong highlight?',
  remember: 'Remember',
  onThisSite: 'on this site',
  onAllSites: 'on all sites',
  notEntity: (term: string, title: string) => `“${term}” is not ${title}`,
  ignoreTerm: (term: string) => `Don’t highlight “${term}”`,
  andMore: (n: number) => `and ${n} more`,
  noLongerOnDate: "no longer on the article's date",
  noFacts: 'No facts are stored for this entity.',
  loadFailed: 'Backstory could not load this card. Try again.',
};

export type CardStrings = typeof EN;

const IT: CardStrings = {
  types: { person: 'Persona', country: 'Paese', place: 'Luogo', organization: 'Organizzazione', treaty: 'Trattato' },
  props: {
    office: 'Cariche', country: 'Paese', party: 'Partito', memberOf: 'Membro di', capital: 'Capitale',
    headOfState: 'Capo di Stato', headOfGovernment: 'Capo del governo', foreignMinister: 'Ministro degli Esteri',
    population: 'Popolazione', governmentType: 'Forma di governo', observerOf: 'Osservatore presso', partyTo: 'Parte di',
    head: 'Al vertice', founded: 'Fondazione', headquarters: 'Sede', permanentMember: 'Membri permanenti',
    member: 'Membri', observer: 'Osservatori', signed: 'Firmato', inForce: 'In vigore', ended: 'Cessato', status: 'Stato',
    parties: 'Parti', signatory: 'Firmatari', depositary: 'Depositario', capitalOf: 'Capitale di',
    seatOfGovernmentOf: 'Sede del governo di',
  },
  inverse: {
    party: 'parte di', signatory: 'firmatario di', member: 'membro di', permanentMember: 'membro permanente di',
    observer: 'osservatore presso', memberOf: 'membro', observerOf: 'osservatore', partyTo: 'parte',
    headOfState: 'capo di Stato di', headOfGovernment: 'capo del governo di', foreignMinister: 'ministro degli Esteri di',
    head: 'al vertice di', office: 'carica ricoperta da', capital: 'capitale di', capitalOf: 'capitale', seatOfGovernmentOf: 'sede del governo',
  },
  forward: {
    party: 'parte', signatory: 'firmatario', member: 'membro', permanentMember: 'membro permanente', observer: 'osservatore',
    memberOf: 'membro di', observerOf: 'osservatore presso', partyTo: 'parte di', headOfState: 'capo di Stato',
    headOfGovernment: 'capo del governo', foreignMinister: 'ministro degli Esteri', head: 'al vertice', office: 'carica in',
    capital: 'capitale', capitalOf: 'capitale di', seatOfGovernmentOf: 'sede del governo di',
  },
  officeIn: (q, where) => `${q} (${where})`,
  officeOf: (q) => `${q} –`,
  of: (p) => `${p} di`,
  formerly: (w) => `già ${w}`,
  since: (d) => `dal ${d}`,
  until: (d) => `fino al ${d}`,
  heldThen: (what, date, ended, office) => `${what} al ${date}; ${office ? 'ha lasciato la carica il' : 'cessato il'} ${ended}`,
  startedAfter: (what, from) => `${what} dal ${from} (dopo l’articolo)`,
  happenedAfter: (what, at) => `${what}: ${at} (dopo l’articolo)`,
  close: 'Chiudi',
  loading: 'Caricamento…',
  facts: 'Fatti',
  asOfArticle: (d) => `Al ${d} (data dell’articolo)`,
  sinceArticle: 'Dopo l’articolo',
  onThisPage: 'In questa pagina',
  sources: 'Fonti',
  asOf: (d) => `aggiornato al ${d}`,
  yourNotes: 'Le tue note',
  addNote: 'Aggiungi una nota',
  addNotePlaceholder: 'Aggiungi una nota…',
  saveNote: 'Salva nota',
  corrections: 'Correzioni',
  wrongHighlight: 'Evidenziazione sbagliata?',
  remember: 'Ricorda',
  onThisSite: 'su questo sito',
  onAllSites: 'su tutti i siti',
  notEntity: (term, title) => `«${term}» non è ${title}`,
  ignoreTerm: (term) => `Non evidenziare «${term}»`,
  andMore: (n) => `e altri ${n}`,
  noLongerOnDate: 'non più alla data dell’articolo',
  noFacts: 'Nessun fatto memorizzato per questa voce.',
  loadFailed: 'Backstory non è riuscito a caricare la scheda. Riprova.',
};

export function cardStrings(uiLang: string): CardStrings {
  return uiLang.toLowerCase().startsWith('it') ? IT : EN;
}
