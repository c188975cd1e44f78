import type { Annotation, IncidentRef, RelatedIncident } from '../schema';

/** Finds the indexed incident an annotated article is about, and the ones it relates to. */
export type IncidentRanker = (annotation: Annotation, text: string) => { incident: IncidentRef | null; related: RelatedIncident[] };
