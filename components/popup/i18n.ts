import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/*
 * The popup's words in English and Italian. Each entry holds both, so a
 * missing translation is a type error rather than a blank in the UI.
 * `{name}` placeholders are filled by t(); "one|many" picks by the number `n`.
 */
const M = {
  tabPage: ['On this page', 'In questa pagina'],
  tabFacts: ['Facts', 'Fatti'],
  tabNotes: ['Notes', 'Note'],
  tabSettings: ['Settings', 'Impostazioni'],
  reading: ['Reading this page…', 'Lettura della pagina…'],
  cantRead: ["Backstory can't read this tab.", 'Backstory non può leggere questa scheda.'],
  noEntities: ['No actors or treaties found on this page.', 'Nessun attore o trattato in questa pagina.'],
  person: ['People', 'Persone'],
  country: ['Countries', 'Paesi'],
  place: ['Places', 'Luoghi'],
  organization: ['Organisations', 'Organizzazioni'],
  treaty: ['Treaties', 'Trattati'],
  language: ['Language', 'Lingua'],
  date: ['Date', 'Data'],
  unknown: ['unknown', 'sconosciuta'],
  correct: ['Correct…', 'Correggi…'],
  detectAuto: ['as detected', 'come rilevata'],
  save: ['Save', 'Salva'],
  cancel: ['Cancel', 'Annulla'],
  contextSavedApplied: ['Saved and applied to the page.', 'Salvato e applicato alla pagina.'],
  contextSavedLater: ['Saved: it applies the next time the page is read.', 'Salvato: vale dalla prossima lettura della pagina.'],
  highlightOnSite: ['Highlight on {site}', 'Evidenzia su {site}'],
  mentions: ['{n} mention|{n} mentions', '{n} menzione|{n} menzioni'],
  showOnPage: ['Show {name} on the page', 'Mostra {name} nella pagina'],
  searchFacts: ['Search people, countries, treaties… in any language', 'Cerca persone, paesi, trattati… in ogni lingua'],
  allTypes: ['All types', 'Tutti i tipi'],
  type: ['Type', 'Tipo'],
  entitiesFound: ['{n} found', '{n} trovati'],
  seenIn: ['seen in {n} article|seen in {n} articles', 'visto in {n} articolo|visto in {n} articoli'],
  neverSeen: ['not seen in an article yet', 'non ancora visto in un articolo'],
  lastSeen: ['Last seen', 'Visto l’ultima volta'],
  asOf: ['as of {date}', 'aggiornato al {date}'],
  noFacts: ['No facts cached for this entity.', 'Nessun fatto per questa voce.'],
  showMore: ['Show more ({n} left)', 'Mostra altri ({n} rimasti)'],
  readerEntity: ['added by you', 'aggiunto da te'],
  searchNotes: ['Search notes', 'Cerca nelle note'],
  newNote: ['New note', 'Nuova nota'],
  writeNote: ['Write a note…', 'Scrivi una nota…'],
  about: ['About', 'Riguarda'],
  thisPage: ['(this page)', '(questa pagina)'],
  noEntity: ['(no entity)', '(nessuna voce)'],
  tags: ['Tags (comma separated)', 'Etichette (separate da virgole)'],
  addNote: ['Add note', 'Aggiungi nota'],
  noNotes: ['No notes yet.', 'Ancora nessuna nota.'],
  noMatch: ['No note matches.', 'Nessuna nota corrisponde.'],
  notesCount: ['{n} note|{n} notes', '{n} nota|{n} note'],
  allEntities: ['All entities', 'Tutte le voci'],
  allSites: ['All sites', 'Tutti i siti'],
  allTags: ['All tags', 'Tutte le etichette'],
  filterEntity: ['Filter by entity', 'Filtra per voce'],
  filterSite: ['Filter by site', 'Filtra per sito'],
  filterTag: ['Filter by tag', 'Filtra per etichetta'],
  edit: ['Edit', 'Modifica'],
  editNote: ['Edit note', 'Modifica nota'],
  delete: ['Delete', 'Elimina'],
  openPage: ['Open page', 'Apri pagina'],
  orphaned: ['Quote no longer found on its page', 'Citazione non più trovata nella pagina'],
  orphanedOnly: ['Orphaned only', 'Solo orfane'],
  deleted: ['Note deleted.', 'Nota eliminata.'],
  undo: ['Undo', 'Annulla eliminazione'],
  restored: ['Note restored.', 'Nota ripristinata.'],
  conflict: ['This note was changed elsewhere meanwhile. Its current text is shown above yours; save again to replace it.', 'Questa nota è stata modificata altrove nel frattempo. Il testo attuale è sopra il tuo; salva di nuovo per sostituirlo.'],
  quota: ['The browser has no room left for Backstory’s data: nothing was saved. Free some space or export and clear old notes.', 'Il browser non ha più spazio per i dati di Backstory: non è stato salvato nulla. Libera spazio o esporta e cancella note vecchie.'],
  saveFailed: ['Could not save the note. Nothing was changed.', 'Impossibile salvare la nota. Nulla è cambiato.'],
  readFailed: ['Could not read your notes.', 'Impossibile leggere le note.'],
  fromSelection: ['From your selection', 'Dalla tua selezione'],
  general: ['General', 'Generale'],
  enabled: ['Highlight names on news pages', 'Evidenzia i nomi nelle pagine di notizie'],
  disabledSites: ['Switched off on', 'Disattivato su'],
  noDisabledSites: ['No site switched off.', 'Nessun sito disattivato.'],
  enableSite: ['Switch on again for {site}', 'Riattiva per {site}'],
  typesToHighlight: ['Highlight these', 'Evidenzia questi'],
  style: ['Highlight style', 'Stile di evidenziazione'],
  underline: ['Underline', 'Sottolineato'],
  background: ['Background', 'Sfondo'],
  trigger: ['Open the card on', 'Apri la scheda con'],
  click: ['Click', 'Clic'],
  hover: ['Hover', 'Passaggio del mouse'],
  hoverDelay: ['Hover delay (ms)', 'Ritardo al passaggio (ms)'],
  uiLanguage: ['Interface language', 'Lingua dell’interfaccia'],
  browserLanguage: ['Browser’s language', 'Lingua del browser'],
  online: ['Online lookups', 'Ricerche online'],
  onlineNote: ['Not available yet: Backstory works only from its bundled knowledge pack and sends nothing anywhere.', 'Non ancora disponibile: Backstory usa solo il pacchetto di conoscenze incluso e non invia nulla.'],
  data: ['Your data', 'I tuoi dati'],
  exportAll: ['Export everything (JSON)', 'Esporta tutto (JSON)'],
  exportAnno: ['Notes as Web Annotations', 'Note come Web Annotation'],
  exportMd: ['Notes as Markdown', 'Note in Markdown'],
  importFile: ['Import a Backstory export', 'Importa un’esportazione di Backstory'],
  importDone: ['Imported: {added} added, {updated} updated, {unchanged} unchanged.', 'Importato: {added} aggiunti, {updated} aggiornati, {unchanged} invariati.'],
  importAnyway: ['Import the {n} valid records anyway', 'Importa comunque i {n} record validi'],
  importTooBig: ['The file is too large (over 20 MB): nothing was imported.', 'Il file è troppo grande (oltre 20 MB): non è stato importato nulla.'],
  storageUsed: ['Storage used: {used} of {quota}', 'Spazio usato: {used} su {quota}'],
  persisted: ['Storage is persistent: the browser won’t clear it to make room.', 'Archiviazione persistente: il browser non la cancellerà per fare spazio.'],
  notPersisted: ['Storage is not persistent: the browser may clear it when space runs low.', 'Archiviazione non persistente: il browser potrebbe cancellarla se manca spazio.'],
  persist: ['Make storage persistent', 'Rendi persistente'],
  persistRefused: ['The browser declined; it may grant it once you use Backstory more or bookmark it.', 'Il browser ha rifiutato; potrebbe concederlo con l’uso.'],
  cache: ['Cache', 'Cache'],
  cacheInfo: ['{entities} entities cached ({user} added by you), {visits} pages seen', '{entities} voci in cache ({user} aggiunte da te), {visits} pagine viste'],
  clearCache: ['Clear cache', 'Svuota la cache'],
  clearCacheConfirm: ['Clear visits and cached facts? Notes and your own names are kept.', 'Cancellare visite e fatti in cache? Note e nomi tuoi restano.'],
  confirm: ['Yes, clear', 'Sì, svuota'],
  cacheCleared: ['Cache cleared; the knowledge pack was loaded again.', 'Cache svuotata; il pacchetto di conoscenze è stato ricaricato.'],
  outcome_added: ['added', 'aggiunto'],
  outcome_updated: ['updated', 'aggiornato'],
  outcome_unchanged: ['unchanged', 'invariato'],
  outcome_rejected: ['rejected', 'rifiutato'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof M;
export type UiLang = 'en' | 'it';

export function pickLang(setting: 'auto' | 'en' | 'it', browserLang: string): UiLang {
  if (setting !== 'auto') return setting;
  return browserLang.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function translate(lang: UiLang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const forms = M[key][lang === 'it' ? 1 : 0].split('|');
  const s = (params.n === 1 ? forms[0] : forms.at(-1)) ?? '';
  return s.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;
export const LangContext = createContext<UiLang>('en');
export function useT(): T {
  const lang = useContext(LangContext);
  return (key, params) => translate(lang, key, params);
}
export function useLang(): UiLang {
  return useContext(LangContext);
}
