/**
 * What the background knows about each tab, kept in storage.session as well as in memory.
 *
 * Firefox unloads an idle MV3 background (an event page) after 30 seconds, and Chrome stops an idle
 * service worker the same way. A background that starts again with empty maps knows no tab: the
 * page's highlights then open no card and cannot be cited, and the popup annotates the page again.
 * storage.session lives as long as the browser session, in memory, and is never synced or sent.
 */
import { storage } from 'wxt/utils/storage';

const WRITE_DELAY_MS = 100;

export class TabMemory<T> extends Map<number, T> {
  /** tabs set since storage was last written */
  private readonly unwritten = new Set<number>();

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
    // Written a moment later, not in the task that set it: storage copies the value at once (~15 ms for a
    // 3,000-word page), which would hold up the answer the page is waiting for, and a tab set again
    // meanwhile (painted, then finished) is written once. Backgrounds sleep after seconds, not 100 ms.
    if (!this.unwritten.size) setTimeout(() => this.write(), WRITE_DELAY_MS);
    this.unwritten.add(tabId);
    return this;
  }

  private write(): void {
    for (const tabId of this.unwritten) {
      // over the session quota (a huge page), the tab is only remembered until the background sleeps
      if (super.has(tabId)) void storage.setItem(this.key(tabId), super.get(tabId)).catch(() => undefined);
    }
    this.unwritten.clear();
  }

  override delete(tabId: number): boolean {
    this.unwritten.delete(tabId);
    void storage.removeItem(this.key(tabId)).catch(() => undefined);
    return super.delete(tabId);
  }
}
