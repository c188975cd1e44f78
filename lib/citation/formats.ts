/**
 * One article's citation in the reader's chosen format, as plain text for the clipboard.
 *
 * APA, MLA, Chicago and Harvard are rendered by citation-js (citeproc-js underneath) from official CSL
 * styles: APA 7 and Cite Them Right Harvard ship with @citation-js/plugin-csl; MLA 9 and Chicago
 * author-date are bundled in ./styles and registered below, so no style or locale is ever fetched
 * (plugin-csl only reads its registers and throws on an unknown style; en-US is in its bundled locales).
 * BibTeX, RIS and the Markdown link are written here; see bibtex() and ris() for why citation-js's own
 * output is not used for those two.
 *
 * The bundled styles are unmodified copies (CC BY-SA 3.0, see their <rights>) of the CSL project's
 * chicago-author-date.csl (CMOS 18th edition, <updated> 2025-03-01) and modern-language-association.csl
 * (MLA 9th edition, <updated> 2025-10-31); refresh them from github.com/citation-style-language/styles.
 *
 * Content security policy: nothing on this path evaluates code. @citation-js/core, plugin-csl,
 * @citation-js/date, @citation-js/name, citeproc, and the sync-fetch and node-fetch that core imports
 * (and never calls here) contain no eval, new Function or Function(); citeproc parses the CSL XML with
 * its own string parser (CSL.parseXml). The popup's default MV3 CSP is enough.
 */
// @ts-expect-error citation-js ships no type declarations; the two members used here are typed below.
import { Cite as UntypedCite, plugins as untypedPlugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-author-date.csl?raw';
import type { CslDate, CslItem, CslName } from '../schema';
import type { CitationFormat } from './format-names';
import { collapseSpace } from '../base/text';
import { escapeMarkdown, escapeMarkdownUrl } from '../base/markdown';
import { MONTH_ABBREVIATIONS, isoFromParts, pad2 } from '../base/dates';

export { CITATION_FORMATS, FORMAT_LABELS, type CitationFormat } from './format-names';

interface CiteInstance {
  format(kind: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
}
interface Register {
  add(name: string, value: string): unknown;
  has(name: string): boolean;
}
const Cite = UntypedCite as new (data: object[]) => CiteInstance;
const plugins = untypedPlugins as { config: { get(plugin: '@csl'): { styles: Register; locales: Register } } };

const LANG = 'en-US';
const csl = plugins.config.get('@csl');
csl.styles.add('modern-language-association', mlaStyle);
csl.styles.add('chicago-author-date', chicagoStyle);
if (!csl.locales.has(LANG)) throw new Error(`@citation-js/plugin-csl no longer bundles the ${LANG} locale`);

/** citation-js template names: 'apa' is APA 7th edition, 'harvard1' is Cite Them Right 12th edition. */
const TEMPLATES = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
  harvard: 'harvard1',
} as const;

export function formatCitation(item: CslItem, format: CitationFormat): string {
  switch (format) {
    case 'csl-json':
      return JSON.stringify([item], null, 2);
    case 'markdown':
      return markdown(item);
    case 'bibtex':
      return bibtex(item);
    case 'ris':
      return ris(item);
    default: {
      const cite = new Cite([forCiteproc(item)]);
      return cite.format('bibliography', { format: 'text', template: TEMPLATES[format], lang: LANG }).trim();
    }
  }
}

/**
 * The item as citeproc gets it: a copy (citeproc may annotate what it is given) with an id, and each
 * single-field name as a family name with name parsing off. citeproc-js 2.4 drops the delimiter before
 * the last name when that name is `literal` (open bug Juris-M/citeproc-js#248): APA's "Doe, J., &
 * Reuters Staff" came out "Doe, J. & Reuters Staff", MLA's "Doe, Jane, and 李明" as "Doe, Jane and
 * 李明". A family-only name renders like a literal one in all four styles otherwise (citeproc looks for
 * particles only in names with a given name), and `parse-names: false` has citeproc take the string
 * exactly as it is.
 */
function forCiteproc(item: CslItem): object {
  const copy: Omit<CslItem, 'author'> & { id: string; author?: object[] } = { ...structuredClone(item), id: 'item' };
  if (item.author) copy.author = item.author.map((name) => (name.literal ? { family: name.literal, 'parse-names': false } : { ...name }));
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

const oneLine = collapseSpace;
/** [year, month?, day?] of a CSL date, without holes. */
const dateParts = (date: CslDate | undefined): number[] | undefined =>
  date?.['date-parts'][0]?.filter((n): n is number => typeof n === 'number');
const publisherOf = (item: CslItem): string | undefined => item['container-title'] ?? item.publisher;

/** "van der Berg, Jan"; an organization or a single-field name stays whole. */
function sortName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given].filter(Boolean).join(', ');
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

/**
 * `[Title](URL) — Publisher, YYYY-MM-DD`
 *
 * - The date is as precise as the metadata: YYYY-MM-DD, YYYY-MM or YYYY.
 * - No publisher and no date: just `[Title](URL)`. One of them: `[Title](URL) — Publisher` / `— 2019`.
 * - No URL: the title is not a link: `Title — Publisher, 2019`.
 * - No title: the publisher stands in as the link text (and is not repeated after it), else the URL;
 *   with none of the three, "Untitled".
 * - In the text, `\ [ ] * _ ` `<`, `>` and `|` are backslash-escaped so the title cannot end the link, start
 *   emphasis, code or an HTML tag. In the URL, `(`, `)` and spaces are percent-encoded (%28, %29, %20),
 *   which every Markdown dialect accepts and which leaves the URL pointing at the same page.
 */
function markdown(item: CslItem): string {
  const publisher = publisherOf(item);
  const text = escapeMarkdown(item.title || publisher || item.URL || 'Untitled');
  const head = item.URL ? `[${text}](${escapeMarkdownUrl(item.URL)})` : text;
  const parts = dateParts(item.issued);
  const date = parts && isoFromParts(parts);
  const tail = [item.title && publisher && escapeMarkdown(publisher), date].filter(Boolean).join(', ');
  return tail ? `${head} — ${tail}` : head;
}

// ---------------------------------------------------------------------------------------------------------
// RIS

/**
 * RIS (2011 Research Information Systems spec), type NEWS. Written here because citation-js 0.8.2's RIS
 * output is wrong for newspaper articles (@citation-js/plugin-ris/lib-mjs/spec/new.json and ris.js):
 * for TY NEWS it reads AU from the CSL variable `reporter`, so every author is dropped; it writes PY
 * (year) but no DA, so month and day are lost; and it hard-wraps every value at 70 characters, which
 * splits long titles and URLs mid-word onto untagged lines.
 */
function ris(item: CslItem): string {
  const risDate = (date: CslDate | undefined) => {
    const [y, m, d] = dateParts(date) ?? [];
    return y && m ? `${y}/${pad2(m)}/${d ? pad2(d) : ''}/` : undefined;
  };
  const lines: [string, string | undefined][] = [
    ['TY', 'NEWS'],
    ...(item.author ?? []).map((name): [string, string] => ['AU', sortName(name)]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PB', item.publisher],
    ['PY', dateParts(item.issued)?.[0]?.toString()],
    ['DA', risDate(item.issued)],
    ['UR', item.URL],
    ['Y2', risDate(item.accessed)],
    ['LA', item.language],
  ];
  return [...lines.filter((l): l is [string, string] => !!l[1]).map(([tag, value]) => `${tag}  - ${oneLine(value)}`), 'ER  - '].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// BibTeX

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};
const escapeLatex = (s: string): string => s.replace(/[\\{}&%$#_~^<>|]/g, (c) => LATEX_SPECIALS[c]!);

/**
 * The entry citation-js would write for `article-newspaper` (@article, its key scheme, author/title/
 * journal/year/month/url and its "[Online; accessed …]" note), serialized here because citation-js
 * 0.8.2's BibTeX value escaper (@citation-js/plugin-bibtex/lib-mjs/output/value.js, asciiOnly) is wrong
 * for this extension's metadata, and post-processing cannot restore what it deletes:
 * - every character it has no LaTeX command for is deleted: a Chinese, Russian or Arabic title comes
 *   out as `title = {}`, and a Cyrillic given/family name as `author = {, }`;
 * - a single-field name (`literal`, e.g. an organization) is written unescaped: `{AT&T News}`;
 * - the key gets "undefined" for a part with no ASCII letters (`undefined2021Crypto` for 李明);
 * - with a day it writes `month = {aug 28}`, which BibTeX prints as-is and biblatex rejects.
 * Here the ten LaTeX specials are escaped (`\ { } & % $ # _ ~ ^`), and `< > |`, which LaTeX's default
 * OT1 font encoding prints as other glyphs, as citation-js does; every other character is kept as
 * UTF-8, which biber, and BibTeX under LaTeX's default UTF-8 input, read as is. The day has no BibTeX
 * field and is dropped (`month = aug`, the standard month macro, as Zotero writes it).
 */
function bibtex(item: CslItem): string {
  const [year, month] = dateParts(item.issued) ?? [];
  const accessed = dateParts(item.accessed);
  const fields: [string, string | undefined][] = [
    ['author', item.author?.length ? item.author.map(bibtexName).join(' and ') : undefined],
    ['title', item.title && bibtexTitle(item.title)],
    ['journal', item['container-title'] && escapeLatex(oneLine(item['container-title']))],
    ['publisher', item.publisher && escapeLatex(oneLine(item.publisher))],
    ['year', year?.toString()],
  ];
  const body = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `\t${k} = {${v}},`);
  if (month) body.push(`\tmonth = ${MONTH_ABBREVIATIONS[month - 1]},`);
  // url is verbatim (url.sty and biblatex read it raw), but braces must stay balanced for BibTeX.
  if (item.URL) body.push(`\turl = {${item.URL.trim().replace(/[{}]/g, encodeURIComponent)}},`);
  if (accessed) body.push(`\tnote = {[Online; accessed ${isoFromParts(accessed)}]},`);
  return `@article{${bibtexKey(item)},\n${body.join('\n')}\n}`;
}

/** Family, Given with its particle ("van der Berg, Jan"); a single-field name is braced to stay whole. */
function bibtexName(name: CslName): string {
  const out = escapeLatex(oneLine(sortName(name)));
  return name.literal || /\band\b/i.test(out) ? `{${out}}` : out;
}

/**
 * Words with a capital after the title's first letter are braced, as citation-js does (it skips the
 * first word even when that is "FBI"), so a style that lowercases titles keeps "{Poly} {Network}".
 */
function bibtexTitle(title: string): string {
  // split() with a capture group: words at odd indices, the text between them at even ones.
  const parts = oneLine(title).split(/([\p{L}\p{N}]+)/u);
  return parts
    .map((part, i) => {
      const capitals = i === 1 && parts[0] === '' ? part.slice(1) : part;
      return i % 2 && /\p{Lu}/u.test(capitals) ? `{${escapeLatex(part)}}` : escapeLatex(part);
    })
    .join('');
}

/**
 * citation-js's key (plugin-bibtex/lib-mjs/mapping/shared.js formatLabel): first word of the first
 * author's family name (or literal name), year, first word of the title skipping "the/a/an", each
 * reduced to ASCII. Parts with no ASCII letters are left out; if nothing is left, "ref" and a hash of
 * the URL and title keep the key stable and distinct.
 */
function bibtexKey(item: CslItem): string {
  const firstWord = (text: string | undefined) =>
    (text ?? '')
      .normalize('NFKD')
      .replace(/[^\x20-\x7f]+/g, '')
      .split(/(?:<\/?.*?>|[\x20-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f])+/)
      .find((w) => w && !['the', 'a', 'an'].includes(w.toLowerCase())) ?? '';
  const first = item.author?.[0];
  const key = firstWord(first?.family || first?.literal) + (dateParts(item.issued)?.[0] ?? '') + firstWord(item.title);
  return key || `ref${fnv1a(`${item.URL ?? ''}\n${item.title ?? ''}`)}`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(s)) h = Math.imul(h ^ c, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
