/**
 * The in-page UI: a hover card for highlights and a live region for announcements,
 * both inside one shadow root so the page's CSS and Hashmark's never meet.
 * Everything is built with createElement and textContent: page text is never parsed as HTML.
 */
import { UI_TAG } from '../base/tags';
import type { CardInfo } from '../schema';
/** "Cite this fact": the text to put on the clipboard, as a Markdown line or as JSON. */
export type CiteAction = (as: 'markdown' | 'json') => Promise<string | null>;
/** "Open in case file": the background opens the case file's page on a search. */
export type OpenCaseFile = (search: string) => void;

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; box-sizing: border-box; padding: 10px 12px;
  border-radius: 8px; background: #ffffff; color: #1b1f24; border: 1px solid #c9ced6; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: #5b6470; margin: 0 0 2px; }
.text { font-weight: 600; margin: 0 0 4px; word-break: break-word; }
.meaning { margin: 0 0 4px; }
ul { margin: 4px 0 0; padding-left: 16px; }
.hint { margin: 6px 0 0; font-size: 11px; color: #5b6470; }
.listing { margin: 4px 0; padding: 4px 6px; border-left: 3px solid #5b6470; }
.listing.current { border-left-color: #9b0016; font-weight: 600; }
a { color: #0b57d0; }
button { font: inherit; margin-top: 6px; padding: 3px 8px; border-radius: 4px; border: 1px solid #0b62d6; background: #0b62d6; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #0b62d6; outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { background: #202326; color: #e8eaed; border-color: #3c4043; }
  .kind, .hint { color: #a4acb6; }
  .listing.current { border-left-color: #ff8a9a; }
  a { color: #8ab4f8; }
}`;

export interface InPageUi {
  show(anchor: Element, info: CardInfo, cite?: CiteAction, openCaseFile?: OpenCaseFile): void;
  /** true when the element is part of this UI (events from inside the shadow root arrive retargeted to its host) */
  contains(node: EventTarget | null): boolean;
  hide(): void;
  /** says something to screen readers (polite live region) */
  announce(message: string): void;
  isShowing(): boolean;
  destroy(): void;
}

export function createInPageUi(doc: Document): InPageUi {
  const host = doc.createElement(UI_TAG);
  host.setAttribute('data-hashmark-ignore', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  card.id = 'hashmark-card';
  card.hidden = true;
  root.append(style, live, card);
  doc.documentElement.appendChild(host);

  const el = (tag: string, cls: string, text: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    e.textContent = text;
    return e;
  };

  return {
    show(anchor, info, cite, openCaseFile) {
      card.replaceChildren(el('p', 'kind', info.kind), el('p', 'text', info.text), el('p', 'meaning', info.meaning));
      for (const listing of info.listings ?? []) {
        const p = el('p', listing.current ? 'listing current' : 'listing', `${listing.current ? '⚠ ' : ''}${listing.text}. `);
        if (/^https:\/\//.test(listing.source)) {
          const a = el('a', '', 'Official source') as HTMLAnchorElement;
          a.href = listing.source;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          p.appendChild(a);
        }
        card.appendChild(p);
      }
      if (info.lines.length) {
        const ul = doc.createElement('ul');
        for (const line of info.lines) ul.appendChild(el('li', '', line));
        card.appendChild(ul);
      }
      const known = info.caseFile;
      if (known) {
        const p = el('p', 'meaning', `${known.line} `);
        card.appendChild(p);
        if (openCaseFile) {
          const button = el('button', '', 'Open in case file') as HTMLButtonElement;
          button.type = 'button';
          button.addEventListener('click', () => openCaseFile(known.search));
          p.appendChild(button);
        }
      }
      if (info.citable && cite) {
        for (const [label, as] of [['Cite this fact', 'markdown'], ['Copy as JSON', 'json']] as const) {
          const button = el('button', '', label) as HTMLButtonElement;
          button.type = 'button';
          button.addEventListener('click', () => {
            void cite(as).then(async (text) => {
              if (!text) throw new Error('nothing to cite');
              await navigator.clipboard.writeText(text);
              button.textContent = 'Copied';
              live.textContent = as === 'json' ? 'Fact copied as JSON' : 'Fact and citation copied to the clipboard';
            }).catch(() => {
              button.textContent = 'Copy failed';
            });
          });
          card.append(button, doc.createTextNode(' '));
        }
      }
      card.appendChild(el('p', 'hint', 'Esc to close'));
      card.hidden = false;
      const r = anchor.getBoundingClientRect();
      const view = doc.defaultView!;
      const width = Math.min(320, view.innerWidth - 16);
      card.style.left = `${Math.max(8, Math.min(r.left, view.innerWidth - width - 8))}px`;
      const below = r.bottom + 8;
      card.style.top = `${below + card.offsetHeight > view.innerHeight ? Math.max(8, r.top - card.offsetHeight - 8) : below}px`;
    },
    hide() {
      card.hidden = true;
    },
    announce(message) {
      live.textContent = '';
      // a fresh text node so the same message is announced twice in a row
      setTimeout(() => (live.textContent = message), 30);
    },
    isShowing: () => !card.hidden,
    contains: (node) => node === host || (node instanceof Node && host.contains(node)),
    destroy() {
      host.remove();
    },
  };
}
