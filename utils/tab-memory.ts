/**
 * What the background knows about each tab, kept in storage.session as well as in memory.
 *
 * Firefox unloads an idle MV3 background (an event page) after 30 seconds, and Chrome stops an idle
 * service worker the same way. A background that starts again with empty maps knows no tab: the
 * page's highlights then open no card and cannot be cited, and the popup annotates the page again.
 * storage.session lives as long as the browser session, in memory, and is never synced or sent.
 */
import { storage } from 'wxt/utils/storage';

export class TabMemory<T> extends Map<number, T> {
  constructor(private readonly name: string) {
    super();
  }

  private key(tabId: number): `session:${string}` {
    return `session:${this.name}:${tabId}`;
  }

  /** Fills the memory with what an earlier run of the background kept (entries set since win). */
  async restore(): Promise<void> {
    const kept = await storage.snapshot('session').catch(() => ({}) as Record<string, unknown>);
    const prefix = `${this.name}:`;
    for (const [key, value] of Object.entries(kept)) {
      const tabId = Number(key.slice(prefix.length));
      if (key.startsWith(prefix) && Number.isInteger(tabId) && !super.has(tabId)) super.set(tabId, value as T);
    }
  }

  override set(tabId: number, value: T): this {
    super.set(tabId, value);
    // over the session quota (a huge page), the tab is only remembered until the background sleeps
    void storage.setItem(this.key(tabId), value).catch(() => undefined);
    return this;
  }

  override delete(tabId: number): boolean {
    void storage.removeItem(this.key(tabId)).catch(() => undefined);
    return super.delete(tabId);
  }
}
