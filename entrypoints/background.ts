/**
 * The background holds the engine (NLP, knowledge, incident index) once per browser and registers
 * its features, each a file in ./background-features that owns its listeners and its cleanup.
 */
import { dispatcher, isEnvelope, type Handlers } from '@/lib/messages';
import { createTabStore } from './background-features/tab-store';
import { createEngine } from './background-features/engine';
import type { BackgroundContext, Feature, Sender } from './background-features/feature';
import { annotation } from './background-features/annotate';
import { tabLifecycle } from './background-features/tab-lifecycle';
import { badge } from './background-features/badge';
import { cards } from './background-features/cards';
import { cite } from './background-features/cite';
import { menus } from './background-features/menus';
import { siteScripts } from './background-features/site-scripts';
import { incidentIndex } from './background-features/incident-index';
import { reveal } from './background-features/reveal';
import { caseFile } from './background-features/case-file';
import { CaseFile } from '@/lib/casefile/store';

const FEATURES: ((context: BackgroundContext) => Feature)[] = [
  annotation, tabLifecycle, badge, cards, cite, menus, siteScripts, incidentIndex, reveal, caseFile,
];

export default defineBackground(() => {
  const context: BackgroundContext = { tabs: createTabStore(), engine: createEngine(), caseFile: new CaseFile() };
  const features = FEATURES.map((register) => register(context));
  const handlers: Handlers<Sender> = Object.assign({}, ...features.map((f) => f.handlers ?? {}));
  const handle = dispatcher<Sender>(handlers);
  // a background started again after sleeping answers only once it remembers its tabs
  const restored = context.tabs.restore();
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => (isEnvelope(message) ? restored.then(() => handle(message, sender)) : undefined));

  // for the benchmark: when a woken worker can first answer
  performance.mark('hashmark:worker-ready');
  // Load the engine at once: a worker is woken by a tab's navigation as often as by a page's question, and
  // then gets ready while the page loads (the cold start's share that no build step removes: issue 14).
  setTimeout(() => context.engine.warm(), 0);
});
