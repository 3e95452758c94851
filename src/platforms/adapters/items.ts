/* eslint-disable @typescript-eslint/no-explicit-any -- the adapters read loosely typed platform JSON */
/** The objects of a JSON list: [] for anything that is not an array, its null and other non-object items left out. */
export const items = (v: unknown): Record<string, any>[] => (Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : []);
