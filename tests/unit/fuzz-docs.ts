/**
 * A seeded generator of hostile news-article HTML for the paint round-trip fuzz test
 * (tests/unit/fuzz.test.ts). Same seed, same document: generateDoc(seed) is pure.
 *
 * The documents read like crypto-crime news, so the engine finds names and figures, and
 * are built to break the offset → DOM mapping: words and entity names split across inline
 * elements, deep nesting, tables, lists, <br>, RTL and mixed-direction text, emoji (ZWJ
 * sequences, flags, skin tones), combining marks, very long text nodes, whitespace-only
 * nodes, custom elements, shadow hosts, iframes, and regions that must never be painted
 * (contenteditable, form fields, code editors, [data-hashmark-ignore]). Every root of such a
 * region carries `data-fuzz-untouchable`, so the test can check it without trusting the lib.
 */

/** mulberry32: a tiny, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** an integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/** Text to put in an open shadow root attached to the element with id `hostId`. */
export interface ShadowSpec {
  hostId: string;
  paragraphs: string[];
}

export interface FuzzDoc {
  seed: number;
  html: string;
  /** shadow roots the test attaches after parsing (document.write ignores declarative shadow DOM) */
  shadows: ShadowSpec[];
  /** which hostile features this document has, for failure messages */
  features: string[];
  /** after parsing, split text nodes and add empty ones, as script-built pages have (see fragmentTextNodes) */
  fragment: boolean;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const THREATS = ['Lazarus Group', 'Lazarus', 'BlueNoroff', 'APT38', 'TraderTraitor', 'Evil Corp', 'Scattered Spider', 'Wizard Spider', 'Andariel', 'Kimsuky'];
const AGENCIES = ['the FBI', 'FBI', 'the Justice Department', 'Europol', 'the Office of Foreign Assets Control', 'OFAC', 'the SEC', 'the IRS', 'Interpol', 'the National Crime Agency', 'the U.S. Department of the Treasury', 'FinCEN'];
const ORGS = ['Binance', 'Coinbase', 'KuCoin', 'Bybit', 'Kraken', 'FTX', 'Bitfinex', 'Tether', 'Chainalysis', 'Elliptic', 'Tornado Cash', 'Ronin Network', 'Harmony', 'Poly Network', 'Mt. Gox', 'Huobi', 'OKX'];
const PEOPLE = ['Do Kwon', 'Sam Bankman-Fried', 'Changpeng Zhao', 'Ross Ulbricht', 'Alexandre Cazes', 'Ilya Lichtenstein', 'Heather Morgan', 'Ruja Ignatova', 'Alexander Vinnik', 'Mark Karpelès', 'Caroline Ellison', 'Roger Ver'];
const PLACES = ['North Korea', 'Pyongyang', 'Singapore', 'Montenegro', 'the Seychelles', 'the United States', 'Dubai', 'Bulgaria', 'Thailand', 'Russia', 'South Korea', 'London'];
const MARKETS = ['Hydra', 'AlphaBay', 'Silk Road', 'Genesis Market', 'Hansa', 'Wall Street Market'];
const ASSETS = ['bitcoin', 'Monero', 'ether', 'Tether', 'USDC', 'Litecoin', 'Solana'];
const MONEY = ['$1.5bn', '$281 million', '$625m', '€25m', '£3.2 million', 'US$600 million', '$4.3 billion', '$100,000', '$8.7bn', '$34m', '$1.46 billion', '¥9.2bn'];
const CRYPTO = ['94,000 bitcoin', '3,600 ETH', '120,000 BTC', '10,000 Monero', '2.5m USDT', '400,000 ether', '69,370 bitcoins', '1,500 BTC', '25,000 XMR'];
const COUNTS = ['1,200 victims', '2,000 accounts', '33 people', '150,000 users', 'about 400 wallets', 'nine suspects'];
const PERCENTS = ['12.5%', '40 per cent', '87%', '3 percent', '0.5%'];
const DATES = ['March 23, 2022', '12 May 2021', 'February 2016', 'on 7 October 2023', 'January 5, 2024', 'June 2014', 'last Tuesday', 'November 11, 2022'];
const DURATIONS = ['25 years', '18 months', 'five years', 'seven years', '30 days'];
const ADDRESSES = [
  '0x098B716B8Aaf21512996dC57EB0615e2383E2f96',
  '0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B',
  'bc1qa5wkgaew2dkv56kfvj49j0av5nml45x9ek9hz6',
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  '3FZbgi29cpjq2GjdwV8eyHuJJnkLtktZc5',
  'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
];
const MIXERS = ['Tornado Cash', 'Sinbad', 'Blender.io', 'ChipMixer', 'Bitcoin Fog', 'Helix'];

const TEMPLATES: readonly ((r: Rng) => string)[] = [
  (r) => `${r.pick(THREATS)} stole ${r.pick(MONEY)} from ${r.pick(ORGS)} on ${r.pick(DATES)}.`,
  (r) => `${cap(r.pick(AGENCIES))} said ${r.pick(PEOPLE)} laundered ${r.pick(CRYPTO)} through ${r.pick(MIXERS)}.`,
  (r) => `${r.pick(ORGS)} froze ${r.pick(COUNTS)} linked to ${r.pick(THREATS)}, according to ${r.pick(AGENCIES)}.`,
  (r) => `Investigators traced ${r.pick(CRYPTO)} to the address ${r.pick(ADDRESSES)} in ${r.pick(PLACES)}.`,
  (r) => `${r.pick(PEOPLE)} was sentenced to ${r.pick(DURATIONS)} in prison in ${r.pick(PLACES)} on ${r.pick(DATES)}.`,
  (r) => `About ${r.pick(PERCENTS)} of the ${r.pick(MONEY)} has been recovered, ${r.pick(AGENCIES)} said.`,
  (r) => `${cap(r.pick(AGENCIES))} and ${r.pick(AGENCIES)} seized ${r.pick(CRYPTO)} worth ${r.pick(MONEY)} from ${r.pick(MARKETS)}.`,
  (r) => `Funds moved through ${r.pick(MIXERS)} and ${r.pick(ORGS)} before being swapped for ${r.pick(ASSETS)}.`,
  (r) => `The ransomware gang ${r.pick(THREATS)} demanded ${r.pick(CRYPTO)} from ${r.pick(COUNTS)}.`,
  (r) => `Analysts at ${r.pick(ORGS)} estimate that hackers from ${r.pick(PLACES)} took ${r.pick(MONEY)} in ${r.pick(DATES)}.`,
  (r) => `${r.pick(PEOPLE)}, who founded ${r.pick(ORGS)}, denied any wrongdoing and said ${r.pick(PERCENTS)} of users were repaid.`,
  (r) => `The exploit drained ${r.pick(CRYPTO)} from a bridge run by ${r.pick(ORGS)}, sending it to ${r.pick(ADDRESSES)}.`,
  (r) => `Prosecutors in ${r.pick(PLACES)} charged ${r.pick(PEOPLE)} with money laundering and wire fraud.`,
  () => `The stolen funds were split across hundreds of wallets within hours of the attack.`,
  () => `Officials declined to say how much had been recovered so far.`,
];

const ARABIC = [
  'قالت الشرطة إن مجموعة Lazarus Group سرقت $1.5bn من منصة Bybit.',
  'أعلن FBI أن القراصنة حولوا 94,000 bitcoin عبر Tornado Cash.',
  'وقعت عملية الاختراق في 12 May 2021 وفق بيان من Binance.',
];
const HEBREW = [
  'לפי ה-FBI, קבוצת Lazarus Group גנבה $625m מ-Ronin Network.',
  'המשטרה בישראל תפסה 3,600 ETH שנשלחו לכתובת 0x098B716B8Aaf21512996dC57EB0615e2383E2f96.',
  'בורסת Binance הקפיאה 2,000 accounts ב-March 23, 2022.',
];
const EMOJI = ['🚨', '💰', '🔥', '👩‍💻', '🧑🏽‍⚖️', '👨‍👩‍👧‍👦', '🇺🇸', '🇰🇵', '👍🏽', '1️⃣', '🏴‍☠️', '❤️‍🔥', '₿', '🤷‍♂️'];
const COMBINING = ['\u0301', '\u0300', '\u0308', '\u0327', '\u0323', '\u036f', '\u20dd', '\u0336'];
const INLINE_TAGS = [
  'b', 'i', 'em', 'strong', 'span', 'a href="https://example.com/x?a=1&amp;b=2"', 'mark', 'small', 'u', 's',
  'abbr title="abbr"', 'x-name', 'news-entity data-id="7"', 'q', 'cite', 'bdi', 'bdo dir="rtl"', 'time datetime="2022-03-23"',
  'data value="1"', 'kbd', 'label', 'font color="red"', 'sup', 'sub', 'span class="tooltip" title="Lazarus Group"', 'ins', 'del',
];
const BLOCK_WRAPPERS = ['div', 'section', 'div class="wrap"', 'blockquote', 'x-card', 'span', 'story-body', 'div role="presentation"', 'article', 'figure', 'details open', 'center'];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const tagName = (open: string) => open.split(' ')[0]!;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Escapes text, sometimes spelling characters as character references (&#36; for $, &nbsp;). */
function hostileEscape(r: Rng, s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '$' && r.chance(0.2)) out += r.pick(['&#36;', '&#x24;', '&dollar;']);
    else if (ch === ' ' && r.chance(0.02)) out += '&nbsp;';
    else if (ch === "'" && r.chance(0.3)) out += '&#39;';
    else out += escapeText(ch);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Prose

function sentence(r: Rng): string {
  return r.pick(TEMPLATES)(r);
}

function sentences(r: Rng, lo: number, hi: number): string {
  const n = r.int(lo, hi);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

/** Sprinkles emoji (ZWJ sequences too) between words and glued to them. */
function withEmoji(r: Rng, s: string): string {
  const words = s.split(' ');
  return words
    .map((w) => {
      if (!r.chance(0.15)) return w;
      const e = r.pick(EMOJI);
      return r.pick([`${e} ${w}`, `${e}${w}`, `${w}${e}`, `${w} ${e}`]);
    })
    .join(' ');
}

/** Adds combining marks after letters (decomposed accents), sometimes inside entity names. */
function withCombining(r: Rng, s: string): string {
  let out = '';
  for (const ch of s) {
    out += ch;
    if (/[a-z]/i.test(ch) && r.chance(0.03)) out += r.pick(COMBINING);
  }
  return out;
}

/**
 * Text as HTML with hostile inline structure: random cuts (at code-point boundaries, so
 * mid-word and mid-name) wrapped in nested inline elements, empty elements, comments and <wbr>.
 */
function inlineHtml(r: Rng, text: string, depth = 0): string {
  const chars = Array.from(text);
  if (chars.length < 2 || depth > 4 || r.chance(depth ? 0.35 : 0.1)) return hostileEscape(r, text);
  const cuts = new Set<number>();
  const n = r.int(1, Math.min(6, chars.length - 1));
  for (let i = 0; i < n; i++) cuts.add(r.int(1, chars.length - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), chars.length];
  let out = '';
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = chars.slice(bounds[i], bounds[i + 1]).join('');
    const roll = r.float();
    if (roll < 0.02) {
      // an inline region that must not be painted, cutting through a word or a name
      const open = r.pick(['span data-hashmark-ignore', 'span contenteditable', 'b role="textbox"']);
      out += `<${open} data-fuzz-untouchable>${hostileEscape(r, piece)}</${tagName(open)}>`;
    } else if (roll < 0.5) {
      const open = r.pick(INLINE_TAGS);
      out += `<${open}>${inlineHtml(r, piece, depth + 1)}</${tagName(open)}>`;
    } else {
      out += hostileEscape(r, piece);
    }
    if (i + 2 < bounds.length) {
      const glue = r.float();
      if (glue < 0.05) out += '<wbr>';
      else if (glue < 0.08) out += '<!-- c -->';
      else if (glue < 0.11) out += r.pick(['<span></span>', '<b></b>', '<x-empty></x-empty>']);
      else if (glue < 0.12) out += '<img alt="" src="data:,">';
      else if (glue < 0.13) out += r.pick(['<input data-fuzz-untouchable value="Lazarus Group">', '<span data-hashmark-ignore data-fuzz-untouchable>FBI $5m</span>', '<textarea data-fuzz-untouchable>Binance</textarea>']);
    }
  }
  return out;
}

/** Explicit forms of the classic splits: `Laza<b>rus Gr</b>oup`, `$281 <i>million</i>`. */
function classicSplits(r: Rng): string {
  const forms = [
    'The <b>Laza</b>rus Group was blamed.',
    'The Laza<b>rus Gr</b>oup stole <span>$281 </span><i>million</i> from Ku<em>Co</em>in.',
    '<a href="#">F</a>B<b>I</b> agents seized $<strong>1.5</strong>bn in 94<i>,000</i> bit<u>coin</u>.',
    'Funds went to 0x098B716B<b>8Aaf21512996dC57</b>EB0615e2383E2f96, said Bin<x-name>ance</x-name>.',
    '<span>Sam</span> <span>Bankman</span>-<span>Fried</span> was jailed for <em>25</em> <em>years</em> on <time>March 28, 2024</time>.',
    'Do<b> </b>Kwon fled to <i>Monte</i><i>negro</i> after <b>$</b><b>40</b><b>bn</b> vanished.',
    'The <abbr title="Office of Foreign Assets Control">OFAC</abbr> list names Tor<wbr>nado Cash.',
    'Lazarus<!-- split --> Group moved 3,<b>6</b>00 ETH on 12 <i>May</i> 2021.',
  ];
  return forms[r.int(0, forms.length - 1)]!;
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Ctx {
  r: Rng;
  shadows: ShadowSpec[];
  features: Set<string>;
  ids: number;
}

function paragraph(c: Ctx): string {
  let text = sentences(c.r, 1, 4);
  if (c.r.chance(0.15)) {
    text = withEmoji(c.r, text);
    c.features.add('emoji');
  }
  if (c.r.chance(0.1)) {
    text = withCombining(c.r, text);
    c.features.add('combining');
  }
  return `<p>${inlineHtml(c.r, text)}</p>`;
}

type BlockMaker = (c: Ctx) => string;

const BLOCKS: readonly [number, BlockMaker][] = [
  [10, paragraph],
  [2, (c) => `<p>${classicSplits(c.r)} ${inlineHtml(c.r, sentence(c.r))}</p>`],
  [1, (c) => `<h2>${inlineHtml(c.r, sentence(c.r).replace(/\.$/, ''))}</h2>`],
  [
    2,
    (c) => {
      // deep nesting around a paragraph
      c.features.add('deep');
      const depth = c.r.int(8, 60);
      const opens: string[] = [];
      for (let i = 0; i < depth; i++) opens.push(c.r.pick(BLOCK_WRAPPERS));
      return opens.map((o) => `<${o}>`).join('') + paragraph(c) + opens.reverse().map((o) => `</${tagName(o)}>`).join('');
    },
  ],
  [
    2,
    (c) => {
      c.features.add('table');
      const rows = c.r.int(1, 5);
      const cells = (tag: string) => {
        let row = '';
        for (let i = 0; i < 3; i++) {
          const v = c.r.pick([c.r.pick(ORGS), c.r.pick(MONEY), c.r.pick(CRYPTO), c.r.pick(DATES), c.r.pick(PEOPLE), c.r.pick(ADDRESSES), sentence(c.r), '', ' ']);
          row += `<${tag}>${inlineHtml(c.r, v)}</${tag}>`;
        }
        return `<tr>${row}</tr>`;
      };
      let body = '';
      for (let i = 0; i < rows; i++) body += cells('td');
      const caption = c.r.chance(0.4) ? `<caption>${inlineHtml(c.r, sentence(c.r))}</caption>` : '';
      return `<table>${caption}<thead>${cells('th')}</thead><tbody>${body}</tbody></table>`;
    },
  ],
  [
    2,
    (c) => {
      c.features.add('list');
      const tag = c.r.pick(['ul', 'ol']);
      let items = '';
      for (let i = c.r.int(1, 5); i > 0; i--) {
        const nested = c.r.chance(0.2) ? `<ul><li>${inlineHtml(c.r, sentence(c.r))}</li></ul>` : '';
        items += `<li>${inlineHtml(c.r, sentence(c.r))}${nested}</li>`;
      }
      return `<${tag}>${items}</${tag}>`;
    },
  ],
  [
    2,
    (c) => {
      c.features.add('br');
      const lines: string[] = [];
      for (let i = c.r.int(2, 5); i > 0; i--) lines.push(inlineHtml(c.r, sentence(c.r)));
      return `<p>${lines.join(c.r.pick(['<br>', '<br/>', '<br>\n', '<br><br>', ' <br> ']))}</p>`;
    },
  ],
  [
    2,
    (c) => {
      c.features.add('rtl');
      const roll = c.r.int(0, 3);
      if (roll === 0) return `<p dir="rtl" lang="ar">${inlineHtml(c.r, c.r.pick(ARABIC))}</p>`;
      if (roll === 1) return `<p dir="rtl" lang="he">${inlineHtml(c.r, c.r.pick(HEBREW))}</p>`;
      if (roll === 2) return `<p>${inlineHtml(c.r, sentence(c.r))} <span dir="rtl">${escapeText(c.r.pick(ARABIC))}</span> ${inlineHtml(c.r, sentence(c.r))}</p>`;
      return `<p dir="auto">\u202B${escapeText(c.r.pick(HEBREW))}\u202C <bdi>${escapeText(c.r.pick(ARABIC))}</bdi> \u200F${inlineHtml(c.r, sentence(c.r))}</p>`;
    },
  ],
  [
    1,
    (c) => {
      c.features.add('long');
      // one very long text node
      return `<p>${escapeText(sentences(c.r, 25, 60))}</p>`;
    },
  ],
  [
    2,
    (c) => {
      c.features.add('whitespace');
      return c.r.pick(['<p>   </p>', '<div>\n\t\n</div>', '<p><span> </span><b>\n</b></p>', '\n\n   \n', '<p>\u00a0</p>', '<span>  </span>']);
    },
  ],
  [
    2,
    (c) => {
      c.features.add('custom');
      const tag = c.r.pick(['news-para', 'x-quote', 'story-text', 'my-element']);
      return `<${tag} data-x="1">${inlineHtml(c.r, sentences(c.r, 1, 3))}</${tag}>`;
    },
  ],
  [
    2,
    (c) => {
      c.features.add('shadow');
      const hostId = `fz-shadow-${c.ids++}`;
      const paragraphs = [sentences(c.r, 1, 3)];
      if (c.r.chance(0.5)) paragraphs.push(sentence(c.r));
      c.shadows.push({ hostId, paragraphs });
      const tag = c.r.pick(['div', 'x-embed', 'span', 'section']);
      const light = c.r.chance(0.6) ? inlineHtml(c.r, sentence(c.r)) : '';
      return `<${tag} id="${hostId}">${light}</${tag}>`;
    },
  ],
  [
    1,
    (c) => {
      c.features.add('iframe');
      const inner = `<p>${escapeText(sentences(c.r, 1, 3))}</p>`;
      const fallback = c.r.chance(0.5) ? escapeText(sentence(c.r)) : '';
      return `<iframe title="embed" srcdoc="${escapeAttr(inner)}">${fallback}</iframe>`;
    },
  ],
  [
    3,
    (c) => {
      c.features.add('untouchable');
      const s = () => sentences(c.r, 1, 2);
      const forms = [
        () => `<div contenteditable="${c.r.pick(['true', '', 'plaintext-only', 'TRUE'])}" data-fuzz-untouchable><p>${inlineHtml(c.r, s())}</p></div>`,
        () => `<div contenteditable data-fuzz-untouchable>${inlineHtml(c.r, s())}<div contenteditable="false">${escapeText(s())}</div></div>`,
        () => `<textarea data-fuzz-untouchable>${escapeText(s())}</textarea>`,
        () => `<p>Comment: <input data-fuzz-untouchable type="text" value="${escapeAttr(sentence(c.r))}"> ${inlineHtml(c.r, sentence(c.r))}</p>`,
        () => `<div class="cm-editor" data-fuzz-untouchable><div class="cm-scroller"><div class="cm-content" contenteditable="true"><div class="cm-line">${escapeText(s())}</div></div></div></div>`,
        () => `<div class="CodeMirror cm-s-default" data-fuzz-untouchable><div class="CodeMirror-code"><pre class="CodeMirror-line"><span>${escapeText(s())}</span></pre></div></div>`,
        () => `<div class="monaco-editor" data-fuzz-untouchable><div class="view-lines"><div class="view-line"><span>${escapeText(s())}</span></div></div></div>`,
        () => `<div class="ace_editor" data-fuzz-untouchable><div class="ace_line">${escapeText(s())}</div></div>`,
        () => `<div role="textbox" data-fuzz-untouchable>${inlineHtml(c.r, s())}</div>`,
        () => {
          const depth = c.r.int(1, 12);
          const opens: string[] = [];
          for (let i = 0; i < depth; i++) opens.push(c.r.pick(BLOCK_WRAPPERS));
          const inner = opens.map((o) => `<${o}>`).join('') + `<p>${inlineHtml(c.r, s())}</p>` + opens.reverse().map((o) => `</${tagName(o)}>`).join('');
          return `<section data-hashmark-ignore data-fuzz-untouchable>${inner}</section>`;
        },
        () => `<p data-hashmark-ignore="" data-fuzz-untouchable>${inlineHtml(c.r, s())}</p>`,
        () => `<select data-fuzz-untouchable><option>${escapeText(c.r.pick(ORGS))}</option><option>${escapeText(c.r.pick(MONEY))}</option></select>`,
        () => `<button data-fuzz-untouchable>${escapeText(`Report ${c.r.pick(THREATS)} to ${c.r.pick(AGENCIES)}`)}</button>`,
      ];
      return c.r.pick(forms)();
    },
  ],
  [
    1,
    (c) => {
      c.features.add('pre-code');
      return `<pre><code>${escapeText(`${c.r.pick(ADDRESSES)}\n  ${sentence(c.r)}\n`)}</code></pre>`;
    },
  ],
  [
    1,
    (c) => {
      c.features.add('non-prose');
      const s = sentence(c.r);
      return c.r.pick([
        `<script>var story = ${JSON.stringify(s).replace(/</g, '\\u003c')};</script>`,
        `<style>.x::after { content: "${s.replace(/["\\<]/g, '')}"; }</style>`,
        `<noscript><p>${escapeText(s)}</p></noscript>`,
        `<template><p>${escapeText(s)}</p></template>`,
        `<svg width="10" height="10"><text x="0" y="10">${escapeText(s)}</text><title>${escapeText(c.r.pick(ORGS))}</title></svg>`,
        `<math><mi>${escapeText(c.r.pick(MONEY))}</mi></math>`,
        `<video controls>${escapeText(s)}</video>`,
        `<!-- ${s.replace(/--/g, '')} -->`,
      ]);
    },
  ],
  [
    1,
    (c) => `<figure><img src="data:," alt="${escapeAttr(sentence(c.r))}"><figcaption>${inlineHtml(c.r, sentence(c.r))}</figcaption></figure>`,
  ],
  [1, (c) => `<blockquote><p>${inlineHtml(c.r, sentences(c.r, 1, 2))}</p><footer>${escapeText(c.r.pick(PEOPLE))}</footer></blockquote>`],
  [1, (c) => `<div class="related-links"><a href="#">${escapeText(sentence(c.r))}</a></div>`],
  [1, (c) => `<div contenteditable="false"><p>${inlineHtml(c.r, sentence(c.r))}</p></div>`],
  [1, (c) => `<p hidden>${escapeText(sentence(c.r))}</p>`],
  [
    1,
    (c) => {
      // misnested tags: the parser's adoption agency clones elements and moves text around
      c.features.add('misnested');
      return c.r.pick([
        `<p>The <b>Lazarus <i>Group</b> stole</i> ${escapeText(c.r.pick(MONEY))} from <a href="#">Bin<b>ance</a> on</b> ${escapeText(c.r.pick(DATES))}.</p>`,
        `<b>${escapeText(c.r.pick(AGENCIES))} said <p>${escapeText(c.r.pick(PEOPLE))}</b> moved ${escapeText(c.r.pick(CRYPTO))}.</p>`,
        `<p><em>${escapeText(sentence(c.r))}<p>${escapeText(sentence(c.r))}</em></p>`,
        `<table><tr><td>${escapeText(c.r.pick(ORGS))}</td></tr>${escapeText(c.r.pick(MONEY))} fostered<tr><td>${escapeText(c.r.pick(CRYPTO))}</td></table>`,
        `<p>${escapeText(sentence(c.r))}</span></div></b> ${escapeText(sentence(c.r))}</p>`,
      ]);
    },
  ],
  [
    1,
    (c) => {
      // one element per letter, as text-animation scripts leave it
      c.features.add('per-letter');
      const tag = c.r.pick(['span', 'x-l', 'i']);
      return `<p>${Array.from(sentence(c.r)).map((ch) => `<${tag}>${escapeText(ch)}</${tag}>`).join('')}</p>`;
    },
  ],
  [
    1,
    (c) => {
      // a page saved with its highlights, or one that uses our tag name: not ours to touch
      c.features.add('foreign-mark');
      const name = c.r.pick(ORGS);
      return `<p>${inlineHtml(c.r, sentence(c.r))} <hashmark-mark data-type="organization" data-fuzz-foreign>${escapeText(name)}</hashmark-mark> ${inlineHtml(c.r, sentence(c.r))}</p>`;
    },
  ],
  [1, (c) => `<p><ruby>${escapeText(c.r.pick(ORGS))}<rp>(</rp><rt>${escapeText(c.r.pick(PEOPLE))}</rt><rp>)</rp></ruby> ${inlineHtml(c.r, sentence(c.r))}</p>`],
];

const TOTAL_WEIGHT = BLOCKS.reduce((n, [w]) => n + w, 0);

function block(c: Ctx): string {
  let roll = c.r.float() * TOTAL_WEIGHT;
  for (const [w, make] of BLOCKS) {
    roll -= w;
    if (roll < 0) return make(c);
  }
  return paragraph(c);
}

function ws(r: Rng): string {
  return r.pick(['', '', '\n', '\n  ', ' ', '\n\t\t\n']);
}

// ---------------------------------------------------------------------------------------------
// Documents

export function generateDoc(seed: number): FuzzDoc {
  const r = new Rng(seed);
  const c: Ctx = { r, shadows: [], features: new Set(), ids: 0 };
  const title = sentence(r).replace(/\.$/, '');
  const head: string[] = [`<meta charset="utf-8">`, `<title>${escapeText(title)}</title>`];
  if (r.chance(0.5)) head.push(`<meta property="og:type" content="article">`);
  if (r.chance(0.3)) head.push(`<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(title).replace(/</g, '\\u003c')}}</script>`);
  if (r.chance(0.5)) head.push(`<meta name="author" content="${escapeAttr(r.pick(['Jane Doe', 'Kim Lee', 'Ali Hassan']))}">`);
  if (r.chance(0.5)) head.push(`<meta property="article:published_time" content="2023-0${r.int(1, 9)}-1${r.int(0, 9)}T10:00:00Z">`);

  // The story: a few ordinary paragraphs, so Readability finds it, mixed with hostile blocks.
  const body: string[] = [];
  const n = r.int(4, 12);
  let plain = 0;
  for (let i = 0; i < n; i++) {
    if (plain < 3 && r.chance(0.5)) {
      body.push(`<p>${inlineHtml(r, sentences(r, 2, 4))}</p>`);
      plain++;
    } else body.push(block(c));
    body.push(ws(r));
  }
  for (; plain < 3; plain++) body.splice(r.int(0, body.length), 0, `<p>${inlineHtml(r, sentences(r, 2, 4))}</p>`);

  const h1 = `<h1>${inlineHtml(r, title)}</h1>`;
  const byline = `<p class="byline">By ${escapeText(r.pick(['Jane Doe', 'Kim Lee', 'Ali Hassan']))}, ${escapeText(r.pick(DATES))}</p>`;
  const story = `${h1}${ws(r)}${byline}${ws(r)}${body.join('')}`;
  const shell = r.int(0, 3);
  let main: string;
  if (r.chance(0.01)) {
    // the whole story is an editor (a CMS preview): nothing may be painted
    c.features.add('editable-story');
    main = `<main><article contenteditable="true" data-fuzz-untouchable>${story}</article></main>`;
  } else if (shell === 0) main = `<main><article>${story}</article></main>`;
  else if (shell === 1) main = `<div id="page"><div class="content"><div itemprop="articleBody">${story}</div></div></div>`;
  else if (shell === 2) main = `<article class="post"><div class="entry-content">${story}</div></article>`;
  else main = `<x-app><story-root>${story}</story-root></x-app>`;

  const nav = `<header><nav><a href="/">Home</a> <a href="/hacks">${escapeText(r.pick(THREATS))} news</a> <a href="/x">${escapeText(r.pick(ORGS))}</a></nav></header>`;
  const aside = r.chance(0.6) ? `<aside class="sidebar"><h3>Most read</h3><ul><li><a href="#">${escapeText(sentence(r))}</a></li></ul></aside>` : '';
  const footer = `<footer><p>© 2024 Example News. ${escapeText(r.pick(AGENCIES))} tips: ${escapeText(r.pick(ADDRESSES))}</p></footer>`;
  const fragment = r.chance(0.4);
  if (fragment) c.features.add('fragmented');
  const bodyAttrs = r.chance(0.2) ? ' dir="ltr" class="theme-dark"' : '';
  const html = `<!doctype html><html lang="${r.pick(['en', 'en-GB', 'ar', 'he'])}"><head>${head.join('')}</head><body${bodyAttrs}>${ws(r)}${nav}${ws(r)}${main}${ws(r)}${aside}${footer}${ws(r)}</body></html>`;
  return { seed, html, shadows: c.shadows, features: [...c.features].sort(), fragment };
}

/**
 * What scripts leave in a page and the HTML parser never makes: adjacent text nodes (split and
 * never normalized, sometimes between the halves of a surrogate pair) and empty text nodes.
 * Only splitText and createTextNode: the page's text stays the same.
 */
export function fragmentTextNodes(doc: Document, seed: number): void {
  const r = new Rng(seed ^ 0x5bd1e995);
  const texts: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) texts.push(node as Text);
    for (const child of node.childNodes) walk(child);
  };
  walk(doc.body);
  for (const t of texts) {
    if (r.chance(0.05)) t.parentNode!.insertBefore(doc.createTextNode(''), r.chance(0.5) ? t : t.nextSibling);
    let node = t;
    for (let k = r.chance(0.2) ? r.int(1, 4) : 0; k > 0 && node.data.length > 1; k--) {
      let at = r.int(1, node.data.length - 1);
      // mostly at code-point boundaries; sometimes between a surrogate pair's halves, as a naive script would
      const c = node.data.charCodeAt(at);
      if (c >= 0xdc00 && c <= 0xdfff && r.chance(0.8)) at++;
      if (at >= node.data.length) break;
      node = node.splitText(at);
    }
  }
}
