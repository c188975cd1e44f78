/**
 * Late-loading and changing pages: calls back once the page's text has settled after a
 * real change (debounced, bounded), ignoring Hashmark's own highlights and UI.
 */
import { MARK_TAG, UI_TAG } from '../base/tags';
export interface ChangeWatcher {
  /** stop listening while Hashmark changes the DOM itself */
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface WatchOptions {
  debounceMs?: number;
  /** characters of new text that count as a real change */
  minChars?: number;
  /** re-runs allowed per page before giving up (runaway pages) */
  maxRuns?: number;
}

const OURS = `${MARK_TAG}, ${UI_TAG}`;

function ours(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(OURS);
}

function textSize(node: Node): number {
  if (node.nodeType === 3) return (node as Text).data.trim().length;
  if (node.nodeType !== 1) return 0;
  const tag = (node as Element).tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return 0;
  return (node.textContent ?? '').trim().length;
}

export function watchForChanges(root: Node, onSettled: () => void, options: WatchOptions = {}): ChangeWatcher {
  const { debounceMs = 700, minChars = 200, maxRuns = 12 } = options;
  const win = root.ownerDocument?.defaultView ?? (root as Document).defaultView;
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let runs = 0;
  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    for (const r of records) {
      if (ours(r.target)) continue;
      if (r.type === 'characterData') pending += Math.abs((r.target as Text).data.length - (r.oldValue?.length ?? 0));
      for (const n of r.addedNodes) if (!ours(n)) pending += textSize(n);
      for (const n of r.removedNodes) if (!ours(n) && n.nodeName !== 'HASHMARK-MARK') pending += textSize(n);
    }
    if (pending < minChars || runs >= maxRuns) return;
    if (timer) clearTimeout(timer);
    // back off on pages that keep changing
    timer = setTimeout(() => {
      timer = null;
      pending = 0;
      runs++;
      onSettled();
    }, debounceMs * (1 + runs / 3));
  });
  const observe = () => observer.observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  observe();
  return {
    pause: () => {
      observer.takeRecords();
      observer.disconnect();
    },
    resume: () => {
      observer.takeRecords();
      observe();
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      observer.disconnect();
    },
  };
}
