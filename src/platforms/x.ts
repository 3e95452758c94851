// X (formerly Twitter), always in the bundle: label by date, handles and links. Its embed-code reader
// (sources/embed-code.ts) and JSON adapter (adapters/x.ts) are on-demand chunks.
import type { Platform } from './platform.js';
import { at, bare } from './common.js';

const renamed = Date.parse('2023-07-24T00:00:00Z');

export const x: Platform = {
  id: 'x',
  label: 'X',
  labelAt: (createdAt) => (createdAt && Date.parse(createdAt) < renamed ? 'Twitter' : 'X'),
  icon: 'M17.8 3h3.1l-6.8 7.7L22 21h-6.2l-4.9-6.3L5.3 21H2.2l7.2-8.3L1.8 3h6.4l4.4 5.8Zm-1.1 16.2h1.7L7.4 4.7H5.6Z',
  privacy: 'https://x.com/privacy',
  handle: at,
  profileUrl: (h) => `https://x.com/${encodeURIComponent(bare(h))}`,
  tagUrl: (t) => `https://x.com/hashtag/${encodeURIComponent(t)}`,
  cashtagUrl: (t) => `https://x.com/search?q=${encodeURIComponent('$' + t)}`,
};
