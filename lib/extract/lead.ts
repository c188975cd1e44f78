/**
 * The story at a glance (`summary` in docs/annotation-schema.md): the headline amount, when the
 * incident happened, and who was harmed, who did it and which authorities acted. Each fact is
 * chosen by where and how it is said: the headline and the lede outweigh background paragraphs,
 * and a cue must describe the crime itself (stolen, drained, defrauded) rather than a comparison,
 * a fine or a later court step.
 */
import type { CryptoFigure, Entity, Figure, MoneyFigure, Summary } from '../schema';
import { KNOWLEDGE } from '../knowledge';
import { nameKey } from '../base/text';
import { sentenceIndexAt, type Sentence } from './sentences';
import { centralEntities, mentionsByRef, mentionsBySentence, type LeadInput, type PlacedFigure, type PlacedMention } from './lead-input';


/** Words that say a sum was taken, lost or seized in the crime itself. */
const CRIME_SUM = /\b(?:stole|stolen|steal|theft|heist|hack(?:ed|ers?)?|exploit(?:ed)?|drain(?:ed|ing)?|siphon(?:ed)?|looted|lost|losses?|defraud(?:ed|ing)?|fraud|scam(?:med)?|swindl\w*|embezzl\w*|misappropriat\w*|extort(?:ed|ion)?|ransom|launder(?:ed|ing)?|seiz(?:ed|ure)|recover(?:ed|y)|forfeit\w*|froze|frozen|confiscat\w*|took|taken|worth of|made off|cashed out|victims?|investors?|collapse[ds]?|raised|changed hands|took in|drew|made|earned|profits?|missing|vanished|turnover|sales|proceeds)\b/i;
/** Words that put a sum beside the story rather than in it. */
const ASIDE_SUM = /(?<!\b(?:more|less|fewer|greater|rather|no more|other) )\b(?:than|compared|so far this year|in total|industry|across|combined|fine[ds]?|penalty|bail|reward|bounty|salary|settle(?:d|ment)?|market (?:value|cap)|valuation|budget|per (?:day|month|year)|a month|a year|each)\b/i;
/** Words that date the crime itself, or the moment a long-running one was stopped or exposed. */
const EVENT = /\b(?:hack(?:ed)?|stole|stolen|theft|heist|attack(?:ed)?|breach(?:ed)?|exploit(?:ed)?|drain(?:ed)?|compromised|infected|collapsed?|halted|suspended|froze|frozen|went (?:offline|dark)|offline|disappeared|vanished|shut (?:down)?|taken down|took down|dismantled|raided|exposed|detected|discovered|noticed|struck|hit|encrypted|locked|paid|halt|fell apart|unravell?ed|imploded|went bust|insolvent|bankrupt(?:cy)?|stop(?:s|ped)? working|clos(?:e|es|ed)|takeover|searched|(?:had|were|was|been) taken(?! in\b)|took control|gained (?:control|access)|broke into)\b/i;
/** A later court or police step, which the gold never takes as the incident's date. */
/** A police step that ends a long-running operation (a market, a mixer, a scheme) and dates it when nothing else does. */
const STOPPED = /\b(?:arrest(?:ed)?|detained|seized)\b/i;
const LATER_STEP = /\b(?:recover(?:ed|y)|clawed back|returned|sentenc(?:ed|ing)|pleaded|pleading|plea|convicted|conviction|trial|jury|indicted|charged|extradit\w*|hearing|appeal|verdict|released)\b/i;

const AGENCY_ACTS = /\b(?:said|says|announced|seized|charged|arrested|investigat\w*|sanction\w*|froze|filed|prosecut\w*|indicted|sentenced|raided|took down|shut|dismantl\w*|led|leading|traced|recovered|designated|ordered|fined|accused|alleged|sued|issued|confirmed|identified|attributed|assisted|helped|coordinated|operation|task force|agents?|officers?|police|complaint|warrant|court|judge|prosecutors?|forfeiture|detained|extradit\w*|blamed|named|placed|listed|added|offered|supported|support|set up|described|declined|estimated|found|believes?|worked|took|run|joined|convicted)\b/i;
const ACTOR_AFTER = /^[^.;]{0,80}?\b(?:was|were|has been|had been|is|are)?\s*(?:responsible for|(?:received|was given|got) (?:the same |an? )?(?:\w+ )?(?:term|sentence|prison)|charged|arrested|accused|sentenced|pleaded|convicted|indicted|extradited|detained|jailed|found guilty|stole|laundered|ran|operated|masterminded|fled|defrauded|allegedly|admitted|faces?|faced|(?:was|were|is|are|be) behind|wanted)\b/i;
/** The last of a list of people a charge names: "charged two men: Jane Roe, of Leeds, with fraud, and John Poe". */
const CHARGED_LIST_BEFORE = /\b(?:charged|arrested|indicted|accused|sentenced|convicted)\b[^.;]{0,160},\s+and\s+$/i;
/** A firm in a description of the person before it ("Jane Roe, the founder of Firm, was charged"): the verb after is the person's. */
const ROLE_APPOSITIVE_BEFORE = /,\s(?:the|a|an)\s(?:[\w-]+\s){0,3}(?:co-?founder|founder|head|chief|ceo|owner|operator|boss|chair(?:man|woman)?|president|director|employee|executive|developer|creator|administrator)s?\s(?:of|at)\s[^,;]{0,60}$/i;
/** The first of a plural subject: "Jane Roe, 34, and her partner, John Poe, 31, are charged". */
const ACTOR_AFTER_PLURAL = /^(?:(?!\b(?:said|says|told|announced|according)\b)[^.;]){0,160}?\band\b(?:(?!\b(?:said|says|told|announced|according)\b)[^.;]){0,100}?\b(?:are|were|have been|had been) (?:charged|arrested|accused|sentenced|convicted|indicted|extradited|detained|jailed)\b/i;
const ACTOR_BEFORE = /(?:\b(?:charged|arrested|accused|sentenced|convicted|indicted|extradited|detained|jailed|(?:attributed|linked|tied|traced) (?:it |the \w+ )?to|blamed (?:it |the \w+ )?on|blamed|(?:hacked|attacked|stolen|carried out|committed|orchestrated|masterminded|perpetrated) by|(?:markings|hallmarks|signs) of)\s+(?:(?!(?:to|over|for|in|with|at|on|after|from|of)\s)[\w,:'-]+\s+){0,4}|\b(?:defendants?|suspects?|fugitive|hackers?|attackers?|operators?|administrators?)\s+(?:[\w'-]+\s+)?)$/i;
/** An official's title just before a name: the person acts for the state or a court, not in the crime. */
/** …or just after it: "Jane Roe, an analyst at Firm, said". */
const OFFICIAL_AFTER = /^,\s+(?:an?|the)?\s*(?:[\w-]+\s+){0,3}(?:researcher|analyst|spokes\w+|lawyer|attorney|prosecutor|judge|director|agent|professor|expert|investigator|officer)\b|^,\s+(?:the\s+)?(?:head|chief|ceo|president|chairman)\b/i;
const OFFICIAL_BEFORE = /\b(?:judge|justice|attorney|prosecutor|agent|detective|inspector|officer|secretary|commissioner|director|spokes\w+|lawyer|counsel|analyst|researcher|investigator)\s+(?:[\w.]+\s+){0,2}$/i;
const VICTIM_AFTER = /^(?:'s|’s)?[^.;]{0,40}?\b(?:was|were|had been|has been)\s+(?:hacked|breached|drained|exploited|robbed|attacked|hit|targeted|compromised|emptied)|^(?:'s|’s)\s+(?:\w+\s+){0,2}(?:hot wallets?|wallets?|users|customers|clients|systems|servers|network|bridge|funds|platform|reserves|treasury|investors|accounts)|^[^.;]{0,30}?\b(?:lost|loses|suffered|paid|said it (?:was|had been) (?:hacked|attacked))\b|^\s+(?:\w+\s+){0,2}(?:hack|heist|exploit|breach|theft|loss|accounts)\b|^\s+(?:halts|halted|suspends|suspended) (?:all )?withdrawals|^\s+(?:disclosed|confirmed|reported|announced) (?:the|a) (?:\w+ )?(?:theft|hack|breach|attack)/i;
const VICTIM_BEFORE = /\b(?:hack(?:ed)? (?:of|on|at)|attack on|raid on|breach (?:of|at)|exploit of|takeover of|theft from|victims? (?:of|including)|targeted|hit|customers of|users of|struck|ransom(?: that)?|(?:stole|stolen|steal|taken|took|drained|withdrew|withdrawn|siphoned|pulled|looted|theft|heist|hack|exploit)\b[^.;]{0,80}\b(?:from|out of))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:drain\w*|emptied|stole|stolen|steal\w*|took over|hijack\w*|compromised|hacked|breached|targeted|robbed|looted|from)\b[^.;]{0,60}?\b(?:accounts?|those|wallets?|phones?|funds) (?:of|belonging to)\s+(?:[\w.'-]+,?\s+(?:and\s+)?){0,8}$/i;
/** A sentence that says what was stolen "from its wallet": the organisation it names first is the one robbed. */
const FROM_ITS = /\b(?:stole|stolen|taken|took|drained|withdrew|siphoned|theft|hack(?:ed)?)\b[^.;]{0,80}\bfrom (?:one of )?its\b/i;
const SANCTIONED_BEFORE = /\b(?:designated|sanctioned|placed|added|listed|together with|along with)\s+(?:[\w-]+\s+){0,2}$/i;
const SANCTIONS = /\b(?:sanctions? list|sanctioned|designated|SDN)\b/i;

/** Threat kinds that name a group of people rather than software. */
const GROUP_THREATS = new Set(['group', 'state-group', 'campaign', 'ransomware']);
const THREAT_KIND = new Map(KNOWLEDGE.threats.flatMap((t) => [t.name, ...t.aliases].map((n) => [nameKey(n), t.kind] as const)));
/** Criminal services: the service itself is an actor. */
const CRIMINAL_ORGS = new Set(['mixer', 'darknet-market']);
const ORG_KIND = new Map(KNOWLEDGE.organizations.flatMap((o) => [o.name, ...o.aliases].map((n) => [nameKey(n), o.kind] as const)));

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
const isSum = (f: Figure): f is MoneyFigure | CryptoFigure => f.kind === 'money' || f.kind === 'crypto';

/** Higher for the headline and the first paragraphs. */
const placeWeight = (block: number) => 1.5 * Math.exp(-block / 3);

export interface Scored { f: PlacedFigure; score: number }

/** Every money and crypto figure with how well it could lead the story (higher is better). */
export function scoreAmounts(input: LeadInput): Scored[] {
  const { sentences } = input;
  const out: Scored[] = [];
  const repeats = new Map<string, number>();
  const key = (f: MoneyFigure | CryptoFigure) => `${f.kind}:${f.kind === 'money' ? f.currency : f.asset}:${f.value.toPrecision(3)}`;
  for (const f of input.figures) if (isSum(f.figure)) repeats.set(key(f.figure), (repeats.get(key(f.figure)) ?? 0) + 1);
  for (const f of input.figures) {
    const fig = f.figure;
    if (!isSum(fig)) continue;
    const s = sentences[sentenceIndexAt(sentences, f.start)]!;
    let score = placeWeight(s.block);
    if (input.titleFigures.some((t) => t.kind === fig.kind && sameValue(t.value as number, fig.value))) score += 3;
    if (CRIME_SUM.test(s.text)) score += 2;
    if (ASIDE_SUM.test(s.text)) score -= 1.5;
    if (fig.approximate) score -= 1;
    if (fig.kind === 'money' && fig.currency === 'USD') score += 0.3;
    score += 0.5 * Math.min(3, (repeats.get(key(fig)) ?? 1) - 1);
    out.push({ f, score });
  }
  return out;
}

/** A sum the story never ties to the crime, nor puts in its headline or opening, does not lead it. */
const AMOUNT_FLOOR = 2.5;

/** The story's only sum, tied to the crime in its sentence, leads it even when vague or far down ("made millions of euros"). */
const ONLY_SUM_FLOOR = 1;

function pickAmount(input: LeadInput): PlacedFigure | null {
  const scored = scoreAmounts(input);
  const best = scored.reduce<Scored | null>((a, b) => (!a || b.score > a.score ? b : a), null);
  if (!best) return null;
  const onlySum = scored.every((x) => sameSum(x.f.figure, best.f.figure));
  return best.score >= (onlySum ? ONLY_SUM_FLOOR : AMOUNT_FLOOR) ? best.f : null;
}

const sameSum = (a: Figure, b: Figure) =>
  isSum(a) && isSum(b) && a.kind === b.kind && (a.kind === 'money' ? a.currency === (b as MoneyFigure).currency : a.asset === (b as CryptoFigure).asset) && sameValue(a.value, b.value);

const EVENT_NOUN_AFTER = /^(?:'s)?\s+(?:\w+\s+){0,2}(?:hack|theft|heist|attack|breach|exploit|collapse|raid|takedown|takeover|seizure)\b/i;
/** A sentence about another time than the story's own. */
const BACKGROUND = /\b(?:previously|last year|years? (?:ago|earlier)|in the past|history|since then|earlier case|unrelated|another|compared)\b|(?<!\b(?:more|less|fewer|greater|rather|other) )\bthan\b/i;
const RANGE_START = /\b(?:from|since|began|begun|started|launched|founded|opened|created)\s+(?:in\s+|on\s+|about\s+|at least\s+)?$/i;

type CueKind = 'event' | 'stopped' | 'later' | 'reported';
const CUES: [CueKind, RegExp][] = [
  ['event', EVENT], ['stopped', STOPPED], ['later', LATER_STEP], ['reported', /\b(?:said|says|announced|told|confirmed|reported|statement|added|according)\b/i],
];

/** The kind of the cue nearest to [at, end) in the sentence: up to 80 characters before it or 60 after. */
function nearestCue(text: string, at: number, end: number): CueKind | null {
  let best: { kind: CueKind; distance: number } | null = null;
  for (const [kind, re] of CUES) {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const distance = m.index >= end ? m.index - end : at - (m.index + m[0].length);
      const limit = m.index >= end ? 60 : 80;
      if (distance < 0 || distance > limit) continue;
      if (!best || distance < best.distance) best = { kind, distance };
    }
  }
  return best?.kind ?? null;
}

/**
 * A date from another story: its sentence compares or looks back, or the person or organisation named nearest
 * to it is not named in the headline or the opening paragraphs ("In January 2021 police took down DarkMarket").
 */
function isBackground(s: Sentence, date: PlacedFigure, input: LeadInput): boolean {
  if (BACKGROUND.test(s.text)) return true;
  const named = mentionsBySentence(input).get(s.start)?.filter((m) => ['person', 'organization', 'threat'].includes(input.entities[m.ref]?.type ?? '')) ?? [];
  if (!named.length) return false;
  const distance = (m: PlacedMention) => (m.start >= date.end ? m.start - date.end : date.start - m.end);
  const nearest = named.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return !centralEntities(input).has(nearest.ref);
}

/** Every date with how well it could be the incident's date (higher is better). */
export function scoreDates(input: LeadInput, amount: PlacedFigure | null, text?: string): Scored[] {
  const { sentences } = input;
  const published = input.publishedAt;
  const amountSentence = amount ? sentenceIndexAt(sentences, amount.start) : -1;
  const out: Scored[] = [];
  for (const f of input.figures) {
    const fig = f.figure;
    if (fig.kind !== 'date') continue;
    if (published && fig.value.slice(0, published.length) > published) continue;
    const i = sentenceIndexAt(sentences, f.start);
    const s = sentences[i]!;
    const at = f.start - s.start;
    const end = f.end - s.start;
    const before = s.text.slice(Math.max(0, at - 80), at);
    const after = s.text.slice(end, end + 60);
    let score = placeWeight(s.block) / 1.5;
    // the date belongs to the nearest verb or noun that can carry one: the crime, a police step, a court step, a statement
    switch (nearestCue(s.text, at, end)) {
      case 'event': score += 2; break;
      case 'stopped': score += 1; break;
      case 'later': score -= 1.5; break;
      case 'reported': score += EVENT.test(s.text.slice(end)) ? 0.5 : -0.7; break; // "said on Tuesday that officers had taken the site offline"
      default: if (EVENT.test(s.text)) score += 0.5;
    }
    // the date names the event itself: "the 2016 hack", "a September 2020 exchange hack", "Friday's theft"
    if (EVENT_NOUN_AFTER.test(after)) score += 1;
    if (isBackground(s, f, input)) score -= 1.5;
    // the start of a range is not when a long-running operation was stopped: "ran it from October 2011 until his arrest"
    if (RANGE_START.test(before)) score -= 1;
    if (i === amountSentence) score += 0.5;
    else if (amount && sentences[amountSentence]?.block === s.block) score += 0.4;
    score += fig.value.length >= 10 ? 0.3 : fig.value.length >= 7 ? 0.15 : -0.3;
    if (published && fig.value === published) score -= 0.5;
    out.push({ f, score });
  }
  void text;
  return out;
}

/** Below this no date is said plainly enough to be the incident's. */
const DATE_FLOOR = 1.2;

/** A more precise date within this many points of the best one that agrees with it is preferred ("2019" → "Nov. 27, 2019"). */
const PRECISION_MARGIN = 2.5;

function pickDate(input: LeadInput, amount: PlacedFigure | null): string | null {
  const scored = scoreDates(input, amount);
  const best = scored.reduce<Scored | null>((a, b) => (!a || b.score > a.score ? b : a), null);
  if (!best || best.score < DATE_FLOOR) return null;
  const value = best.f.figure.value as string;
  const finer = scored
    .filter((x) => (x.f.figure.value as string).length > value.length && (x.f.figure.value as string).startsWith(value) && x.score >= best.score - PRECISION_MARGIN)
    .reduce<Scored | null>((a, b) => (!a || b.score > a.score ? b : a), null);
  return (finer ?? best).f.figure.value as string;
}

type Role = 'victims' | 'actors' | 'agencies';

interface MentionContext {
  before: string;
  /** the whole sentence before the mention */
  sentenceBefore: string;
  after: string;
  sentence: string;
  /** the first person or organisation named in its sentence */
  first: boolean;
  central: boolean;
}

function contextsOf(ref: number, entity: Entity, input: LeadInput, text: string, central: Set<number>): MentionContext[] {
  const out: MentionContext[] = [];
  const { sentences } = input;
  for (const m of mentionsByRef(input).get(ref) ?? []) {
    const s = sentences[sentenceIndexAt(sentences, m.start)]!;
    const firstNamed = mentionsBySentence(input).get(s.start)?.find((x) => ['person', 'organization'].includes(input.entities[x.ref]?.type ?? ''));
    out.push({
      before: text.slice(Math.max(s.start, m.start - 120), m.start),
      sentenceBefore: text.slice(s.start, m.start),
      after: skipAppositive(text.slice(m.end, s.end)),
      sentence: s.text,
      first: firstNamed?.ref === ref,
      central: central.has(ref),
    });
  }
  // the headline is not in the body text, but says the most
  const title = input.title ?? '';
  for (const name of [entity.name, ...entity.aliases]) {
    const at = name.length > 2 ? title.indexOf(name) : -1;
    if (at >= 0) out.push({ before: title.slice(0, at), sentenceBefore: title.slice(0, at), after: skipAppositive(title.slice(at + name.length)), sentence: title, first: true, central: true });
  }
  return out;
}

/** ", the trader who pulled $110 million out of Mango Markets, was arrested" → ", was arrested" */
const skipAppositive = (after: string) => after.replace(/^,\s[^,;]{1,140},(?=\s)/, '');

/** "In 2022, a court sentenced…": a sentence opening on a year other than the incident's recalls another case. */
const retrospective = (sentence: string, date: string | null) => {
  const year = /^In ((?:19|20)\d\d),/.exec(sentence)?.[1];
  return !!year && (!date || !date.startsWith(year));
};

function roleOf(ref: number, entity: Entity, input: LeadInput, text: string, central: Set<number>, date: string | null): Role | null {
  const contexts = contextsOf(ref, entity, input, text, central);
  const isCentral = central.has(ref);
  if (entity.type === 'agency') {
    const acting = contexts.filter((c) => AGENCY_ACTS.test(c.before.slice(-80)) || AGENCY_ACTS.test(c.after.slice(0, 80))).length;
    return acting && (isCentral || acting >= 1) ? 'agencies' : null;
  }
  if (entity.type !== 'person' && entity.type !== 'organization' && entity.type !== 'threat') return null;
  const keys = [entity.name, ...entity.aliases].map(nameKey);
  if (entity.type === 'threat' && !keys.some((k) => GROUP_THREATS.has(THREAT_KIND.get(k) ?? 'group'))) return null;
  // a market or mixer the story is about is itself an actor
  if (entity.type === 'organization' && isCentral && keys.some((k) => CRIMINAL_ORGS.has(ORG_KIND.get(k) ?? ''))) return 'actors';
  let actor = 0;
  let victim = 0;
  for (const c of contexts) {
    const official = (OFFICIAL_BEFORE.test(c.before.slice(-40)) || OFFICIAL_AFTER.test(c.after));
    // a perpetrator of another story the article recalls ("attributed to REvil, another gang") is not this story's
    if (!official && !BACKGROUND.test(c.sentence) && !retrospective(c.sentence, date) && ((!ROLE_APPOSITIVE_BEFORE.test(c.before) && (ACTOR_AFTER.test(c.after) || ACTOR_AFTER_PLURAL.test(c.after))) || ACTOR_BEFORE.test(c.before) || CHARGED_LIST_BEFORE.test(c.sentenceBefore))) actor++;
    if (entity.type === 'organization' && SANCTIONS.test(c.sentence) && SANCTIONED_BEFORE.test(c.before)) actor++;
    if (entity.type !== 'threat' && (VICTIM_AFTER.test(c.after) || VICTIM_BEFORE.test(c.before) || (c.first && entity.type === 'organization' && FROM_ITS.test(c.sentence)))) victim++;
  }
  if (entity.type === 'threat') return actor || (isCentral && contexts.length >= 2) ? 'actors' : null;
  if (actor > victim) return 'actors';
  // a harmed party the story is about, not one from another story it recalls
  if (victim > 0 && (isCentral || victim >= 2)) return 'victims';
  return null;
}

export function findLeadFacts(input: LeadInput, text: string): Summary {
  const amount = pickAmount(input);
  const date = pickDate(input, amount);
  const summary: Summary = { amount: amount ? (amount.figure as MoneyFigure | CryptoFigure) : null, date, victims: [], actors: [], agencies: [] };
  const central = centralEntities(input);
  input.entities.forEach((entity, i) => {
    const role = roleOf(i, entity, input, text, central, date);
    if (role) summary[role].push(entity.name);
  });
  return summary;
}
