import { useMemo, useRef, useState } from 'preact/hooks';
import type { CaseArticle } from '@/lib/casefile/types';
import { timelineEvents, type TimelineEvent } from '@/lib/casefile/connections';
import { ArticleLinks, articlesCount } from './ArticleLinks';
import { MONTH_NAMES } from '@/lib/base/dates';


interface Bucket {
  /** "2025-03", or "2025" when the case file spans more than ten years */
  key: string;
  label: string;
  articles: TimelineEvent[];
  incidents: TimelineEvent[];
}

/** Consecutive months (or years) from the first event to the last, each with its events. */
function buckets(events: readonly TimelineEvent[]): Bucket[] {
  if (!events.length) return [];
  const first = events[0]!.date;
  const last = events[events.length - 1]!.date;
  const byYear = +last.slice(0, 4) - +first.slice(0, 4) > 10;
  const keyOf = (date: string) => (byYear ? date.slice(0, 4) : `${date.slice(0, 4)}-${date.length >= 7 ? date.slice(5, 7) : '01'}`);
  const keys: string[] = [];
  for (let y = +first.slice(0, 4), m = byYear ? 1 : +keyOf(first).slice(5); ; ) {
    const key = byYear ? String(y) : `${y}-${String(m).padStart(2, '0')}`;
    keys.push(key);
    if (key >= keyOf(last)) break;
    if (byYear || m === 12) [y, m] = [y + 1, 1];
    else m++;
  }
  const map = new Map(keys.map((key) => [key, { key, label: byYear ? key : `${MONTH_NAMES[+key.slice(5) - 1]} ${key.slice(0, 4)}`, articles: [], incidents: [] } as Bucket]));
  for (const e of events) map.get(keyOf(e.date))?.[e.kind === 'article' ? 'articles' : 'incidents'].push(e);
  return keys.map((k) => map.get(k)!);
}

const bucketLabel = (b: Bucket) =>
  [`${b.label}: ${articlesCount(b.articles.length)}`, ...(b.incidents.length ? [`incident${b.incidents.length > 1 ? 's' : ''}: ${b.incidents.map((i) => i.label).join(', ')}`] : [])].join('; ');

/**
 * The axis label under a bucket: years alone when the span is long (each January, and the first
 * bucket), else month names with the year on January and on the first bucket.
 */
function tickLabel(key: string, index: number, count: number): string | null {
  if (key.length === 4) return count <= 12 || index % Math.ceil(count / 12) === 0 ? key : null;
  const month = +key.slice(5);
  if (month === 1 || (index === 0 && (count <= 12 || month <= 10))) return key.slice(0, 4);
  if (count > 24) return null;
  return count <= 12 || month % 3 === 1 ? MONTH_NAMES[month - 1]!.slice(0, 3) : null;
}

const W = 960;
const H = 170;
const LEFT = 28;
const RIGHT = 12;
const BASE = 128;
const BAR_MAX = 70;
const INCIDENT_Y = 30;

/**
 * Articles (bars: how many were published each month) and incidents (diamonds) on one time axis.
 * Keyboard: Tab reaches the timeline, ←/→ move between months that have something, Home/End jump to
 * the ends; the month in focus is listed below it.
 */
export function CaseTimeline({ articles, byUrl }: { articles: readonly CaseArticle[]; byUrl: ReadonlyMap<string, CaseArticle> }) {
  const all = useMemo(() => buckets(timelineEvents(articles)), [articles]);
  const filled = all.filter((b) => b.articles.length || b.incidents.length);
  const [selected, setSelected] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  if (!filled.length) return <p class="empty">No dated article or incident in the case file yet.</p>;
  const current = filled.find((b) => b.key === selected) ?? filled[filled.length - 1]!;
  const step = (W - LEFT - RIGHT) / all.length;
  const x = (i: number) => LEFT + i * step + step / 2;
  const most = Math.max(1, ...all.map((b) => b.articles.length));

  const move = (e: KeyboardEvent) => {
    const at = filled.indexOf(current);
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? filled.length - 1 : -2;
    if (to === -2) return;
    e.preventDefault();
    const next = filled[Math.max(0, Math.min(filled.length - 1, to))]!;
    setSelected(next.key);
    requestAnimationFrame(() => svg.current?.querySelector<SVGGElement>(`[data-key="${next.key}"]`)?.focus());
  };

  return (
    <section aria-label="Timeline" class="case-timeline">
      <svg ref={svg} viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Timeline of articles and incidents, ${all[0]!.label} to ${all[all.length - 1]!.label}. Use the arrow keys to move between months.`} onKeyDown={move}>
        <text x={LEFT} y={14} class="lane">Incidents</text>
        <text x={LEFT} y={BASE - BAR_MAX - 6} class="lane">Articles published</text>
        <line x1={LEFT} x2={W - RIGHT} y1={BASE} y2={BASE} class="axis" />
        {all.map((b, i) => {
          const label = tickLabel(b.key, i, all.length);
          return label ? (
            <text key={`t${b.key}`} x={x(i)} y={BASE + 18} text-anchor="middle" class={label.length === 4 ? 'tick year' : 'tick'}>
              {label}
            </text>
          ) : null;
        })}
        {all.map((b, i) => {
          if (!b.articles.length && !b.incidents.length) return null;
          const h = (b.articles.length / most) * BAR_MAX;
          const active = b.key === current.key;
          return (
            <g
              key={b.key}
              data-key={b.key}
              class={`bucket${active ? ' active' : ''}`}
              tabindex={active ? 0 : -1}
              role="button"
              aria-label={bucketLabel(b)}
              aria-pressed={active}
              onClick={() => setSelected(b.key)}
              onFocus={() => setSelected(b.key)}
            >
              <title>{bucketLabel(b)}</title>
              <rect x={x(i) - step / 2} y={8} width={step} height={BASE - 8} class="hit" />
              {b.articles.length > 0 && <rect x={x(i) - Math.max(2, step * 0.35)} y={BASE - h} width={Math.max(4, step * 0.7)} height={h} class="bar" />}
              {b.incidents.length > 0 && <path d={`M${x(i)} ${INCIDENT_Y - 7} l7 7 l-7 7 l-7 -7 z`} class="incident" />}
            </g>
          );
        })}
      </svg>
      <div class="timeline-details" aria-live="polite">
        <h3>{bucketLabel(current)}</h3>
        {current.incidents.length > 0 && (
          <ul class="incident-list">
            {current.incidents.map((i) => (
              <li key={i.id}>◆ {i.label} <span class="muted">{i.date}</span></li>
            ))}
          </ul>
        )}
        <ArticleLinks urls={current.articles.map((a) => a.id)} byUrl={byUrl} />
      </div>
    </section>
  );
}
