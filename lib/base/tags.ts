/** Hashmark's own elements in a page: the highlight wrapper and the host of its in-page UI. */

/** wraps each highlighted piece of text: a custom element no page stylesheet targets */
export const MARK_TAG = 'hashmark-mark';
/** the host element of Hashmark's in-page UI (its shadow root holds the card) */
export const UI_TAG = 'hashmark-ui';
