import type { RelatedIncident } from '@/lib/schema';

interface Point { label: string; date: string; current: boolean }

const toYear = (iso: string) => +iso.slice(0, 4) + (iso.length >= 7 ? (+iso.slice(5, 7) - 1) / 12 : 0.5) + (iso.length >= 10 ? (+iso.slice(8, 10) - 1) / 365 : 0);

/** This story among its related incidents, on one time axis (plain SVG). */
export function Timeline({ storyDate, storyLabel, related }: { storyDate: string | null; storyLabel: string; related: RelatedIncident[] }) {
  const points: Point[] = [...related.map((r) => ({ label: r.name, date: r.date, current: false }))];
  if (storyDate) points.push({ label: storyLabel, date: storyDate, current: true });
  if (points.length < 2) return null;
  const years = points.map((p) => toYear(p.date));
  const min = Math.floor(Math.min(...years));
  const max = Math.ceil(Math.max(...years)) + (Math.max(...years) === Math.ceil(Math.max(...years)) ? 1 : 0);
  const W = 392;
  const x = (y: number) => 12 + ((y - min) / Math.max(1, max - min)) * (W - 24);
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i).filter((_, i, all) => all.length <= 8 || i % Math.ceil(all.length / 8) === 0);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} 56`} width={W} height={56} role="img" aria-label={`Timeline from ${min} to ${max}: ${points.map((p) => `${p.label}, ${p.date}`).join('; ')}`}>
        <line x1={12} x2={W - 12} y1={28} y2={28} class="axis" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={24} y2={32} class="axis" />
            <text x={x(t)} y={48} text-anchor="middle" class="tick">{t}</text>
          </g>
        ))}
        {points.map((p, i) => (
          <circle key={i} cx={x(toYear(p.date))} cy={28} r={p.current ? 6 : 4} class={p.current ? 'dot current' : 'dot'}>
            <title>{`${p.label} (${p.date})`}</title>
          </circle>
        ))}
      </svg>
      <figcaption class="muted">● this story · ○ related incidents</figcaption>
    </figure>
  );
}
