/**
 * The one gate for the reader's own input. Any page script can dispatch a
 * click on a highlight or on the card's buttons, or a key press; only the
 * browser sets `isTrusted`, and only for events that came from the reader's
 * mouse, keyboard or touch. Everything that opens the card or acts on it
 * asks here first, so a page can't open a card (and read it by its layout),
 * file a correction or save a note in the reader's name.
 */
export function fromReader(e: Event): boolean {
  return e.isTrusted === true;
}

/** A listener that runs only for the reader's own events (see `fromReader`). */
export function readerOnly<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (fromReader(e)) handler(e);
  };
}
