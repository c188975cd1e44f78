import { describe, expect, it } from 'vitest';
import { annotateBlocks } from '@/lib/annotate';
import { citeFact, factJson } from '@/lib/citation/fact';

describe('citing a name', () => {
  const blocks = ['The heist was large. Investigators said the Lazarus Group moved the coins through mixers. Nobody was arrested.'];
  const meta = { title: 'Heist', url: 'https://news.example/heist', publisher: 'News', authors: [], publishedAt: '2022-04-14', language: 'en' };
  const { annotation, spans } = annotateBlocks(blocks, meta, { today: new Date(Date.UTC(2026, 10, 23)) });
  const ref = annotation.entities.findIndex((e) => e.name === 'Lazarus Group');

  it('quotes the sentence of its first mention and links to it', () => {
    const fact = citeFact({ annotation, spans, blocks, url: meta.url, pageText: blocks[0]! }, { type: annotation.entities[ref]?.type ?? 'person', ref })!;
    expect(fact).toMatchObject({
      claim: 'Lazarus Group',
      kind: 'entity',
      value: null,
      unit: null,
      entityType: 'threat',
      sentence: 'Investigators said the Lazarus Group moved the coins through mixers.',
    });
    expect(fact.fragmentUrl.startsWith('https://news.example/heist#:~:text=')).toBe(true);
    expect(JSON.parse(factJson(fact))).toEqual(fact);
  });

  it('is null for a name that is not in the annotation', () => {
    expect(citeFact({ annotation, spans, blocks, url: meta.url, pageText: blocks[0]! }, { type: annotation.entities[999]?.type ?? 'person', ref: 999 })).toBeNull();
  });
});
