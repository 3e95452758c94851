// The post model: types and the pure parse(), usable without a DOM (Node, CMS build steps).
export type * from './post.js';
export { parse, LIMITS, postFields } from './parse.js';
