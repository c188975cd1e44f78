/**
 * Entities: known names from the knowledge files first (typed and merged by their
 * aliases), then unknown capitalized names, typed by the words around them.
 */
import type { EntityType } from '../schema';
import { acceptsSurface, gazetteer, type KnownThing } from '../knowledge';
import { getNlp } from './nlp';
import { AGENCY_HEADS, CONNECTORS, FUNCTION_WORDS, HEAD_WORDS, LOCATION_HEADS, NOT_NAMES, PLACE_NEXT, ORGANIZATION_HEADS, PERSON_TITLES, THREAT_BEFORE, THREAT_NEXT } from './name-rules';
import { capitalLines, type Token } from './tokens';
import { isAllCaps, isCapitalized, nameKey } from '../base/text';
import { collapseSpace } from '../base/text';
import { findCoinMentions, isCoinContext, namesListedCoin, unknownNameIsCoin } from './coin-mentions';
import { afterClockTime, tickerSaysCoin } from '../knowledge/coins';
import { CommonWords } from './common-words';
import { memoized } from '../base/memo';

export interface EntityMention {
  start: number;
  end: number;
  /** the text as written, whitespace folded */
  surface: string;
  type: EntityType;
  /** the knowledge row it names, when known */
  known: KnownThing | null;
  /** a shorter name the same mention also answers to ("Information Commissioner's Office" for "UK Information Commissioner's Office") */
  alsoKnownAs?: string;
}


function knownAt(tokens: Token[], i: number, text: string): { thing: KnownThing; n: number } | null {
  const g = gazetteer();
  // most words start no known name: one map lookup rules them out
  const longest = g.firstWords.get(nameKey(tokens[i]!.text));
  if (!longest) return null;
  for (let n = Math.min(longest + 1, tokens.length - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    if (n > 1 && tokens.slice(i + 1, i + n).some((t) => t.sentenceStart)) continue;
    const surface = collapseSpace(text.slice(tokens[i]!.start, last.end));
    const found = g.byForm.get(nameKey(surface));
    if (!found) continue;
    // "Ripple" the company or the coin: the coin where the text says so
    const coinHere = found.length > 1 && found.some((t) => t.type === 'asset') && isCoinContext(text, tokens[i]!.start, last.end);
    const things = coinHere ? [...found].sort((a, b) => +(b.type === 'asset') - +(a.type === 'asset')) : found;
    // "Maker (up 6%)": a company's name that is also a coin's, where the text plainly lists it as a coin, is left to the coins
    if (!found.some((t) => t.type === 'asset') && namesListedCoin(text, tokens[i]!.start, last.end)) continue;
    for (const thing of things) {
      if (!acceptsSurface(thing, surface)) continue;
      const forms = thing.forms.filter((f) => nameKey(f) === nameKey(surface));
      // an ambiguous name ("Elliptic") opening a sentence is a name when an appositive or a verb of saying follows
      if (thing.ambiguous && n === 1 && tokens[i]!.sentenceStart && !NAME_FOLLOWS.test(text.slice(last.end, last.end + 16))) continue;
      if (thing.type === 'asset' && thing.tickerIsWord && surface === thing.ticker) {
        const before = text.slice(Math.max(0, tokens[i]!.start - 14), tokens[i]!.start);
        // "5,000 ONE", "(ONE)", "the NEO price", not "10:00 GMT" nor "3:15 PM (GMT)"
        if (afterClockTime(text, tokens[i]!.start) || !(/\d\s*$|\(\s*$/.test(before) || tickerSaysCoin(text, tokens[i]!.start, last.end))) continue;
      }
      if (surface.length <= 2 && !forms.includes(surface)) continue;
      return { thing, n };
    }
  }
  return null;
}

const MAX_NAME_LENGTH = 120;

const NAME_FOLLOWS = /^(?:,\s+(?:a|an|the)\s|\s+(?:said|says|told|reported|estimated|found)\b)/;
const WEEKDAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** "21-year-old", "SIM-swap", "AI-driven", "R54-billion": a hyphenated word with a part in lower case or digits is not a name. */
const COMMON_COMPOUND = /^[^-]+(?:-[^-]+)+$/u;
const isCommonCompound = (w: string) => COMMON_COMPOUND.test(w) && w.split('-').some((part) => /^[\p{Ll}\d]/u.test(part) || /\d/.test(part));
/** Post-nominal letters that follow a name but are not part of it: "Sally-Ann Hales KC". */
const POST_NOMINALS = new Set(['kc', 'qc', 'sc', 'esq', 'phd', 'mp', 'obe', 'mbe', 'cbe']);

/** "NEW YORK, Feb 3 (Wire) -", "MUMBAI:", "WASHINGTON —": a place in capitals that opens a paragraph. */
const DATELINE_AFTER = /^\s*(?:,\s*\p{Lu}[\p{L}.]*\.?\s*)?(?:,|—|–|-|:|\()/u;
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());


function classifyUnknown(words: string[], text: string, start: number, end: number, nlpTypes: NlpOpinions, key: string): EntityType | null {
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1]!;
  const after = text.slice(end, end + 24).match(/^\s+([a-z]+)/)?.[1];
  if ((after && THREAT_NEXT.has(after)) || THREAT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'threat';
  if (unknownNameIsCoin(words, text, start, end, false) && !ORGANIZATION_HEADS.has(head)) return 'asset';
  if (LOCATION_HEADS.has(head) || (after && PLACE_NEXT.has(after))) return 'location';
  // "the town of Hemal", "Hemal, a town in…": a place; "law firm Kobre & Kim", "Smith Legal LLP": a firm, not a person
  const wider = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:town|city|village|port|municipality|district|province|region|suburb) of\s+$/i.test(wider) || /^,\s+(?:a|the)\s+(?:small\s+|coastal\s+|northern\s+|southern\s+|eastern\s+|western\s+)?(?:town|city|village|port|suburb)\b|^,?\s+in\s+(?:the\s+)?(?:state|province|region|district|county|prefecture)\s+of\b/i.test(text.slice(end, end + 40))) return 'location';
  if (/\b(?:law firm|law practice|legal firm|firm|company|startup|start-up)\s+$/i.test(wider) || /^\s*(?:,\s*)?(?:LLP|LLC|PLLC|P\.C\.|Law Group|Legal)\b/.test(text.slice(end, end + 14))) return 'organization';
  if (AGENCY_HEADS.has(head) || (lower.length > 2 && AGENCY_HEADS.has(lower[0]!) && lower[1] === 'of')) return 'agency';
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  const fromNlp = nlpTypes.get(key);
  if (fromNlp) return fromNlp;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:in|near|across|throughout)\s+$/.test(before) && words.length <= 3) return 'location';
  if (looksLikePersonName(words)) return 'person';
  return 'organization';
}

/**
 * "Matthew M. Graves", "Zain Qaiser": two to four capitalized words (initials allowed), at
 * least one of which is not an ordinary English word ("Future Money", "Trading Bot" are not people).
 */
function looksLikePersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$|^\p{Lu}\.?$/u.test(w))) return false;
  if (/^\p{Lu}\.?$/u.test(words[0]!) || /^\p{Lu}\.?$/u.test(words[words.length - 1]!)) return false;
  const lexicon = (getNlp().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  const ordinary = (w: string) => {
    const tag = lexicon[w.toLowerCase()];
    return tag !== undefined && !/Name|Person|Place|City|Country/.test(tag);
  };
  return words.filter((w) => w.length > 2).some((w) => !ordinary(w));
}

/**
 * compromise's opinion of an unknown name, asked of the name alone: cheap enough to keep
 * the whole extraction faster than one compromise parse of the article.
 */
class NlpOpinions {
  /** shared by all articles: names recur, and compromise's answer for a name does not change */
  private static readonly ask = memoized((key: string): EntityType | null => {
    const doc = getNlp()(key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
    return doc.has('^#Person+$') ? 'person' : doc.has('^#Place+$') ? 'location' : null;
  });
  has(key: string): boolean {
    return this.get(key) !== null;
  }
  get(key: string): EntityType | null {
    return NlpOpinions.ask(key);
  }
}

/** compromise's answer for a word in -ing, kept: the same words open sentences in article after article */
const ingWordIsName = memoized((word: string) => getNlp()(word).has('(#Person|#Place|#ProperNoun)'));

/** "Sentencing Wen, the judge said…": a word in -ing opening a sentence before a name is a verb form, unless it is a name itself. */
function openingVerbForm(w: Token, rest: number): boolean {
  return rest > 1 && w.sentenceStart && /^\p{Lu}\p{Ll}{3,}ing$/u.test(w.text) && !ingWordIsName(w.text.toLowerCase());
}

/** "Lisa O. Monaco": a known name right after a first name and a middle initial is that person's surname. */
function afterMiddleInitial(tokens: Token[], i: number, text: string): boolean {
  const initial = tokens[i - 1];
  const first = tokens[i - 2];
  return !!initial && initial.text.length === 1 && !!first && !tokens[i]!.sentenceStart && /^\p{Lu}$/u.test(initial.text) && /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    /^\.\s+$/.test(text.slice(initial.end, tokens[i]!.start)) && /^\s+$/.test(text.slice(first.end, initial.start));
}

export function findEntityMentions(text: string, tokens: Token[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const claimed = new Array<boolean>(tokens.length).fill(false);
  // 0. coin names longer than a known name they start with ("Litecoin Cash", not "Litecoin")
  mentions.push(...findCoinMentions(text, tokens, claimed, 2));
  // 1. known names
  for (let i = 0; i < tokens.length; ) {
    const hit = claimed[i] || afterMiddleInitial(tokens, i, text) ? null : knownAt(tokens, i, text);
    if (!hit) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + hit.n - 1]!.end;
    mentions.push({ start, end, surface: collapseSpace(text.slice(start, end)), type: hit.thing.type, known: hit.thing });
    for (let k = i; k < i + hit.n; k++) claimed[k] = true;
    i += hit.n;
  }
  // 1b. the long tail of coins, where the text says they are coins
  mentions.push(...findCoinMentions(text, tokens, claimed, 1, mentions));
  // 2. unknown capitalized names
  const common = new CommonWords(text);
  const headings = capitalLines(text);
  const g = gazetteer();
  const nlpTypes = new NlpOpinions();
  // sentence-initial single words, kept only if they turn out to be a surname named in full elsewhere
  const deferred: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (claimed[i] || !isCapitalized(t.text) || /^\d/.test(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !claimed[j] && !tokens[j]!.sentenceStart) {
      const w = tokens[j]!.text;
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      const afterInitial = /^\.\s+$/.test(gap) && /^\p{Lu}$/u.test(tokens[j - 1]!.text);
      if (!/^\s+$|^['’]s\s+$/.test(gap) && !afterInitial) break;
      if (/['’]s\s/.test(gap) && !AGENCY_HEADS.has(w.toLowerCase()) && !ORGANIZATION_HEADS.has(w.toLowerCase())) break;
      if (isCapitalized(w) && !/^\d+$/.test(w)) j++;
      else if (CONNECTORS.has(w.toLowerCase()) && j + 1 < tokens.length && !claimed[j + 1] && isCapitalized(tokens[j + 1]!.text) && w !== 'and') j++;
      else break;
    }
    let words = tokens.slice(i, j);
    i = j;
    // drop leading sentence-initial common words, titles and non-names
    // leading function words, titles and sentence-initial ordinary words are not part of a name;
    // a generic word inside a run ("Global Threat Index", "Crypto Crime Report") is
    const leadingJunk = (w: Token, rest: number) => {
      const lower = w.text.toLowerCase();
      return FUNCTION_WORDS.has(lower) || CONNECTORS.has(lower) || PERSON_TITLES.has(lower.replace(/\.$/, '')) ||
        ((w.sentenceStart || rest === 1) && (NOT_NAMES.has(lower) || common.has(lower)));
    };
    while (words.length && (leadingJunk(words[0]!, words.length) || WEEKDAY_OR_MONTH.test(words[0]!.text.toLowerCase()) || openingVerbForm(words[0]!, words.length))) words = words.slice(1);
    while (words.length > 1 && POST_NOMINALS.has(words[words.length - 1]!.text.toLowerCase().replace(/\./g, ''))) words = words.slice(0, -1);
    const lastOk = (w: Token) => !CONNECTORS.has(w.text.toLowerCase()) && (!NOT_NAMES.has(w.text.toLowerCase()) || (HEAD_WORDS.has(w.text.toLowerCase()) && words.length > 1));
    while (words.length && !lastOk(words[words.length - 1]!)) words = words.slice(0, -1);
    // "U.S. District Judge Randolph D. Moss": a title inside the run introduces the person after it
    const titleAt = words.findLastIndex((w, k) => k < words.length - 2 && PERSON_TITLES.has(w.text.toLowerCase()));
    if (titleAt >= 0 && words.slice(titleAt + 1).every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]*$|^\p{Lu}$/u.test(w.text))) words = words.slice(titleAt + 1);
    if (!words.length) continue;
    if (words.length === 1 && isCommonCompound(words[0]!.text)) continue;
    const first = words[0]!;
    const surfaceWords = words.map((w) => w.text);
    const start = first.start;
    const end = words[words.length - 1]!.end;
    const surface = collapseSpace(text.slice(start, end));
    const key = nameKey(surface);
    if (g.demonyms.has(key) || g.demonyms.has(key.replace(/-.*$/, ''))) continue;
    // a place in capitals opening a paragraph: a dateline ("MUMBAI:", "TAMPA, Fla. —", "PORTO ALEGRE, May 2")
    const lineBegin = text.lastIndexOf('\n', start - 1) + 1;
    const opening = text.slice(lineBegin, end);
    if (isAllCaps(opening) && /^[\p{Lu}\s.'-]+$/u.test(opening) && opening.split(/\s+/).length <= 3 && DATELINE_AFTER.test(text.slice(end, end + 12))) {
      for (const list of [mentions, deferred]) {
        const kept = list.filter((m) => m.end <= lineBegin || m.start >= end);
        list.splice(0, list.length, ...kept);
      }
      mentions.push({ start: lineBegin, end, surface: titleCase(collapseSpace(opening)), type: 'location', known: null });
      continue;
    }
    // a subheading or section label in capitals is not a name
    if (isAllCaps(surface) && headings.some(([a, b]) => start >= a && end <= b)) continue;
    if (words.length === 1 && first.sentenceStart && !nlpTypes.has(key) && !unknownNameIsCoin(surfaceWords, text, start, end, true)) {
      deferred.push({ start, end, surface, type: 'person', known: null });
      continue;
    }
    if (words.length === 1 && surface.length < 2) continue;
    if (isAllCaps(surface) && /\(\s*$/.test(text.slice(start - 2, start)) && /^\s*:/.test(text.slice(end, end + 2))) continue; // "(CURRENCY:ZBT)": a market label
    if (surface.length > MAX_NAME_LENGTH) continue; // not a name: a run of page junk
    if (/^[\p{Lu}\d]{1,2}$/u.test(surface)) continue;
    const type = classifyUnknown(surfaceWords, text, start, end, nlpTypes, key);
    if (type) mentions.push({ start, end, surface, type, known: null });
  }
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.surface.includes(' ')).map((m) => nameKey(m.surface.split(' ').pop()!)));
  mentions.push(...deferred.filter((m) => surnames.has(nameKey(m.surface))));
  return joinPlaceQualifiers(mentions.sort((a, b) => a.start - b.start), text);
}

/**
 * A place that qualifies a name is part of it: "Istanbul [Anatolian 9th High Criminal Court]",
 * "Texas [State Securities Board]", "UNICEF Australia".
 */
function joinPlaceQualifiers(mentions: EntityMention[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const adjacent = prev && /^ $/.test(text.slice(prev.end, m.start));
    if (adjacent && prev.type === 'location' && prev.known && !m.known && (m.type === 'agency' || m.type === 'organization' || m.type === 'location')) {
      out[out.length - 1] = { start: prev.start, end: m.end, surface: collapseSpace(text.slice(prev.start, m.end)), type: m.type, known: null, alsoKnownAs: m.surface };
      continue;
    }
    if (adjacent && m.type === 'location' && m.known?.type === 'location' && prev.type === 'organization' && !/^\s*[,;]/.test(text.slice(m.end, m.end + 2)) && isAllCaps(prev.surface)) {
      out[out.length - 1] = { start: prev.start, end: m.end, surface: collapseSpace(text.slice(prev.start, m.end)), type: 'organization', known: null };
      continue;
    }
    // "BitConnect Trading Bot": an unknown name right after a known company is its product or unit
    if (adjacent && prev.known?.type === 'organization' && !m.known && m.type === 'person') {
      out[out.length - 1] = { start: prev.start, end: m.end, surface: collapseSpace(text.slice(prev.start, m.end)), type: 'organization', known: null };
      continue;
    }
    out.push(m);
  }
  return out;
}
