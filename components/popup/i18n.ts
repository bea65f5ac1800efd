import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { resolveUiLang, UI_LANGS, type UiLang } from '../../utils/settings/ui-lang';

/*
 * The popup's words in English, Italian, French, German and Spanish (that
 * order). Each entry holds all five, so a missing translation is a type error
 * rather than a blank in the UI. `{name}` placeholders are filled by t();
 * "one|many" picks by the number `n`, with the language's own plural rule
 * (French says "0 note", English "0 notes").
 */
const M = {
  tabPage: ["On this page", "In questa pagina", "Sur cette page", "Auf dieser Seite", "En esta página"],
  tabFacts: ["Facts", "Fatti", "Faits", "Fakten", "Datos"],
  tabNotes: ["Notes", "Note", "Notes", "Notizen", "Notas"],
  tabSettings: ["Settings", "Impostazioni", "Paramètres", "Einstellungen", "Ajustes"],
  reading: ["Reading this page…", "Lettura della pagina…", "Lecture de la page…", "Seite wird gelesen…", "Leyendo la página…"],
  cantRead: ["Backstory can't read this tab.", "Backstory non può leggere questa scheda.", "Backstory ne peut pas lire cet onglet.", "Backstory kann diesen Tab nicht lesen.", "Backstory no puede leer esta pestaña."],
  noEntities: ["No actors or treaties found on this page.", "Nessun attore o trattato in questa pagina.", "Aucun acteur ni traité trouvé sur cette page.", "Keine Akteure oder Verträge auf dieser Seite gefunden.", "No se han encontrado actores ni tratados en esta página."],
  person: ["People", "Persone", "Personnes", "Personen", "Personas"],
  country: ["Countries", "Paesi", "Pays", "Länder", "Países"],
  place: ["Places", "Luoghi", "Lieux", "Orte", "Lugares"],
  organization: ["Organisations", "Organizzazioni", "Organisations", "Organisationen", "Organizaciones"],
  treaty: ["Treaties", "Trattati", "Traités", "Verträge", "Tratados"],
  language: ["Language", "Lingua", "Langue", "Sprache", "Idioma"],
  date: ["Date", "Data", "Date", "Datum", "Fecha"],
  unknown: ["unknown", "sconosciuta", "inconnue", "unbekannt", "sin determinar"],
  correct: ["Correct…", "Correggi…", "Corriger…", "Korrigieren…", "Corregir…"],
  detectAuto: ["as detected", "come rilevata", "telle que détectée", "wie erkannt", "tal como se detectó"],
  save: ["Save", "Salva", "Enregistrer", "Speichern", "Guardar"],
  cancel: ["Cancel", "Annulla", "Annuler", "Abbrechen", "Cancelar"],
  contextSavedApplied: ["Saved and applied to the page.", "Salvato e applicato alla pagina.", "Enregistré et appliqué à la page.", "Gespeichert und auf die Seite angewendet.", "Guardado y aplicado a la página."],
  contextSavedLater: ["Saved: it applies the next time the page is read.", "Salvato: vale dalla prossima lettura della pagina.", "Enregistré : s’appliquera à la prochaine lecture de la page.", "Gespeichert: gilt ab dem nächsten Einlesen der Seite.", "Guardado: se aplicará la próxima vez que se lea la página."],
  highlightOnSite: ["Highlight on {site}", "Evidenzia su {site}", "Surligner sur {site}", "Auf {site} hervorheben", "Resaltar en {site}"],
  mentions: ["{n} mention|{n} mentions", "{n} menzione|{n} menzioni", "{n} mention|{n} mentions", "{n} Erwähnung|{n} Erwähnungen", "{n} mención|{n} menciones"],
  showOnPage: ["Show {name} on the page", "Mostra {name} nella pagina", "Afficher {name} sur la page", "{name} auf der Seite zeigen", "Mostrar {name} en la página"],
  searchFacts: ["Search people, countries, treaties… in any language", "Cerca persone, paesi, trattati… in ogni lingua", "Rechercher personnes, pays, traités… dans toutes les langues", "Personen, Länder, Verträge… in jeder Sprache suchen", "Buscar personas, países, tratados… en cualquier idioma"],
  allTypes: ["All types", "Tutti i tipi", "Tous les types", "Alle Typen", "Todos los tipos"],
  type: ["Type", "Tipo", "Type", "Typ", "Tipo"],
  entitiesFound: ["{n} found", "{n} trovati", "Résultats : {n}", "{n} gefunden", "Resultados: {n}"],
  seenIn: ["seen in {n} article|seen in {n} articles", "visto in {n} articolo|visto in {n} articoli", "apparaît dans {n} article|apparaît dans {n} articles", "in {n} Artikel gesehen|in {n} Artikeln gesehen", "aparece en {n} artículo|aparece en {n} artículos"],
  neverSeen: ["not seen in an article yet", "non ancora visto in un articolo", "n’apparaît encore dans aucun article", "noch in keinem Artikel gesehen", "aún no aparece en ningún artículo"],
  lastSeen: ["Last seen", "Visto l’ultima volta", "Dernière apparition", "Zuletzt gesehen", "Última aparición"],
  asOf: ["as of {date}", "aggiornato al {date}", "à jour au {date}", "Stand: {date}", "a fecha de {date}"],
  noFacts: ["No facts cached for this entity.", "Nessun fatto per questa voce.", "Aucun fait en cache pour cette entrée.", "Keine Fakten zu diesem Eintrag im Cache.", "No hay datos en caché para esta entrada."],
  showMore: ["Show more ({n} left)", "Mostra altri ({n} rimasti)", "Afficher plus (encore {n})", "Mehr anzeigen (noch {n})", "Mostrar más (quedan {n})"],
  readerEntity: ["added by you", "aggiunto da te", "ajouté par vous", "von Ihnen hinzugefügt", "añadido por ti"],
  searchNotes: ["Search notes", "Cerca nelle note", "Rechercher dans les notes", "Notizen durchsuchen", "Buscar en las notas"],
  newNote: ["New note", "Nuova nota", "Nouvelle note", "Neue Notiz", "Nueva nota"],
  writeNote: ["Write a note…", "Scrivi una nota…", "Écrire une note…", "Notiz schreiben…", "Escribe una nota…"],
  about: ["About", "Riguarda", "Concerne", "Betrifft", "Sobre"],
  thisPage: ["(this page)", "(questa pagina)", "(cette page)", "(diese Seite)", "(esta página)"],
  noEntity: ["(no entity)", "(nessuna voce)", "(aucune entrée)", "(kein Eintrag)", "(ninguna entrada)"],
  tags: ["Tags (comma separated)", "Etichette (separate da virgole)", "Étiquettes (séparées par des virgules)", "Tags (durch Kommas getrennt)", "Etiquetas (separadas por comas)"],
  addNote: ["Add note", "Aggiungi nota", "Ajouter la note", "Notiz hinzufügen", "Añadir nota"],
  noNotes: ["No notes yet.", "Ancora nessuna nota.", "Aucune note pour l’instant.", "Noch keine Notizen.", "Aún no hay notas."],
  noMatch: ["No note matches.", "Nessuna nota corrisponde.", "Aucune note ne correspond.", "Keine Notiz entspricht der Suche.", "Ninguna nota coincide."],
  notesCount: ["{n} note|{n} notes", "{n} nota|{n} note", "{n} note|{n} notes", "{n} Notiz|{n} Notizen", "{n} nota|{n} notas"],
  allEntities: ["All entities", "Tutte le voci", "Toutes les entrées", "Alle Einträge", "Todas las entradas"],
  allSites: ["All sites", "Tutti i siti", "Tous les sites", "Alle Websites", "Todos los sitios"],
  allTags: ["All tags", "Tutte le etichette", "Toutes les étiquettes", "Alle Tags", "Todas las etiquetas"],
  filterEntity: ["Filter by entity", "Filtra per voce", "Filtrer par entrée", "Nach Eintrag filtern", "Filtrar por entrada"],
  filterSite: ["Filter by site", "Filtra per sito", "Filtrer par site", "Nach Website filtern", "Filtrar por sitio"],
  filterTag: ["Filter by tag", "Filtra per etichetta", "Filtrer par étiquette", "Nach Tag filtern", "Filtrar por etiqueta"],
  edit: ["Edit", "Modifica", "Modifier", "Bearbeiten", "Editar"],
  editNote: ["Edit note", "Modifica nota", "Modifier la note", "Notiz bearbeiten", "Editar nota"],
  delete: ["Delete", "Elimina", "Supprimer", "Löschen", "Eliminar"],
  openPage: ["Open page", "Apri pagina", "Ouvrir la page", "Seite öffnen", "Abrir página"],
  orphaned: ["Quote no longer found on its page", "Citazione non più trovata nella pagina", "Citation introuvable sur sa page", "Zitat auf seiner Seite nicht mehr gefunden", "La cita ya no aparece en su página"],
  orphanedOnly: ["Orphaned only", "Solo orfane", "Orphelines uniquement", "Nur verwaiste", "Solo huérfanas"],
  deleted: ["Note deleted.", "Nota eliminata.", "Note supprimée.", "Notiz gelöscht.", "Nota eliminada."],
  undo: ["Undo", "Annulla eliminazione", "Annuler", "Rückgängig", "Deshacer"],
  restored: ["Note restored.", "Nota ripristinata.", "Note restaurée.", "Notiz wiederhergestellt.", "Nota restaurada."],
  conflict: ["This note was changed elsewhere meanwhile. Its current text is shown above yours; save again to replace it.", "Questa nota è stata modificata altrove nel frattempo. Il testo attuale è sopra il tuo; salva di nuovo per sostituirlo.", "Cette note a été modifiée ailleurs entre-temps. Son texte actuel s’affiche au-dessus du vôtre ; enregistrez à nouveau pour le remplacer.", "Diese Notiz wurde inzwischen anderswo geändert. Der aktuelle Text steht über Ihrem; speichern Sie erneut, um ihn zu ersetzen.", "Esta nota se ha modificado en otro lugar mientras tanto. El texto actual aparece encima del tuyo; guarda de nuevo para sustituirlo."],
  quota: ["The browser has no room left for Backstory’s data: nothing was saved. Free some space or export and clear old notes.", "Il browser non ha più spazio per i dati di Backstory: non è stato salvato nulla. Libera spazio o esporta e cancella note vecchie.", "Le navigateur n’a plus de place pour les données de Backstory : rien n’a été enregistré. Libérez de l’espace ou exportez puis supprimez d’anciennes notes.", "Der Browser hat keinen Platz mehr für die Daten von Backstory: Es wurde nichts gespeichert. Geben Sie Speicherplatz frei oder exportieren und löschen Sie alte Notizen.", "El navegador no tiene más espacio para los datos de Backstory: no se ha guardado nada. Libera espacio o exporta y borra notas antiguas."],
  saveFailed: ["Could not save the note. Nothing was changed.", "Impossibile salvare la nota. Nulla è cambiato.", "Impossible d’enregistrer la note. Rien n’a été modifié.", "Die Notiz konnte nicht gespeichert werden. Es wurde nichts geändert.", "No se ha podido guardar la nota. No se ha cambiado nada."],
  readFailed: ["Could not read your notes.", "Impossibile leggere le note.", "Impossible de lire vos notes.", "Ihre Notizen konnten nicht gelesen werden.", "No se han podido leer tus notas."],
  fromSelection: ["From your selection", "Dalla tua selezione", "Tiré de votre sélection", "Aus Ihrer Auswahl", "De tu selección"],
  general: ["General", "Generale", "Général", "Allgemein", "General"],
  enabled: ["Highlight names on news pages", "Evidenzia i nomi nelle pagine di notizie", "Surligner les noms dans les pages d’actualité", "Namen auf Nachrichtenseiten hervorheben", "Resaltar los nombres en las páginas de noticias"],
  disabledSites: ["Switched off on", "Disattivato su", "Désactivé sur", "Deaktiviert auf", "Desactivado en"],
  noDisabledSites: ["No site switched off.", "Nessun sito disattivato.", "Aucun site désactivé.", "Auf keiner Website deaktiviert.", "Ningún sitio desactivado."],
  enableSite: ["Switch on again for {site}", "Riattiva per {site}", "Réactiver sur {site}", "Auf {site} wieder aktivieren", "Reactivar en {site}"],
  typesToHighlight: ["Highlight these", "Evidenzia questi", "À surligner", "Hervorheben", "Qué resaltar"],
  style: ["Highlight style", "Stile di evidenziazione", "Style de surlignage", "Art der Hervorhebung", "Estilo de resaltado"],
  underline: ["Underline", "Sottolineato", "Soulignement", "Unterstrichen", "Subrayado"],
  background: ["Background", "Sfondo", "Fond", "Hintergrund", "Fondo"],
  trigger: ["Open the card on", "Apri la scheda con", "Ouvrir la fiche", "Karte öffnen", "Abrir la ficha"],
  click: ["Click", "Clic", "Au clic", "Per Klick", "Al hacer clic"],
  hover: ["Hover", "Passaggio del mouse", "Au survol", "Per Mouseover", "Al pasar el ratón"],
  hoverDelay: ["Hover delay (ms)", "Ritardo al passaggio (ms)", "Délai de survol (ms)", "Mouseover-Verzögerung (ms)", "Retardo al pasar el ratón (ms)"],
  uiLanguage: ["Interface language", "Lingua dell’interfaccia", "Langue de l’interface", "Sprache der Oberfläche", "Idioma de la interfaz"],
  browserLanguage: ["Browser’s language", "Lingua del browser", "Langue du navigateur", "Sprache des Browsers", "Idioma del navegador"],
  online: ["Online lookups", "Ricerche online", "Recherches en ligne", "Online-Abfragen", "Búsquedas en línea"],
  onlineNote: ["Not available yet: Backstory works only from its bundled knowledge pack and sends nothing anywhere.", "Non ancora disponibile: Backstory usa solo il pacchetto di conoscenze incluso e non invia nulla.", "Pas encore disponible : Backstory fonctionne uniquement avec son paquet de connaissances intégré et n’envoie rien nulle part.", "Noch nicht verfügbar: Backstory arbeitet nur mit seinem mitgelieferten Wissenspaket und sendet nichts nach außen.", "Aún no disponible: Backstory funciona solo con su paquete de conocimientos integrado y no envía nada a ningún sitio."],
  data: ["Your data", "I tuoi dati", "Vos données", "Ihre Daten", "Tus datos"],
  exportAll: ["Export everything (JSON)", "Esporta tutto (JSON)", "Tout exporter (JSON)", "Alles exportieren (JSON)", "Exportar todo (JSON)"],
  exportAnno: ["Notes as Web Annotations", "Note come Web Annotation", "Notes au format Web Annotations", "Notizen als Web Annotations", "Notas como Web Annotations"],
  exportMd: ["Notes as Markdown", "Note in Markdown", "Notes au format Markdown", "Notizen als Markdown", "Notas en Markdown"],
  importFile: ["Import a Backstory export", "Importa un’esportazione di Backstory", "Importer un export Backstory", "Backstory-Export importieren", "Importar una exportación de Backstory"],
  importDone: ["Imported: {added} added, {updated} updated, {unchanged} unchanged.", "Importato: {added} aggiunti, {updated} aggiornati, {unchanged} invariati.", "Import terminé : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés.", "Importiert: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.", "Importado: {added} añadidos, {updated} actualizados, {unchanged} sin cambios."],
  importAnyway: ["Import the {n} valid records anyway", "Importa comunque i {n} record validi", "Importer quand même les {n} enregistrements valides", "Die {n} gültigen Datensätze trotzdem importieren", "Importar de todos modos los {n} registros válidos"],
  importTooBig: ["The file is too large (over 20 MB): nothing was imported.", "Il file è troppo grande (oltre 20 MB): non è stato importato nulla.", "Le fichier est trop volumineux (plus de 20 Mo) : rien n’a été importé.", "Die Datei ist zu groß (über 20 MB): Es wurde nichts importiert.", "El archivo es demasiado grande (más de 20 MB): no se ha importado nada."],
  storageUsed: ["Storage used: {used} of {quota}", "Spazio usato: {used} su {quota}", "Espace utilisé : {used} sur {quota}", "Belegter Speicher: {used} von {quota}", "Espacio usado: {used} de {quota}"],
  persisted: ["Storage is persistent: the browser won’t clear it to make room.", "Archiviazione persistente: il browser non la cancellerà per fare spazio.", "Stockage persistant : le navigateur ne le videra pas pour faire de la place.", "Der Speicher ist dauerhaft: Der Browser löscht ihn nicht, um Platz zu schaffen.", "El almacenamiento es persistente: el navegador no lo borrará para liberar espacio."],
  notPersisted: ["Storage is not persistent: the browser may clear it when space runs low.", "Archiviazione non persistente: il browser potrebbe cancellarla se manca spazio.", "Stockage non persistant : le navigateur peut le vider s’il manque de place.", "Der Speicher ist nicht dauerhaft: Der Browser kann ihn löschen, wenn der Platz knapp wird.", "El almacenamiento no es persistente: el navegador puede borrarlo si falta espacio."],
  persist: ["Make storage persistent", "Rendi persistente", "Rendre le stockage persistant", "Speicher dauerhaft machen", "Hacer persistente el almacenamiento"],
  persistRefused: ["The browser declined; it may grant it once you use Backstory more or bookmark it.", "Il browser ha rifiutato; potrebbe concederlo con l’uso.", "Le navigateur a refusé ; il l’accordera peut-être quand vous utiliserez davantage Backstory ou l’ajouterez aux favoris.", "Der Browser hat abgelehnt; vielleicht stimmt er zu, wenn Sie Backstory häufiger nutzen oder als Lesezeichen speichern.", "El navegador lo ha rechazado; puede que lo conceda cuando uses más Backstory o lo añadas a marcadores."],
  cache: ["Cache", "Cache", "Cache", "Cache", "Caché"],
  cacheInfo: ["{entities} entities cached ({user} added by you), {visits} pages seen", "{entities} voci in cache ({user} aggiunte da te), {visits} pagine viste", "{entities} entrées en cache (dont {user} ajoutées par vous), {visits} pages vues", "{entities} Einträge im Cache ({user} von Ihnen hinzugefügt), {visits} besuchte Seiten", "{entities} entradas en caché ({user} añadidas por ti), {visits} páginas vistas"],
  clearCache: ["Clear cache", "Svuota la cache", "Vider le cache", "Cache leeren", "Vaciar la caché"],
  clearCacheConfirm: ["Clear visits and cached facts? Notes and your own names are kept.", "Cancellare visite e fatti in cache? Note e nomi tuoi restano.", "Effacer les visites et les faits en cache ? Les notes et vos propres noms sont conservés.", "Besuche und Fakten im Cache löschen? Notizen und Ihre eigenen Namen bleiben erhalten.", "¿Borrar las visitas y los datos en caché? Se conservan las notas y tus propios nombres."],
  confirm: ["Yes, clear", "Sì, svuota", "Oui, vider", "Ja, leeren", "Sí, vaciar"],
  cacheCleared: ["Cache cleared; the knowledge pack was loaded again.", "Cache svuotata; il pacchetto di conoscenze è stato ricaricato.", "Cache vidé ; le paquet de connaissances a été rechargé.", "Cache geleert; das Wissenspaket wurde neu geladen.", "Caché vaciada; se ha vuelto a cargar el paquete de conocimientos."],
  history: ["History", "Cronologia", "Historique", "Verlauf", "Historial"],
  historyInfo: ["{n} page in your history|{n} pages in your history", "{n} pagina nella cronologia|{n} pagine nella cronologia", "{n} page dans l’historique|{n} pages dans l’historique", "{n} Seite im Verlauf|{n} Seiten im Verlauf", "{n} página en el historial|{n} páginas en el historial"],
  historyNote: ["Pages are kept without their query string or fragment, and never from private windows.", "Le pagine sono conservate senza parametri né frammento, e mai dalle finestre private.", "Les pages sont conservées sans paramètres ni fragment, et jamais depuis une fenêtre de navigation privée.", "Seiten werden ohne Parameter und Fragment gespeichert, aus privaten Fenstern nie.", "Las páginas se guardan sin parámetros ni fragmento, y nunca desde ventanas privadas."],
  historyDays: ["Keep pages for (days)", "Conserva le pagine per (giorni)", "Conserver les pages pendant (jours)", "Seiten behalten für (Tage)", "Conservar las páginas durante (días)"],
  historyMax: ["Keep at most (pages)", "Conserva al massimo (pagine)", "Conserver au plus (pages)", "Höchstens behalten (Seiten)", "Conservar como máximo (páginas)"],
  clearHistory: ["Clear history", "Cancella la cronologia", "Effacer l’historique", "Verlauf löschen", "Borrar el historial"],
  clearHistoryConfirm: ["Clear the history of pages seen? Notes, corrections and the knowledge pack are kept.", "Cancellare la cronologia delle pagine viste? Note, correzioni e pacchetto di conoscenze restano.", "Effacer l’historique des pages vues ? Les notes, les corrections et le paquet de connaissances sont conservés.", "Verlauf der besuchten Seiten löschen? Notizen, Korrekturen und das Wissenspaket bleiben erhalten.", "¿Borrar el historial de páginas vistas? Se conservan las notas, las correcciones y el paquete de conocimientos."],
  historyCleared: ["History cleared.", "Cronologia cancellata.", "Historique effacé.", "Verlauf gelöscht.", "Historial borrado."],
  outcome_added: ["added", "aggiunto", "ajouté", "hinzugefügt", "añadido"],
  outcome_updated: ["updated", "aggiornato", "mis à jour", "aktualisiert", "actualizado"],
  outcome_unchanged: ["unchanged", "invariato", "inchangé", "unverändert", "sin cambios"],
  outcome_rejected: ["rejected", "rifiutato", "rejeté", "abgelehnt", "rechazado"],
} as const satisfies Record<string, readonly [string, string, string, string, string]>;

export type MessageKey = keyof typeof M;
export type { UiLang };
export { resolveUiLang as pickLang };

const plurals = new Map<UiLang, Intl.PluralRules>();
function isOne(lang: UiLang, n: unknown): boolean {
  if (typeof n !== 'number') return false;
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one';
}

export function translate(lang: UiLang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const forms = M[key][Math.max(0, UI_LANGS.indexOf(lang))]!.split('|');
  const s = (isOne(lang, params.n) ? forms[0] : forms.at(-1)) ?? '';
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
