/**
 * Highlight colours. Each type sets both its background and its text colour, so the
 * highlighted text keeps WCAG AA contrast (4.5:1) on light and dark pages alike.
 */
import type { SpanType } from '../schema';

export interface Swatch { background: string; color: string }
export type Palette = Record<SpanType, Swatch>;

export const DEFAULT_PALETTE: Palette = {
  person: { background: '#ffe08a', color: '#1f1a00' },
  organization: { background: '#cfe5ff', color: '#00224d' },
  agency: { background: '#e4d7ff', color: '#250a5c' },
  location: { background: '#c8f0da', color: '#00331a' },
  asset: { background: '#ffd8b0', color: '#3d1c00' },
  threat: { background: '#ffd0d6', color: '#4d0010' },
  money: { background: '#fff3b0', color: '#2b2400' },
  crypto: { background: '#fff3b0', color: '#2b2400' },
  count: { background: '#f1f3b8', color: '#262800' },
  percent: { background: '#f1f3b8', color: '#262800' },
  date: { background: '#e9eef3', color: '#17212b' },
  duration: { background: '#e9eef3', color: '#17212b' },
  address: { background: '#c9f2f2', color: '#003333' },
};

export const TYPE_LABELS: Record<SpanType, string> = {
  person: 'People', organization: 'Organizations', agency: 'Agencies', location: 'Places', asset: 'Crypto assets',
  threat: 'Threats', money: 'Money', crypto: 'Crypto amounts', count: 'Counts', percent: 'Percentages', date: 'Dates',
  duration: 'Durations', address: 'Addresses',
};

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
    (t) => `hashmark-mark[data-type="${t}"]:not([data-off]){background-color:${palette[t].background} !important;color:${palette[t].color} !important;}`,
  );
  return [
    'hashmark-mark{border-radius:2px;box-decoration-break:clone;-webkit-box-decoration-break:clone;cursor:help;}',
    ...rules,
    'hashmark-mark:focus-visible{outline:2px solid #1a73e8 !important;outline-offset:1px;}',
    'hashmark-mark[data-off]{background:none !important;color:inherit !important;cursor:auto;}',
  ].join('\n');
}
