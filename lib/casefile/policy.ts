/** Whether an article is to be recorded, from the reader's case-file settings. */

export type RecordingMode = 'automatic' | 'on-request';

export interface RecordingSettings {
  mode: RecordingMode;
  paused: boolean;
  inPrivate: boolean;
  /** host names; each also covers its subdomains */
  excludedSites: readonly string[];
}

export interface RecordingContext {
  url: string;
  /** the tab is in a private (incognito) window */
  incognito: boolean;
  /** 'annotated': the page was annotated; 'requested': the reader chose "Add to case file" */
  trigger: 'annotated' | 'requested';
}

export type RecordingDecision =
  | { record: true }
  | { record: false; reason: 'paused' | 'on-request' | 'private' | 'excluded-site' | 'not-web-page' };

/** The host name a site entry stands for: "https://www.Example.com/x" and "example.com" both work. */
export function siteHost(entry: string): string {
  const trimmed = entry.trim().toLowerCase();
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname.replace(/^www\./, '');
  } catch {
    return trimmed;
  }
}

export function isExcludedSite(url: string, excludedSites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return excludedSites.map(siteHost).some((site) => site && (host === site || host.endsWith(`.${site}`)));
}

/**
 * Only web pages; never a private window unless allowed, never an excluded site, even on request.
 * Pause and 'on-request' stop automatic recording only: "Add to case file" is the reader asking.
 */
export function shouldRecord(context: RecordingContext, settings: RecordingSettings): RecordingDecision {
  if (!/^https?:\/\//i.test(context.url)) return { record: false, reason: 'not-web-page' };
  if (context.incognito && !settings.inPrivate) return { record: false, reason: 'private' };
  if (isExcludedSite(context.url, settings.excludedSites)) return { record: false, reason: 'excluded-site' };
  if (context.trigger === 'annotated' && settings.paused) return { record: false, reason: 'paused' };
  if (context.trigger === 'annotated' && settings.mode === 'on-request') return { record: false, reason: 'on-request' };
  return { record: true };
}
