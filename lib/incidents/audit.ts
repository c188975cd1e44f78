/** The audit of the incident index: how many records, how well sourced, what to fix. */
import { AMOUNT_KINDS, CATEGORIES, type Category, type Incident } from './schema';
import { forbiddenReason, sourceKindOf } from './source-hosts';

export interface IndexAudit {
  total: number;
  byCategory: Record<Category, number>;
  byYear: Record<string, number>;
  /** records from 2024, 2025 and 2026 */
  recent: number;
  withOfficial: number;
  withOfficialOrOutlet: number;
  forbidden: { id: string; url: string; reason: string }[];
  /** a source whose recorded kind is not what its host says */
  misclassified: { id: string; url: string; recorded: string; expected: string }[];
  withoutOfficialOrOutlet: string[];
  singleSource: string[];
  amountsWithoutKind: string[];
  amountsByKind: Record<string, number>;
}

export function auditIndex(index: readonly Incident[]): IndexAudit {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byYear: Record<string, number> = {};
  const amountsByKind: Record<string, number> = {};
  const audit: IndexAudit = {
    total: index.length, byCategory, byYear, recent: 0, withOfficial: 0, withOfficialOrOutlet: 0, forbidden: [],
    misclassified: [], withoutOfficialOrOutlet: [], singleSource: [], amountsWithoutKind: [], amountsByKind,
  };
  for (const x of index) {
    byCategory[x.category] += 1;
    const year = x.date.slice(0, 4);
    byYear[year] = (byYear[year] ?? 0) + 1;
    if (year >= '2024') audit.recent += 1;
    const kinds = new Set(x.sources.map((s) => s.kind));
    if (kinds.has('official')) audit.withOfficial += 1;
    if (kinds.has('official') || kinds.has('outlet')) audit.withOfficialOrOutlet += 1;
    else audit.withoutOfficialOrOutlet.push(x.id);
    if (x.sources.length === 1) audit.singleSource.push(x.id);
    for (const s of x.sources) {
      const reason = forbiddenReason(s.url);
      if (reason) {
        audit.forbidden.push({ id: x.id, url: s.url, reason });
        continue;
      }
      const expected = sourceKindOf(s.url);
      if (expected !== s.kind) audit.misclassified.push({ id: x.id, url: s.url, recorded: s.kind, expected });
    }
    if (x.amount) {
      if ((AMOUNT_KINDS as readonly string[]).includes(x.amount.kind)) amountsByKind[x.amount.kind] = (amountsByKind[x.amount.kind] ?? 0) + 1;
      else audit.amountsWithoutKind.push(x.id);
    }
  }
  return audit;
}

const share = (n: number, of: number) => `${n}/${of} (${of ? ((100 * n) / of).toFixed(1) : '0.0'}%)`;

/** The audit as a plain-text report. */
export function auditText(a: IndexAudit): string {
  const lines = [
    `Incident index audit: ${a.total} records`,
    '',
    'Per category:',
    ...CATEGORIES.map((c) => `  ${c.padEnd(16)} ${a.byCategory[c]}`),
    '',
    'Records by year:',
    `  ${Object.entries(a.byYear).sort(([x], [y]) => x.localeCompare(y)).map(([y, n]) => `${y}: ${n}`).join(', ')}`,
    `  2024-2026: ${a.recent}`,
    '',
    `With an official source:             ${share(a.withOfficial, a.total)}`,
    `With an official or outlet source:   ${share(a.withOfficialOrOutlet, a.total)}`,
    `Forbidden hosts or paths:            ${a.forbidden.length}`,
    `Sources whose kind disagrees with the host table: ${a.misclassified.length}`,
    `Amounts without a kind:              ${a.amountsWithoutKind.length}`,
    `Amounts by kind: ${Object.entries(a.amountsByKind).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '',
    ...(a.forbidden.length ? ['Forbidden sources:', ...a.forbidden.map((f) => `  ${f.id}: ${f.url} (${f.reason})`), ''] : []),
    ...(a.misclassified.length ? ['Misclassified sources:', ...a.misclassified.map((m) => `  ${m.id}: ${m.url} is ${m.recorded}, host table says ${m.expected}`), ''] : []),
    ...(a.amountsWithoutKind.length ? ['Amounts without a kind:', ...a.amountsWithoutKind.map((id) => `  ${id}`), ''] : []),
    `Records without an official or outlet source (${a.withoutOfficialOrOutlet.length}):`,
    ...a.withoutOfficialOrOutlet.map((id) => `  ${id}`),
    '',
    `Records resting on one source (${a.singleSource.length}):`,
    ...a.singleSource.map((id) => `  ${id}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
