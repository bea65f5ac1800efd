import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardHost } from '../components/card/mount';
import { registerCardPart } from '../utils/content/card-loader';

/*
 * The card's code, apart from the content script that runs on every page: the
 * background runs this file in a tab's frame when its content script first
 * needs a card (see utils/content/card-loader.ts). It runs in the content
 * script's isolated world and leaves the card's host factory on that world's
 * global, out of the page's reach.
 */
export default defineUnlistedScript(() => {
  registerCardPart(globalThis, 'card', { createCardHost });
});
