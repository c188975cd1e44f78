/** The case-file page's views, in the order of its tabs; research.html#NAME opens one. */
export const TABS = ['articles', 'names', 'addresses', 'incidents', 'timeline'] as const;
export type Tab = (typeof TABS)[number];
