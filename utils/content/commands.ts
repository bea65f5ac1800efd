import type { ContentRequest } from '../messaging/protocol';

/** The content-script request a keyboard command (from wxt.config.ts) stands for. */
export function commandRequest(command: string): ContentRequest | null {
  switch (command) {
    case 'toggle-highlights':
      return { type: 'toggleHighlights' };
    case 'next-entity':
      return { type: 'navigateEntity', dir: 'next' };
    case 'previous-entity':
      return { type: 'navigateEntity', dir: 'previous' };
    default:
      return null;
  }
}
