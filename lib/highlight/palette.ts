/**
 * Highlight colours. Each type sets both its background and its text colour, so the
 * highlighted text keeps WCAG AA contrast (4.5:1) on light and dark pages alike.
 */
import type { SpanType } from '../schema';
import { SPAN_TYPES, kindOf, type Swatch } from '../kinds';
import { MARK_TAG } from '../base/tags';

export type Palette = Record<SpanType, Swatch>;

export const DEFAULT_PALETTE: Palette = Object.fromEntries(SPAN_TYPES.map((t) => [t, { ...kindOf(t).swatch }])) as Palette;

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The text colour (near-black or white) that reads best on a background. */
export function readableOn(background: string): string {
  return contrast(background, '#111111') >= contrast(background, '#ffffff') ? '#111111' : '#ffffff';
}

/** The page stylesheet for highlights (inserted by the background, never a <style> in the page). */
export function marksCss(palette: Palette): string {
  const rules = (Object.keys(palette) as SpanType[]).map(
    (t) => `${MARK_TAG}[data-type="${t}"]:not([data-off]){background-color:${palette[t].background} !important;color:${palette[t].color} !important;}`,
  );
  return [
    `${MARK_TAG}{border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:help;}`,
    ...rules,
    // listed on a sanctions list: a border and a sign, so colour is never the only cue
    `${MARK_TAG}[data-flag="sanctioned"]:not([data-off]){outline:2px solid #9b0016 !important;outline-offset:0;}`,
    `${MARK_TAG}[data-flag="sanctioned"]:not([data-off])::before{content:"\\26A0\\FE0E\\00A0";color:#9b0016;font-weight:700;}`,
    `${MARK_TAG}:focus-visible{outline:2px solid #1a73e8 !important;outline-offset:1px;}`,
    `${MARK_TAG}[data-off]{background:none !important;color:inherit !important;cursor:auto;}`,
  ].join('\n');
}
