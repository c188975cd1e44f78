/**
 * Crime types the story is about, not merely mentions. Cues live in knowledge/crime-cues.json.
 * A cue counts by where it stands: in the headline most, in the lede more than further down, once
 * per paragraph (how many paragraphs carry it), and little in a sentence about another event
 * (a comparison, an earlier case, "last year"). Each type keeps the sentence that says it most plainly.
 */
import { CRIME_TYPES, type CrimeEvidence, type CrimeType } from '../schema';
import cues from '../knowledge/crime-cues.json';
import type { Sentence } from './sentences';

interface CueSet { strong: string[]; weak: string[] }

const compiled = CRIME_TYPES.map((type) => {
  const set = (cues as Record<string, CueSet>)[type] ?? { strong: [], weak: [] };
  return {
    type,
    strong: new RegExp(set.strong.map((p) => `\\b(?:${p})`).join('|') || '(?!)', 'gi'),
    weak: set.weak.map((p) => new RegExp(`\\b${p}`, 'i')),
  };
});

/** A sentence that tells of another event than the story's own. */
const ASIDE_SENTENCE = /\b(?:previously|last year|years? (?:ago|earlier)|in the past|separately|unrelated|reminiscent|unlike|compared with|a string of|history of|(?:increase|rise|surge|jump|growth) in (?:detections|attacks|incidents|reports))\b/i;
/** Words just before a cue that make it the source of someone's money or an agency's remit, not this story's crime ("connected to ransomware", "monitors sanctions"). */
const SOURCE_BEFORE = /\b(?:connected (?:to|with)|linked (?:to|with)|tied to|associated with|from|such as|like|monitor(?:s|ing)?|enforc(?:e|es|ing)|oversee(?:s|ing)?)\s+(?:[\w,]+[\s-]+){0,3}$/i;
/** …or just after it ("ransomware proceeds", "darknet market payments"). */
const SOURCE_AFTER = /^[\s-]*(?:(?!the\b|its\b|their\b|his\b|her\b)\w+\s+)?(?:proceeds|payments|funds|money|gangs?|groups?|operators?)\b/i;

const HEADLINE = 3;
const LEDE = 2;
const BODY = 1;
const ASIDE_FACTOR = 0.3;
/** each different weak cue; a weak cue alone never gives a type */
const WEAK = 0.4;
/** A type needs one plain mention in the story (headline, lede or body); asides count for little. */
const THRESHOLD = 1;

/** The weight of the plainest strong cue in a sentence (0 when none). */
function cueWeight(strong: RegExp, s: Sentence, base: number): number {
  let best = 0;
  strong.lastIndex = 0;
  for (let m = strong.exec(s.text); m; m = strong.exec(s.text)) {
    if (m[0].length === 0) strong.lastIndex++;
    const aside = SOURCE_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index)) || SOURCE_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    best = Math.max(best, aside ? base * ASIDE_FACTOR : base);
  }
  return best && ASIDE_SENTENCE.test(s.text) ? best * ASIDE_FACTOR : best;
}

export interface CrimeTypesFound {
  types: CrimeType[];
  evidence: CrimeEvidence[];
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function findCrimeTypes(sentences: readonly Sentence[], title: string | null): CrimeTypesFound {
  const lastBlock = sentences.length ? sentences[sentences.length - 1]!.block : 0;
  const ledeEnd = Math.min(2, lastBlock + 1);
  const all: Sentence[] = title ? [{ block: -1, start: 0, end: title.length, text: title }, ...sentences] : [...sentences];
  const base = (s: Sentence) => (s.block < 0 ? HEADLINE : s.block < ledeEnd ? LEDE : BODY);
  // weights[type][sentence]
  const weights = compiled.map(({ strong }) => all.map((s) => cueWeight(strong, s, base(s))));
  const types: CrimeType[] = [];
  const evidence: CrimeEvidence[] = [];
  compiled.forEach(({ type, weak }, t) => {
    // once per paragraph: how many paragraphs tell of it, and how plainly
    const perBlock = new Map<number, number>();
    let best = -1;
    weights[t]!.forEach((w, j) => {
      if (!w) return;
      const block = all[j]!.block;
      perBlock.set(block, Math.max(perBlock.get(block) ?? 0, w));
      if (best < 0 || w > weights[t]![best]!) best = j;
    });
    let score = [...perBlock.values()].reduce((a, b) => a + b, 0);
    const weakHits = weak.filter((re) => sentences.some((s) => re.test(s.text)));
    score += WEAK * weakHits.length;
    if (score < THRESHOLD) return;
    types.push(type);
    const sentence = best >= 0 ? all[best]!.text : sentences.find((s) => weakHits.some((re) => re.test(s.text)))?.text ?? '';
    evidence.push({ type, sentence: oneLine(sentence) });
  });
  return { types, evidence };
}
