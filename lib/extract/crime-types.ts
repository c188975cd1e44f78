/**
 * Crime types from the article's own words. Cues live in knowledge/crime-cues.json;
 * a type needs one strong cue or two different weak ones, so that a passing mention
 * does not label the story.
 */
import { CRIME_TYPES, type CrimeType } from '../schema';
import cues from '../knowledge/crime-cues.json';

interface CueSet { strong: string[]; weak: string[] }

const compiled = CRIME_TYPES.map((type) => {
  const set = (cues as Record<string, CueSet>)[type] ?? { strong: [], weak: [] };
  return {
    type,
    strong: set.strong.map((p) => new RegExp(`\\b${p}`, 'gi')),
    weak: set.weak.map((p) => new RegExp(`\\b${p}`, 'gi')),
  };
});

const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;

export function findCrimeTypes(text: string): CrimeType[] {
  const found: CrimeType[] = [];
  for (const { type, strong, weak } of compiled) {
    const strongHits = strong.reduce((n, re) => n + count(re, text), 0);
    const weakKinds = weak.filter((re) => count(re, text) > 0).length;
    if (strongHits >= 1 || weakKinds >= 2) found.push(type);
  }
  return found;
}
