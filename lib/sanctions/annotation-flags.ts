/**
 * Flags for an annotation's addresses and entities, in the same order as the annotation's arrays, so the
 * annotation, page cards and popup can attach them (`flags` on each element, docs/annotation-schema.md).
 */
import type { Annotation, Flag } from '../schema';
import { flagsForAddress, flagsForName } from './screen';

export interface AnnotationFlags {
  /** flags[i] belongs to annotation.addresses[i] */
  addresses: Flag[][];
  /** flags[i] belongs to annotation.entities[i] */
  entities: Flag[][];
}

export function annotationFlags(annotation: Pick<Annotation, 'addresses' | 'entities'>): AnnotationFlags {
  return {
    addresses: annotation.addresses.map((a) => flagsForAddress(a.text)),
    entities: annotation.entities.map((e) => flagsForName(e.name, e.aliases)),
  };
}

/** How many of the flagged items a list names today (formerly listed ones are not counted). */
export function currentlyListed(flags: readonly (readonly Flag[])[]): number {
  return flags.filter((f) => f.some((x) => x.removedOn === null)).length;
}
