/**
 * The one message protocol between the content script, the background and the popup.
 * Each message is named by direction (cs→bg, popup→bg, bg→cs) and typed once here;
 * the background treats anything from a content script as untrusted input.
 */
import type { Annotation, ArticleMeta, CardInfo, Span } from './schema';
import type { Incident } from './incidents/schema';
import type { FactRef } from './citation/fact';
import type { CitationFormat } from './citation/format-names';
import type { IndexInfo } from './incidents/knows';
import type { Tab as CaseFileTab } from './casefile/tabs';

/** What the background knows about one tab. */
export type TabState =
  | { status: 'idle' }
  | { status: 'working'; url: string | null }
  | { status: 'not-article'; url: string | null }
  | { status: 'ready'; url: string | null; annotation: Annotation; highlights: number; incidents: Incident[] }
  | { status: 'error'; url: string | null; message: string };

/** An article's citation, written in one format. */
export interface WrittenCitation {
  format: CitationFormat;
  text: string;
}

/** What the popup says about the case file for one tab. */
export interface CaseFileStatus {
  /** the tab's article is in the case file */
  recorded: boolean;
  /** "Your case file has 2 other articles about this incident", null when none */
  incidentLine: string | null;
  /** why the last recording failed (a full disk), null when it did not */
  problem: string | null;
}

export interface Protocol {
  /** content script → background: annotate these blocks of the sender's page; the reply holds only what the page paints */
  'cs:annotate': { request: { url: string; article: ArticleMeta; blocks: string[] }; response: { spans: Span[] } };
  /** content script → background: what happened on the sender's page */
  'cs:status': { request: { url: string; status: 'working' | 'not-article' | 'painted' | 'error'; highlights?: number; message?: string }; response: void };
  /** content script → background: what a highlight means, for its hover card */
  'cs:card': { request: { type: Span['type']; ref: number }; response: CardInfo | null };
  /**
   * card or popup → background: "Cite this fact" for one fact of a tab's annotation (the sender's tab when
   * tabId is absent), as a Markdown quote line in the reader's citation style or as JSON
   */
  'ui:cite-fact': { request: { tabId?: number; target: FactRef; as: 'markdown' | 'json' }; response: string | null };
  /** popup → background: every figure of a tab's article as cited facts, as Markdown lines or CSV */
  'ui:export-facts': { request: { tabId: number; as: 'markdown' | 'csv' }; response: string };
  /** popup → background: the state of a tab, annotating it first if asked */
  'popup:get-tab': { request: { tabId: number; annotate: boolean; force?: boolean }; response: TabState };
  /**
   * popup → background: the tab's article cited in a format (the reader's when absent), once the tab has
   * settled; null when it has no annotation. Written by the background, whose citation processor stays
   * built between popups (building APA's takes about a second), so the popup never loads it.
   */
  'popup:citation': { request: { tabId: number; format?: CitationFormat }; response: WrittenCitation | null };
  /** popup → background: scroll the page to a highlight and focus it */
  'popup:reveal': { request: { tabId: number; type: Span['type']; ref: number }; response: boolean };
  /** popup → background: whether the tab's article is in the case file, and what else there is about its incident */
  'popup:case-file': { request: { tabId: number }; response: CaseFileStatus };
  /** popup → background: "Add to case file" (the context menu's path): the tab's article, and the selection as a quote */
  'popup:add-to-case-file': { request: { tabId: number; selection?: string }; response: { added: boolean; message: string } };
  /** card or popup → background: open the case file's page, on a tab and a search */
  'ui:open-research': { request: { tab?: CaseFileTab; search?: string }; response: void };
  /** options or lookup page → background: the incident index's size and span, or a search in it */
  'ui:index-info': { request: Record<string, never>; response: IndexInfo };
  'ui:lookup': { request: { query: string }; response: Incident[] };
  /**
   * background → content script: the page's visible text, against which fragment links are made unique.
   * Asked once per annotation, when a fact is first cited (reading it costs a layout on a large page).
   */
  'bg:page-text': { request: Record<string, never>; response: string };
  /** background → content script: annotate now (force: even if it does not look like an article) */
  'bg:run': { request: { force: boolean }; response: { status: 'not-article' | 'painted' | 'error'; highlights: number } };
  /** background → content script: scroll to and focus the first highlight of a thing */
  'bg:reveal': { request: { type: Span['type']; ref: number }; response: boolean };
}

export type MessageName = keyof Protocol;
export type Request<K extends MessageName> = Protocol[K]['request'];
export type Response<K extends MessageName> = Protocol[K]['response'];
export interface Envelope<K extends MessageName = MessageName> {
  hashmark: K;
  data: Request<K>;
}

export function envelope<K extends MessageName>(name: K, data: Request<K>): Envelope<K> {
  return { hashmark: name, data };
}

/** Narrows an unknown runtime message to one of ours. */
export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as { hashmark?: unknown }).hashmark === 'string' && 'data' in message;
}

export type Handlers<Sender> = {
  [K in MessageName]?: (data: Request<K>, sender: Sender) => Promise<Response<K>> | Response<K>;
};

/** Anything that can carry a message: `browser.runtime`, or a tab via `browser.tabs`. */
export type Transport = (message: Envelope) => Promise<unknown>;

/** A typed `send` over a transport. */
export function messenger(transport: Transport) {
  return <K extends MessageName>(name: K, data: Request<K>): Promise<Response<K>> =>
    transport(envelope(name, data)) as Promise<Response<K>>;
}

/** A runtime.onMessage listener that routes our envelopes to typed handlers and ignores the rest. */
export function dispatcher<Sender>(handlers: Handlers<Sender>) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.hashmark] as ((data: unknown, sender: Sender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(message.data, sender)) : undefined;
  };
}
