// Any other site: a generic globe (a ring, a meridian and the equator), labelled by the post's host.
import type { Platform } from './platform.js';

export const web: Platform = {
  id: 'web',
  label: 'Web',
  icon: 'M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 0a5 8 0 0 1 0 16 5 8 0 0 1 0-16Zm0 2a3 6 0 0 0 0 12 3 6 0 0 0 0-12ZM3 11h18v2H3Z',
};
