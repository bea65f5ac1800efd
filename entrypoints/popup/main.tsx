import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, initialTab } from '../../components/popup/App';
import { pickLang } from '../../components/popup/i18n';
import { prefetchNotes } from '../../components/popup/NotesTab';
import { mark } from '../../components/popup/perf';
import '../../components/popup/popup.css';

// The benchmark reads how long the page took to load this script, apart from the app's own work.
mark('backstory:popup-start');
if (initialTab(location.search) === 'notes') prefetchNotes(pickLang('auto', browser.i18n.getUILanguage()));
render(<App />, document.getElementById('app')!);
