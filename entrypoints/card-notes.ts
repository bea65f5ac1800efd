import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { noteContentHandlers } from '../utils/notes/content-handlers';
import { registerCardPart } from '../utils/content/card-loader';

/*
 * The notes' side of the page (the selection with its context, quote notes
 * found in the page), apart from the content script that runs on every page:
 * only the popup and the context menu ask for it, and the background runs this
 * file in the tab's frame when they first do (see utils/content/card-loader.ts).
 */
export default defineUnlistedScript(() => {
  registerCardPart(globalThis, 'notes', { noteContentHandlers });
});
