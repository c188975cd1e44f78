/**
 * Highlights and in-page UI that an earlier Hashmark instance left in the page.
 *
 * Chrome keeps an orphaned content script running, so the old instance removes its own highlights
 * when it notices the extension is gone or a newer instance started. Firefox destroys the content
 * script's sandbox when the add-on is reloaded, updated, disabled or removed, without running any of
 * its code: the highlights stay, and Firefox injects the new version's content scripts into the open
 * tabs beside them. The new instance removes them before it paints.
 */
import { MARK_TAG, UI_TAG } from '../base/tags';
const TEXT_NODE = 3; // no DOM globals here: the engine also runs on linkedom and happy-dom

/** Joins a text node with an adjacent text neighbour, as the painting split them. */
function join(node: Node | null): void {
  if (node?.nodeType !== TEXT_NODE) return;
  const text = node as Text;
  const before = text.previousSibling;
  if (before?.nodeType === TEXT_NODE) {
    (before as Text).appendData(text.data);
    text.remove();
    join(before);
    return;
  }
  const after = text.nextSibling;
  if (after?.nodeType === TEXT_NODE) {
    text.appendData((after as Text).data);
    after.remove();
  }
}

/**
 * Unwraps every highlight left in `doc` (its text stays, split text nodes are joined again) and
 * removes every in-page UI host except the one `keep` accepts. Returns how many highlights it removed.
 */
export function removeOrphanedHighlights(doc: Document, keep: (ui: Element) => boolean = () => false): number {
  for (const ui of doc.querySelectorAll(UI_TAG)) if (!keep(ui)) ui.remove();
  // innermost first, so a nested highlight is gone before the one around it
  const marks = [...doc.querySelectorAll(MARK_TAG)].reverse();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const first = mark.firstChild;
    const last = mark.lastChild;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    join(last);
    if (first !== last) join(first);
  }
  return marks.length;
}
