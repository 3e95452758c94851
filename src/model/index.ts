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
    const result = parseLayers(input);
    tidy(result.post as never);
    return result;
  } catch {
    return { post: {}, problems: [{ code: 'invalid-type', message: 'the input could not be read' }] };
  }
}

/**
 * Drops the fields parse.ts leaves empty or undefined (link ranges none of which fit the text, an anonymized author
 * without a name, no platform), for whoever serializes or walks the post. (Not in the elements' bundle: they ignore them.)
 */
function tidy(v: Record<string, unknown>): number {
  for (const k in v) if (v[k] == null || (typeof v[k] == 'object' && !tidy(v[k] as Record<string, unknown>))) delete v[k];
  return Object.keys(v).length;
}
