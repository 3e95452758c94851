// The post model: types and the pure parse(), usable without a DOM (Node, CMS build steps).
// parse() here reads every field, `video` included (model/video.ts adds it).
import './video.js';

export type * from './post.js';
export { parse, LIMITS, postFields } from './parse.js';
