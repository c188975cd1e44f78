/**
 * One row per real-world thing: mentions of the same known thing merge; an
 * abbreviation in parentheses or an acronym joins its full name; a surname alone
 * joins the full name of the person.
 */
import type { FoundEntity as Entity, EntityType } from '../schema';
import type { EntityMention } from './entities';
import { nameKey } from '../base/text';
import { gazetteer } from '../knowledge';

interface Cluster {
  type: EntityType;
  canonical: string | null;
  /** surface forms in order of first appearance */
  forms: string[];
  mentions: EntityMention[];
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

export interface ResolvedEntities {
  entities: Entity[];
  /** for each input mention, the index of its entity (or -1 when dropped) */
  entityOf: number[];
}

export function resolveEntities(mentions: EntityMention[], text: string): ResolvedEntities {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  /** the other names mentions answer to: only a mention of the same type joins by them ("QRX" with the list's "QuiverX" does not take the company QuiverX) */
  const byOtherName = new Map<string, Cluster>();
  const clusterOf = new Map<EntityMention, Cluster>();
  const attach = (c: Cluster, m: EntityMention) => {
    c.mentions.push(m);
    for (const form of [m.surface, m.alsoKnownAs]) {
      if (!form) continue;
      if (!c.forms.includes(form)) c.forms.push(form);
      (form === m.surface ? byKey : byOtherName).set(nameKey(form), c);
    }
    clusterOf.set(m, c);
  };
  const knownClusters = new Map<string, Cluster>();
  // Known things first: they fix types and canonical names.
  for (const m of mentions) {
    if (!m.known) continue;
    const id = `${m.known.type}:${m.known.name}`;
    let c = knownClusters.get(id);
    if (!c) {
      c = { type: m.known.type, canonical: m.known.name, forms: [], mentions: [] };
      knownClusters.set(id, c);
      clusters.push(c);
    }
    attach(c, m);
  }
  const unknown = mentions.filter((m) => !m.known);
  // Full names before their short forms.
  const ordered = [...unknown].sort((a, b) => b.surface.split(' ').length - a.surface.split(' ').length || a.start - b.start);
  for (const m of ordered) {
    const key = nameKey(m.surface);
    let c = byKey.get(key) ?? (byOtherName.get(key)?.type === m.type ? byOtherName.get(key) : undefined);
    if (!c) {
      // "Sterlingov" → "Roman Sterlingov"; "Lazarus" → "Lazarus Group"
      const words = m.surface.split(' ');
      // (a coin is no one's surname: "Qirra" does not join "Get Qirra")
      if (words.length === 1 && m.type !== 'asset') {
        c = clusters.find((x) => x.type === 'person' && x.forms.some((f) => f.split(' ').length > 1 && nameKey(f.split(' ').pop()!) === key));
        c ??= clusters.find((x) => x.forms.some((f) => f.split(' ').length === 2 && nameKey(f.split(' ')[0]!) === key && /group|gang|team|network|protocol|finance|exchange|labs/i.test(f)));
        // acronyms: "NCA" for "National Crime Agency"
        if (!c && /^\p{Lu}{2,6}$/u.test(m.surface)) c = clusters.find((x) => x.forms.some((f) => f.split(' ').length > 1 && initials(f) === m.surface));
      }
    }
    if (!c) {
      c = { type: m.type, canonical: null, forms: [], mentions: [] };
      clusters.push(c);
    }
    attach(c, m);
  }
  // "Full Name (ABBR)", "Coin Name (CURRENCY:TICKER)": the abbreviation joins the name just before it.
  for (const m of mentions) {
    const after = /^\s*\((?:[A-Z]{3,10}\s*:\s*)?([^():]{2,12})\)/.exec(text.slice(m.end, m.end + 30));
    if (!after) continue;
    const abbrMention = mentions.find((x) => x.start > m.end && x.start <= m.end + 16 && x.surface === after[1]);
    const a = abbrMention && clusterOf.get(abbrMention);
    const b = clusterOf.get(m);
    if (!a || !b || a === b || a.canonical) continue;
    for (const x of a.mentions) attach(b, x);
    clusters.splice(clusters.indexOf(a), 1);
  }
  const live = clusters.filter((c) => c.mentions.length);
  const entities: Entity[] = [];
  const index = new Map<Cluster, number>();
  for (const c of live) {
    const seen = [...c.forms];
    const name = c.canonical && seen.some((f) => nameKey(f) === nameKey(c.canonical!)) ? c.canonical : [...seen].sort((a, b) => b.length - a.length)[0]!;
    // a coin written only as its ticker ("XLM") is still the coin of that name ("Stellar"), and the reverse
    // (not when that name is also a company's: "USDT" is not thereby "Tether" the issuer)
    const coinNames = c.type === 'asset'
      ? c.mentions.flatMap((m) => [m.known?.name, m.known?.ticker]).filter((x): x is string => !!x && !gazetteer().byForm.get(nameKey(x))?.some((t) => t.type !== 'asset'))
      : [];
    const aliases = [...seen, ...coinNames].filter((f) => nameKey(f) !== nameKey(name)).filter((f, i, all) => all.findIndex((x) => nameKey(x) === nameKey(f)) === i);
    index.set(c, entities.length);
    entities.push({ type: c.type, name, aliases, mentions: c.mentions.length });
  }
  const entityOf = mentions.map((m) => {
    const c = clusterOf.get(m);
    return c ? (index.get(c) ?? -1) : -1;
  });
  return { entities, entityOf };
}
