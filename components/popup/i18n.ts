import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { resolveUiLang, UI_LANGS, type UiLang } from '../../utils/settings/ui-lang';

/*
 * The popup's words in English, Italian, French, German, Spanish, Portuguese
 * and Russian (UI_LANGS's order). Each entry holds all seven, so a missing
 * translation is a type error rather than a blank in the UI. `{name}`
 * placeholders are filled by t().
 *
 * Plurals: "|" separates the forms a count `n` chooses from, listed in the
 * fixed order of Intl.PluralRules' categories one|few|many|other, as many as
 * the language tells apart; a category past the last form takes the last.
 * So the two-form "one|other" entries of en, it, fr, de, es and pt read as
 * before (French "many", for round millions, takes the plural), and Russian
 * gives three: "{n} заметка|{n} заметки|{n} заметок" (one: 1, 21; few: 2, 22;
 * many: 0, 5, 11, 25). Russian's fourth category, "other", is only for
 * fractions, which no count here is. Every language keeps its own rule
 * ("0 note" in French, "0 notes" in English); see PLURAL_LOCALE for Portuguese.
 *
 * Portuguese is one table for readers in Portugal and in Brazil: wording both
 * share where there is one ("Opções", "Apagar", "Dados" rather than
 * "Definições"/"Configurações", "Eliminar"/"Excluir", "Factos"/"Fatos"),
 * third-person imperatives, and no "tu"/"você".
 */
const M = {
  tabPage: ["On this page", "In questa pagina", "Sur cette page", "Auf dieser Seite", "En esta página", "Nesta página", "На этой странице"],
  tabFacts: ["Facts", "Fatti", "Faits", "Fakten", "Datos", "Dados", "Факты"],
  tabNotes: ["Notes", "Note", "Notes", "Notizen", "Notas", "Notas", "Заметки"],
  tabSettings: ["Settings", "Impostazioni", "Paramètres", "Einstellungen", "Ajustes", "Opções", "Настройки"],
  reading: ["Reading this page…", "Lettura della pagina…", "Lecture de la page…", "Seite wird gelesen…", "Leyendo la página…", "Leitura da página…", "Чтение страницы…"],
  cantRead: ["Backstory can't read this tab.", "Backstory non può leggere questa scheda.", "Backstory ne peut pas lire cet onglet.", "Backstory kann diesen Tab nicht lesen.", "Backstory no puede leer esta pestaña.", "O Backstory não consegue ler esta página.", "Backstory не может прочитать эту вкладку."],
  noEntities: ["No actors or treaties found on this page.", "Nessun attore o trattato in questa pagina.", "Aucun acteur ni traité trouvé sur cette page.", "Keine Akteure oder Verträge auf dieser Seite gefunden.", "No se han encontrado actores ni tratados en esta página.", "Nenhum ator ou tratado encontrado nesta página.", "На этой странице не найдено ни действующих лиц, ни договоров."],
  person: ["People", "Persone", "Personnes", "Personen", "Personas", "Pessoas", "Люди"],
  country: ["Countries", "Paesi", "Pays", "Länder", "Países", "Países", "Страны"],
  place: ["Places", "Luoghi", "Lieux", "Orte", "Lugares", "Lugares", "Места"],
  organization: ["Organisations", "Organizzazioni", "Organisations", "Organisationen", "Organizaciones", "Organizações", "Организации"],
  treaty: ["Treaties", "Trattati", "Traités", "Verträge", "Tratados", "Tratados", "Договоры"],
  language: ["Language", "Lingua", "Langue", "Sprache", "Idioma", "Idioma", "Язык"],
  date: ["Date", "Data", "Date", "Datum", "Fecha", "Data", "Дата"],
  unknown: ["unknown", "sconosciuta", "inconnue", "unbekannt", "sin determinar", "sem informação", "неизвестно"],
  correct: ["Correct…", "Correggi…", "Corriger…", "Korrigieren…", "Corregir…", "Corrigir…", "Исправить…"],
  detectAuto: ["as detected", "come rilevata", "telle que détectée", "wie erkannt", "tal como se detectó", "automático", "как определено"],
  save: ["Save", "Salva", "Enregistrer", "Speichern", "Guardar", "Guardar", "Сохранить"],
  cancel: ["Cancel", "Annulla", "Annuler", "Abbrechen", "Cancelar", "Cancelar", "Отмена"],
  contextSavedApplied: ["Saved and applied to the page.", "Salvato e applicato alla pagina.", "Enregistré et appliqué à la page.", "Gespeichert und auf die Seite angewendet.", "Guardado y aplicado a la página.", "Guardado e aplicado à página.", "Сохранено и применено к странице."],
  contextSavedLater: ["Saved: it applies the next time the page is read.", "Salvato: vale dalla prossima lettura della pagina.", "Enregistré : s’appliquera à la prochaine lecture de la page.", "Gespeichert: gilt ab dem nächsten Einlesen der Seite.", "Guardado: se aplicará la próxima vez que se lea la página.", "Guardado: terá efeito na próxima leitura da página.", "Сохранено: вступит в силу при следующем чтении страницы."],
  highlightOnSite: ["Highlight on {site}", "Evidenzia su {site}", "Surligner sur {site}", "Auf {site} hervorheben", "Resaltar en {site}", "Destacar em {site}", "Подсвечивать на {site}"],
  mentions: ["{n} mention|{n} mentions", "{n} menzione|{n} menzioni", "{n} mention|{n} mentions", "{n} Erwähnung|{n} Erwähnungen", "{n} mención|{n} menciones", "{n} menção|{n} menções", "{n} упоминание|{n} упоминания|{n} упоминаний"],
  showOnPage: ["Show {name} on the page", "Mostra {name} nella pagina", "Afficher {name} sur la page", "{name} auf der Seite zeigen", "Mostrar {name} en la página", "Mostrar {name} na página", "{name}: показать на странице"],
  searchFacts: ["Search people, countries, treaties… in any language", "Cerca persone, paesi, trattati… in ogni lingua", "Rechercher personnes, pays, traités… dans toutes les langues", "Personen, Länder, Verträge… in jeder Sprache suchen", "Buscar personas, países, tratados… en cualquier idioma", "Pesquisar pessoas, países, tratados… em qualquer idioma", "Поиск людей, стран, договоров… на любом языке"],
  allTypes: ["All types", "Tutti i tipi", "Tous les types", "Alle Typen", "Todos los tipos", "Todos os tipos", "Все типы"],
  type: ["Type", "Tipo", "Type", "Typ", "Tipo", "Tipo", "Тип"],
  entitiesFound: ["{n} found", "{n} trovati", "Résultats : {n}", "{n} gefunden", "Resultados: {n}", "Resultados: {n}", "Найдено: {n}"],
  seenIn: ["seen in {n} article|seen in {n} articles", "visto in {n} articolo|visto in {n} articoli", "apparaît dans {n} article|apparaît dans {n} articles", "in {n} Artikel gesehen|in {n} Artikeln gesehen", "aparece en {n} artículo|aparece en {n} artículos", "presente em {n} artigo|presente em {n} artigos", "встречается в {n} статье|встречается в {n} статьях|встречается в {n} статьях"],
  neverSeen: ["not seen in an article yet", "non ancora visto in un articolo", "n’apparaît encore dans aucun article", "noch in keinem Artikel gesehen", "aún no aparece en ningún artículo", "ainda não apareceu em nenhum artigo", "ещё не упоминается ни в одной статье"],
  lastSeen: ["Last seen", "Visto l’ultima volta", "Dernière apparition", "Zuletzt gesehen", "Última aparición", "Última ocorrência", "Последнее упоминание"],
  asOf: ["as of {date}", "aggiornato al {date}", "à jour au {date}", "Stand: {date}", "a fecha de {date}", "dados de {date}", "по состоянию на {date}"],
  noFacts: ["No facts cached for this entity.", "Nessun fatto per questa voce.", "Aucun fait en cache pour cette entrée.", "Keine Fakten zu diesem Eintrag im Cache.", "No hay datos en caché para esta entrada.", "Não há dados em cache para esta entrada.", "Для этой записи в кэше нет фактов."],
  showMore: ["Show more ({n} left)", "Mostra altri ({n} rimasti)", "Afficher plus (encore {n})", "Mehr anzeigen (noch {n})", "Mostrar más (quedan {n})", "Mostrar mais (falta {n})|Mostrar mais (faltam {n})", "Показать ещё (осталось {n})"],
  readerEntity: ["added by you", "aggiunto da te", "ajouté par vous", "von Ihnen hinzugefügt", "añadido por ti", "adicionado manualmente", "добавлено вами"],
  searchNotes: ["Search notes", "Cerca nelle note", "Rechercher dans les notes", "Notizen durchsuchen", "Buscar en las notas", "Pesquisar nas notas", "Поиск по заметкам"],
  newNote: ["New note", "Nuova nota", "Nouvelle note", "Neue Notiz", "Nueva nota", "Nova nota", "Новая заметка"],
  writeNote: ["Write a note…", "Scrivi una nota…", "Écrire une note…", "Notiz schreiben…", "Escribe una nota…", "Escreva uma nota…", "Напишите заметку…"],
  about: ["About", "Riguarda", "Concerne", "Betrifft", "Sobre", "Sobre", "Тема"],
  thisPage: ["(this page)", "(questa pagina)", "(cette page)", "(diese Seite)", "(esta página)", "(esta página)", "(эта страница)"],
  noEntity: ["(no entity)", "(nessuna voce)", "(aucune entrée)", "(kein Eintrag)", "(ninguna entrada)", "(nenhuma entrada)", "(без записи)"],
  tags: ["Tags (comma separated)", "Etichette (separate da virgole)", "Étiquettes (séparées par des virgules)", "Tags (durch Kommas getrennt)", "Etiquetas (separadas por comas)", "Etiquetas (separadas por vírgulas)", "Метки (через запятую)"],
  addNote: ["Add note", "Aggiungi nota", "Ajouter la note", "Notiz hinzufügen", "Añadir nota", "Adicionar nota", "Добавить заметку"],
  noNotes: ["No notes yet.", "Ancora nessuna nota.", "Aucune note pour l’instant.", "Noch keine Notizen.", "Aún no hay notas.", "Ainda não há notas.", "Заметок пока нет."],
  noMatch: ["No note matches.", "Nessuna nota corrisponde.", "Aucune note ne correspond.", "Keine Notiz entspricht der Suche.", "Ninguna nota coincide.", "Nenhuma nota corresponde.", "Нет подходящих заметок."],
  notesCount: ["{n} note|{n} notes", "{n} nota|{n} note", "{n} note|{n} notes", "{n} Notiz|{n} Notizen", "{n} nota|{n} notas", "{n} nota|{n} notas", "{n} заметка|{n} заметки|{n} заметок"],
  allEntities: ["All entities", "Tutte le voci", "Toutes les entrées", "Alle Einträge", "Todas las entradas", "Todas as entradas", "Все записи"],
  allSites: ["All sites", "Tutti i siti", "Tous les sites", "Alle Websites", "Todos los sitios", "Todos os sites", "Все сайты"],
  allTags: ["All tags", "Tutte le etichette", "Toutes les étiquettes", "Alle Tags", "Todas las etiquetas", "Todas as etiquetas", "Все метки"],
  filterEntity: ["Filter by entity", "Filtra per voce", "Filtrer par entrée", "Nach Eintrag filtern", "Filtrar por entrada", "Filtrar por entrada", "Фильтр по записи"],
  filterSite: ["Filter by site", "Filtra per sito", "Filtrer par site", "Nach Website filtern", "Filtrar por sitio", "Filtrar por site", "Фильтр по сайту"],
  filterTag: ["Filter by tag", "Filtra per etichetta", "Filtrer par étiquette", "Nach Tag filtern", "Filtrar por etiqueta", "Filtrar por etiqueta", "Фильтр по метке"],
  edit: ["Edit", "Modifica", "Modifier", "Bearbeiten", "Editar", "Editar", "Изменить"],
  editNote: ["Edit note", "Modifica nota", "Modifier la note", "Notiz bearbeiten", "Editar nota", "Editar nota", "Изменить заметку"],
  delete: ["Delete", "Elimina", "Supprimer", "Löschen", "Eliminar", "Apagar", "Удалить"],
  openPage: ["Open page", "Apri pagina", "Ouvrir la page", "Seite öffnen", "Abrir página", "Abrir página", "Открыть страницу"],
  orphaned: ["Quote no longer found on its page", "Citazione non più trovata nella pagina", "Citation introuvable sur sa page", "Zitat auf seiner Seite nicht mehr gefunden", "La cita ya no aparece en su página", "A citação já não consta da sua página", "Цитаты больше нет на странице"],
  orphanedOnly: ["Orphaned only", "Solo orfane", "Orphelines uniquement", "Nur verwaiste", "Solo huérfanas", "Apenas órfãs", "Только осиротевшие"],
  deleted: ["Note deleted.", "Nota eliminata.", "Note supprimée.", "Notiz gelöscht.", "Nota eliminada.", "Nota apagada.", "Заметка удалена."],
  undo: ["Undo", "Annulla eliminazione", "Annuler", "Rückgängig", "Deshacer", "Desfazer", "Отменить"],
  restored: ["Note restored.", "Nota ripristinata.", "Note restaurée.", "Notiz wiederhergestellt.", "Nota restaurada.", "Nota restaurada.", "Заметка восстановлена."],
  conflict: ["This note was changed elsewhere meanwhile. Its current text is shown above yours; save again to replace it.", "Questa nota è stata modificata altrove nel frattempo. Il testo attuale è sopra il tuo; salva di nuovo per sostituirlo.", "Cette note a été modifiée ailleurs entre-temps. Son texte actuel s’affiche au-dessus du vôtre ; enregistrez à nouveau pour le remplacer.", "Diese Notiz wurde inzwischen anderswo geändert. Der aktuelle Text steht über Ihrem; speichern Sie erneut, um ihn zu ersetzen.", "Esta nota se ha modificado en otro lugar mientras tanto. El texto actual aparece encima del tuyo; guarda de nuevo para sustituirlo.", "Esta nota foi alterada em outro lugar desde que a abriu. O texto atual aparece acima do seu; guarde de novo para o substituir.", "Эту заметку тем временем изменили в другом месте. Её текущий текст показан над вашим; сохраните ещё раз, чтобы заменить его."],
  quota: ["The browser has no room left for Backstory’s data: nothing was saved. Free some space or export and clear old notes.", "Il browser non ha più spazio per i dati di Backstory: non è stato salvato nulla. Libera spazio o esporta e cancella note vecchie.", "Le navigateur n’a plus de place pour les données de Backstory : rien n’a été enregistré. Libérez de l’espace ou exportez puis supprimez d’anciennes notes.", "Der Browser hat keinen Platz mehr für die Daten von Backstory: Es wurde nichts gespeichert. Geben Sie Speicherplatz frei oder exportieren und löschen Sie alte Notizen.", "El navegador no tiene más espacio para los datos de Backstory: no se ha guardado nada. Libera espacio o exporta y borra notas antiguas.", "O navegador ficou sem espaço para os dados do Backstory: nada foi guardado. Para ganhar espaço, apague outros dados ou exporte e apague notas antigas.", "В браузере закончилось место для данных Backstory: ничего не сохранено. Освободите место или экспортируйте и удалите старые заметки."],
  saveFailed: ["Could not save the note. Nothing was changed.", "Impossibile salvare la nota. Nulla è cambiato.", "Impossible d’enregistrer la note. Rien n’a été modifié.", "Die Notiz konnte nicht gespeichert werden. Es wurde nichts geändert.", "No se ha podido guardar la nota. No se ha cambiado nada.", "Não foi possível guardar a nota. Nada foi alterado.", "Не удалось сохранить заметку. Ничего не изменено."],
  readFailed: ["Could not read your notes.", "Impossibile leggere le note.", "Impossible de lire vos notes.", "Ihre Notizen konnten nicht gelesen werden.", "No se han podido leer tus notas.", "Não foi possível ler as suas notas.", "Не удалось прочитать ваши заметки."],
  fromSelection: ["From your selection", "Dalla tua selezione", "Tiré de votre sélection", "Aus Ihrer Auswahl", "De tu selección", "Da sua seleção", "Из выделенного текста"],
  general: ["General", "Generale", "Général", "Allgemein", "General", "Geral", "Общие"],
  enabled: ["Highlight names on news pages", "Evidenzia i nomi nelle pagine di notizie", "Surligner les noms dans les pages d’actualité", "Namen auf Nachrichtenseiten hervorheben", "Resaltar los nombres en las páginas de noticias", "Destacar os nomes nas páginas de notícias", "Подсвечивать имена на новостных страницах"],
  disabledSites: ["Switched off on", "Disattivato su", "Désactivé sur", "Deaktiviert auf", "Desactivado en", "Desativado em", "Отключено на"],
  noDisabledSites: ["No site switched off.", "Nessun sito disattivato.", "Aucun site désactivé.", "Auf keiner Website deaktiviert.", "Ningún sitio desactivado.", "Nenhum site desativado.", "Нет отключённых сайтов."],
  enableSite: ["Switch on again for {site}", "Riattiva per {site}", "Réactiver sur {site}", "Auf {site} wieder aktivieren", "Reactivar en {site}", "Reativar em {site}", "Снова включить на {site}"],
  typesToHighlight: ["Highlight these", "Evidenzia questi", "À surligner", "Hervorheben", "Qué resaltar", "O que destacar", "Что подсвечивать"],
  style: ["Highlight style", "Stile di evidenziazione", "Style de surlignage", "Art der Hervorhebung", "Estilo de resaltado", "Estilo de destaque", "Стиль подсветки"],
  underline: ["Underline", "Sottolineato", "Soulignement", "Unterstrichen", "Subrayado", "Sublinhado", "Подчёркивание"],
  background: ["Background", "Sfondo", "Fond", "Hintergrund", "Fondo", "Fundo", "Фон"],
  trigger: ["Open the card on", "Apri la scheda con", "Ouvrir la fiche", "Karte öffnen", "Abrir la ficha", "Abrir a ficha", "Открывать карточку"],
  click: ["Click", "Clic", "Au clic", "Per Klick", "Al hacer clic", "Ao clicar", "По щелчку"],
  hover: ["Hover", "Passaggio del mouse", "Au survol", "Per Mouseover", "Al pasar el ratón", "Ao passar o cursor", "При наведении"],
  hoverDelay: ["Hover delay (ms)", "Ritardo al passaggio (ms)", "Délai de survol (ms)", "Mouseover-Verzögerung (ms)", "Retardo al pasar el ratón (ms)", "Atraso ao passar o cursor (ms)", "Задержка при наведении (мс)"],
  uiLanguage: ["Interface language", "Lingua dell’interfaccia", "Langue de l’interface", "Sprache der Oberfläche", "Idioma de la interfaz", "Idioma da interface", "Язык интерфейса"],
  browserLanguage: ["Browser’s language", "Lingua del browser", "Langue du navigateur", "Sprache des Browsers", "Idioma del navegador", "Idioma do navegador", "Язык браузера"],
  online: ["Online lookups", "Ricerche online", "Recherches en ligne", "Online-Abfragen", "Búsquedas en línea", "Pesquisas online", "Онлайн-запросы"],
  onlineNote: ["Not available yet: Backstory works only from its bundled knowledge pack and sends nothing anywhere.", "Non ancora disponibile: Backstory usa solo il pacchetto di conoscenze incluso e non invia nulla.", "Pas encore disponible : Backstory fonctionne uniquement avec son paquet de connaissances intégré et n’envoie rien nulle part.", "Noch nicht verfügbar: Backstory arbeitet nur mit seinem mitgelieferten Wissenspaket und sendet nichts nach außen.", "Aún no disponible: Backstory funciona solo con su paquete de conocimientos integrado y no envía nada a ningún sitio.", "Ainda não disponível: o Backstory funciona apenas com o pacote de conhecimento incluído e não envia dados a ninguém.", "Пока недоступно: Backstory работает только со встроенным пакетом знаний и ничего никуда не отправляет."],
  data: ["Your data", "I tuoi dati", "Vos données", "Ihre Daten", "Tus datos", "Os seus dados", "Ваши данные"],
  exportAll: ["Export everything (JSON)", "Esporta tutto (JSON)", "Tout exporter (JSON)", "Alles exportieren (JSON)", "Exportar todo (JSON)", "Exportar tudo (JSON)", "Экспортировать всё (JSON)"],
  exportAnno: ["Notes as Web Annotations", "Note come Web Annotation", "Notes au format Web Annotations", "Notizen als Web Annotations", "Notas como Web Annotations", "Notas como Web Annotations", "Заметки в формате Web Annotations"],
  exportMd: ["Notes as Markdown", "Note in Markdown", "Notes au format Markdown", "Notizen als Markdown", "Notas en Markdown", "Notas em Markdown", "Заметки в Markdown"],
  importFile: ["Import a Backstory export", "Importa un’esportazione di Backstory", "Importer un export Backstory", "Backstory-Export importieren", "Importar una exportación de Backstory", "Importar uma exportação do Backstory", "Импортировать экспорт Backstory"],
  importDone: ["Imported: {added} added, {updated} updated, {unchanged} unchanged.", "Importato: {added} aggiunti, {updated} aggiornati, {unchanged} invariati.", "Import terminé : {added} ajoutés, {updated} mis à jour, {unchanged} inchangés.", "Importiert: {added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert.", "Importado: {added} añadidos, {updated} actualizados, {unchanged} sin cambios.", "Importação concluída — adicionados: {added}, atualizados: {updated}, sem alterações: {unchanged}.", "Импорт завершён: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}."],
  importAnyway: ["Import the {n} valid records anyway", "Importa comunque i {n} record validi", "Importer quand même les {n} enregistrements valides", "Die {n} gültigen Datensätze trotzdem importieren", "Importar de todos modos los {n} registros válidos", "Importar mesmo assim os itens válidos ({n})", "Всё равно импортировать корректные записи ({n})"],
  importTooBig: ["The file is too large (over 20 MB): nothing was imported.", "Il file è troppo grande (oltre 20 MB): non è stato importato nulla.", "Le fichier est trop volumineux (plus de 20 Mo) : rien n’a été importé.", "Die Datei ist zu groß (über 20 MB): Es wurde nichts importiert.", "El archivo es demasiado grande (más de 20 MB): no se ha importado nada.", "A exportação escolhida tem mais de 20 MB: nada foi importado.", "Файл слишком большой (больше 20 МБ): ничего не импортировано."],
  storageUsed: ["Storage used: {used} of {quota}", "Spazio usato: {used} su {quota}", "Espace utilisé : {used} sur {quota}", "Belegter Speicher: {used} von {quota}", "Espacio usado: {used} de {quota}", "Espaço usado: {used} de {quota}", "Занято: {used} из {quota}"],
  persisted: ["Storage is persistent: the browser won’t clear it to make room.", "Archiviazione persistente: il browser non la cancellerà per fare spazio.", "Stockage persistant : le navigateur ne le videra pas pour faire de la place.", "Der Speicher ist dauerhaft: Der Browser löscht ihn nicht, um Platz zu schaffen.", "El almacenamiento es persistente: el navegador no lo borrará para liberar espacio.", "O armazenamento é persistente: o navegador não o vai apagar para ganhar espaço.", "Хранилище постоянное: браузер не очистит его, чтобы освободить место."],
  notPersisted: ["Storage is not persistent: the browser may clear it when space runs low.", "Archiviazione non persistente: il browser potrebbe cancellarla se manca spazio.", "Stockage non persistant : le navigateur peut le vider s’il manque de place.", "Der Speicher ist nicht dauerhaft: Der Browser kann ihn löschen, wenn der Platz knapp wird.", "El almacenamiento no es persistente: el navegador puede borrarlo si falta espacio.", "O armazenamento não é persistente: o navegador pode apagá-lo quando faltar espaço.", "Хранилище не постоянное: браузер может очистить его, если не хватит места."],
  persist: ["Make storage persistent", "Rendi persistente", "Rendre le stockage persistant", "Speicher dauerhaft machen", "Hacer persistente el almacenamiento", "Tornar o armazenamento persistente", "Сделать хранилище постоянным"],
  persistRefused: ["The browser declined; it may grant it once you use Backstory more or bookmark it.", "Il browser ha rifiutato; potrebbe concederlo con l’uso.", "Le navigateur a refusé ; il l’accordera peut-être quand vous utiliserez davantage Backstory ou l’ajouterez aux favoris.", "Der Browser hat abgelehnt; vielleicht stimmt er zu, wenn Sie Backstory häufiger nutzen oder als Lesezeichen speichern.", "El navegador lo ha rechazado; puede que lo conceda cuando uses más Backstory o lo añadas a marcadores.", "O navegador recusou; poderá aceitar quando usar mais o Backstory ou o adicionar aos favoritos.", "Браузер отказал; возможно, он согласится, когда вы будете чаще пользоваться Backstory или добавите его в закладки."],
  cache: ["Cache", "Cache", "Cache", "Cache", "Caché", "Cache", "Кэш"],
  cacheInfo: ["{entities} entities cached ({user} added by you), {visits} pages seen", "{entities} voci in cache ({user} aggiunte da te), {visits} pagine viste", "{entities} entrées en cache (dont {user} ajoutées par vous), {visits} pages vues", "{entities} Einträge im Cache ({user} von Ihnen hinzugefügt), {visits} besuchte Seiten", "{entities} entradas en caché ({user} añadidas por ti), {visits} páginas vistas", "Entradas em cache: {entities} (adicionadas manualmente: {user}); páginas vistas: {visits}", "Записей в кэше: {entities} (добавлено вами: {user}), просмотрено страниц: {visits}"],
  clearCache: ["Clear cache", "Svuota la cache", "Vider le cache", "Cache leeren", "Vaciar la caché", "Limpar cache", "Очистить кэш"],
  clearCacheConfirm: ["Clear visits and cached facts? Notes and your own names are kept.", "Cancellare visite e fatti in cache? Note e nomi tuoi restano.", "Effacer les visites et les faits en cache ? Les notes et vos propres noms sont conservés.", "Besuche und Fakten im Cache löschen? Notizen und Ihre eigenen Namen bleiben erhalten.", "¿Borrar las visitas y los datos en caché? Se conservan las notas y tus propios nombres.", "Apagar as visitas e os dados em cache? As notas e os seus próprios nomes são mantidos.", "Удалить посещения и кэшированные факты? Заметки и ваши собственные имена сохранятся."],
  confirm: ["Yes, clear", "Sì, svuota", "Oui, vider", "Ja, leeren", "Sí, vaciar", "Sim, limpar", "Да, очистить"],
  cacheCleared: ["Cache cleared; the knowledge pack was loaded again.", "Cache svuotata; il pacchetto di conoscenze è stato ricaricato.", "Cache vidé ; le paquet de connaissances a été rechargé.", "Cache geleert; das Wissenspaket wurde neu geladen.", "Caché vaciada; se ha vuelto a cargar el paquete de conocimientos.", "Dados em cache apagados; o pacote de conhecimento foi recarregado.", "Кэш очищен; пакет знаний загружен заново."],
  history: ["History", "Cronologia", "Historique", "Verlauf", "Historial", "Histórico", "История"],
  historyInfo: ["{n} page in your history|{n} pages in your history", "{n} pagina nella cronologia|{n} pagine nella cronologia", "{n} page dans l’historique|{n} pages dans l’historique", "{n} Seite im Verlauf|{n} Seiten im Verlauf", "{n} página en el historial|{n} páginas en el historial", "{n} página no histórico|{n} páginas no histórico", "{n} страница в истории|{n} страницы в истории|{n} страниц в истории"],
  historyNote: ["Pages are kept without their query string or fragment, and never from private windows.", "Le pagine sono conservate senza parametri né frammento, e mai dalle finestre private.", "Les pages sont conservées sans paramètres ni fragment, et jamais depuis une fenêtre de navigation privée.", "Seiten werden ohne Parameter und Fragment gespeichert, aus privaten Fenstern nie.", "Las páginas se guardan sin parámetros ni fragmento, y nunca desde ventanas privadas.", "As páginas são guardadas sem parâmetros nem fragmento, e nunca a partir de janelas privadas.", "Страницы сохраняются без параметров запроса и фрагмента и никогда — из приватных окон."],
  historyDays: ["Keep pages for (days)", "Conserva le pagine per (giorni)", "Conserver les pages pendant (jours)", "Seiten behalten für (Tage)", "Conservar las páginas durante (días)", "Manter as páginas durante (dias)", "Хранить страницы (дней)"],
  historyMax: ["Keep at most (pages)", "Conserva al massimo (pagine)", "Conserver au plus (pages)", "Höchstens behalten (Seiten)", "Conservar como máximo (páginas)", "Manter no máximo (páginas)", "Хранить не более (страниц)"],
  clearHistory: ["Clear history", "Cancella la cronologia", "Effacer l’historique", "Verlauf löschen", "Borrar el historial", "Limpar o histórico", "Очистить историю"],
  clearHistoryConfirm: ["Clear the history of pages seen? Notes, corrections and the knowledge pack are kept.", "Cancellare la cronologia delle pagine viste? Note, correzioni e pacchetto di conoscenze restano.", "Effacer l’historique des pages vues ? Les notes, les corrections et le paquet de connaissances sont conservés.", "Verlauf der besuchten Seiten löschen? Notizen, Korrekturen und das Wissenspaket bleiben erhalten.", "¿Borrar el historial de páginas vistas? Se conservan las notas, las correcciones y el paquete de conocimientos.", "Limpar o histórico das páginas vistas? As notas, as correções e o pacote de conhecimento são mantidos.", "Очистить историю просмотренных страниц? Заметки, исправления и пакет знаний сохранятся."],
  historyCleared: ["History cleared.", "Cronologia cancellata.", "Historique effacé.", "Verlauf gelöscht.", "Historial borrado.", "Histórico limpo.", "История очищена."],
  outcome_added: ["added", "aggiunto", "ajouté", "hinzugefügt", "añadido", "adicionado", "добавлено"],
  outcome_updated: ["updated", "aggiornato", "mis à jour", "aktualisiert", "actualizado", "atualizado", "обновлено"],
  outcome_unchanged: ["unchanged", "invariato", "inchangé", "unverändert", "sin cambios", "sem alterações", "без изменений"],
  outcome_rejected: ["rejected", "rifiutato", "rejeté", "abgelehnt", "rechazado", "rejeitado", "отклонено"],
} as const satisfies Record<string, readonly [string, string, string, string, string, string, string]>;

// A Russian count needs its three forms: an entry plural in English with fewer in Russian fails to compile, naming its key.
type Plural<S> = S extends `${string}|${string}` ? true : false;
type ThreeForms<S> = S extends `${string}|${string}|${string}` ? true : false;
type RuPluralMissing = {
  [K in keyof typeof M]: Plural<(typeof M)[K][0]> extends true ? (ThreeForms<(typeof M)[K][6]> extends true ? never : K) : never;
}[keyof typeof M];
const ruPluralsComplete: [RuPluralMissing] extends [never] ? true : RuPluralMissing = true;
void ruPluralsComplete;

/** The table itself, for tests that hold every entry to its language's plural forms. */
export const MESSAGES: Readonly<Record<keyof typeof M, readonly string[]>> = M;

export type MessageKey = keyof typeof M;
export type { UiLang };
export { resolveUiLang as pickLang };

/** Intl.PluralRules' categories, in the order an entry lists its forms. */
const PLURAL_ORDER = ['one', 'few', 'many', 'other'] as const;

/*
 * The locale whose plural rule a UI language counts by, where it isn't the
 * language itself. Intl's "pt" is Brazilian and counts 0 as one ("0 nota");
 * Portugal's rule says "0 notas", which Brazilian readers write as well, while
 * "0 nota" reads as a mistake in Portugal.
 */
const PLURAL_LOCALE: Partial<Record<UiLang, string>> = { pt: 'pt-PT' };

const plurals = new Map<UiLang, Intl.PluralRules>();
function pluralForm(lang: UiLang, forms: readonly string[], n: unknown): string {
  // Without a count, the last form, as the plural always was.
  if (forms.length < 2 || typeof n !== 'number') return forms.at(-1) ?? '';
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(PLURAL_LOCALE[lang] ?? lang)));
  const i = (PLURAL_ORDER as readonly string[]).indexOf(rules.select(n));
  return forms[i < 0 ? forms.length - 1 : Math.min(i, forms.length - 1)]!;
}

export function translate(lang: UiLang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const forms = M[key][Math.max(0, UI_LANGS.indexOf(lang))]!.split('|');
  return pluralForm(lang, forms, params.n).replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
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
