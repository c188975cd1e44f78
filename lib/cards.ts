/** What a highlight's card says, from the annotation, the kinds registry and the incident index. */
import type { Annotation, CardInfo, SpanType } from './schema';
import type { Incident } from './incidents/schema';
import { ADDRESS_KIND, ENTITY_KINDS, FIGURE_KINDS_SPEC, figureValue, isFigureKind } from './kinds';
import { incidentsInvolving, knownLines } from './incidents/knows';
import { plural } from './base/text';
import { describeFlag, SCREENING_LIMITS } from './sanctions/describe';
import type { Flag } from './schema';

const listings = (flags: readonly Flag[]) =>
  flags.length ? { listings: flags.map((f) => ({ text: describeFlag(f), source: f.source, current: f.removedOn === null })) } : {};

export function cardInfo(annotation: Annotation, type: SpanType, ref: number, index: readonly Incident[]): CardInfo | null {
  if (type === 'address') {
    const x = annotation.addresses[ref];
    if (!x) return null;
    return {
      kind: ADDRESS_KIND.singular,
      text: x.text,
      meaning: `${x.chain} address, checksum ${x.valid ? 'valid' : 'INVALID (mistyped or altered?)'}`,
      lines: x.flags.length ? [SCREENING_LIMITS] : [],
      citable: true,
      ...listings(x.flags),
    };
  }
  if (isFigureKind(type)) {
    const figure = annotation.figures[ref];
    if (!figure || figure.kind !== type) return null;
    return { kind: FIGURE_KINDS_SPEC[figure.kind].singular, text: figure.text, meaning: `means ${figureValue(figure)}${figure.approximate ? ' (approximate)' : ''}`, lines: [], citable: true };
  }
  const entity = annotation.entities[ref];
  if (!entity || entity.type !== type) return null;
  const involved = incidentsInvolving(index, [entity.name, ...entity.aliases]);
  return {
    kind: ENTITY_KINDS[entity.type].singular,
    text: entity.name,
    meaning: `${entity.aliases.length ? `also ${entity.aliases.join(', ')}; ` : ''}mentioned ${entity.mentions} ${plural(entity.mentions, 'time')}`,
    lines: involved.length ? knownLines(involved) : ['No incident in the index names it.'],
    citable: true,
    ...listings(entity.flags),
  };
}
