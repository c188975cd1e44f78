/** Article metadata → CSL-JSON, the one form every citation format is made from. */
import type { ArticleMeta, CslItem, CslName } from '../schema';

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'ter', 'ten', 'dos', 'das', 'bin', 'al', 'el']);
const ORGANIZATION_WORDS = /\b(?:staff|team|desk|news|editors?|reporters?|agency|press|bureau|wire|newsroom|inc|ltd|group)\b/i;

/** "Jane van der Berg" → given Jane, particle "van der", family Berg; an organization stays literal. */
export function personName(raw: string): CslName {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (ORGANIZATION_WORDS.test(name) || !/\s/.test(name) || /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) {
    return { literal: name };
  }
  if (name.includes(',')) {
    const [family, given] = name.split(',').map((s) => s.trim());
    return { family: family!, given: given! };
  }
  const words = name.split(' ');
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  const given = words.slice(0, i).filter((w) => !PARTICLES.has(w.toLowerCase()) || words.indexOf(w) === 0);
  const particle = words.slice(given.length, i);
  const out: CslName = { family: words.slice(i).join(' '), given: given.join(' ') };
  if (particle.length) out['non-dropping-particle'] = particle.join(' ');
  return out;
}

function dateParts(iso: string): [number, number?, number?] {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? [y!, m!, d] : m ? [y!, m] : [y!];
}

export function toCsl(meta: ArticleMeta, accessed: Date): CslItem {
  const item: CslItem = { type: 'article-newspaper' };
  if (meta.title) item.title = meta.title;
  if (meta.authors.length) item.author = meta.authors.map(personName);
  if (meta.publisher) item['container-title'] = meta.publisher;
  if (meta.publishedAt) item.issued = { 'date-parts': [dateParts(meta.publishedAt)] };
  if (meta.url) item.URL = meta.url;
  if (meta.language) item.language = meta.language;
  item.accessed = { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  return item;
}
