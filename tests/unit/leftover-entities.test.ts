/** Character references a page left in values the parser never decodes (JSON-LD, twice-escaped attributes). */
import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeLeftoverEntities } from '@/lib/article/entities';

describe('leftover character references', () => {
  it('decode accented letters by their pattern, in names and in titles alike', () => {
    expect(decodeEntities('Redacci&oacute;n Nordsee')).toBe('Redacción Nordsee');
    expect(decodeLeftoverEntities('Caf&eacute; owners &amp; the new rent rules')).toBe('Café owners & the new rent rules');
  });

  it('leave a reference to markup as it stood in a name, and decode it in a title shown as text', () => {
    expect(decodeEntities('Ana &lt;b&gt;Lima')).toBe('Ana &lt;b&gt;Lima');
    expect(decodeLeftoverEntities('Olive &#038; Herb &lt;3')).toBe('Olive & Herb <3');
  });
});
