// The way in to the sanitizer: DOMPurify with its configuration, and the plain-text reading of
// HTML for when it cannot run (./sanitize.ts), are one chunk, fetched once per page and only
// before the first render of a post that carries HTML (see render/chunks.ts).
import { onDemand } from '../on-demand.js';

export const sanitizer = onDemand(() => import('./sanitize.js'));
