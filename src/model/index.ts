// The post model: types and the pure parse(), usable without a DOM (Node, CMS build steps).
// parse() here reads every field, `video` included (model/video.ts adds it).
import './video.js';

import { parse as parseLayers } from './parse.js';
import type { ParseResult } from './post.js';

export type * from './post.js';
export { LIMITS, postFields } from './parse.js';

/**
 * Validates and merges post-like input (see parse.ts). Never throws: input that throws when read
 * (a getter, a revoked Proxy: not JSON) gives an empty post and one `invalid-type` problem. (The
 * elements catch the same around their own parse.)
 */
export function parse(input: unknown): ParseResult {
  try {
    return parseLayers(input);
  } catch {
    return { post: {}, problems: [{ code: 'invalid-type', message: 'the input could not be read' }] };
  }
}
