import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, contrast, marksCss, readableOn } from '@/lib/highlight/palette';

describe('highlight colours', () => {
  it.each(Object.entries(DEFAULT_PALETTE))('%s text keeps WCAG AA contrast on its background', (_type, swatch) => {
    expect(contrast(swatch.background, swatch.color)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes contrast by the WCAG formula', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks a readable text colour for any background a reader chooses', () => {
    expect(readableOn('#202020')).toBe('#ffffff');
    expect(readableOn('#ffe08a')).toBe('#111111');
  });

  it('sets colours on highlights only, and hidden highlights fall back to the page', () => {
    const css = marksCss(DEFAULT_PALETTE);
    expect(css).toContain('hashmark-mark[data-type="threat"]:not([data-off])');
    expect(css).toContain('hashmark-mark[data-off]{background:none !important;color:inherit !important');
  });
});
