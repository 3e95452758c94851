// X (formerly Twitter), always in the bundle: label by date, handles and links. Its embed-code reader
// (sources/embed-code.ts) and JSON adapter (adapters/x.ts) are on-demand chunks.
import type { Platform } from './platform.js';
import { at, bare, drop } from './common.js';

const renamed = Date.parse('2023-07-24T00:00:00Z');

export const x: Platform = {
  id: 'x',
  label: 'X',
  labelAt: (createdAt) => (createdAt && Date.parse(createdAt) < renamed ? 'Twitter' : 'X'),
  icon: 'M18 3h3l-7 8 8 10h-6l-5-6-5 6H2l7-8-7-10h6l4 6Zm-1 16h2L7 5H5Z',
  wordmark: 'X',
  privacy: 'https://x.com/privacy',
  handle: at,
  // A fediverse handle in a post (@user@instance) names no X profile: left as text, as X does.
  profileUrl: (h) => (bare(h).includes('@') ? undefined : `https://x.com/${encodeURIComponent(bare(h))}`),
  tagUrl: (t) => `https://x.com/hashtag/${encodeURIComponent(t)}`,
  cashtagUrl: (t) => `https://x.com/search?q=${encodeURIComponent('$' + t)}`,
  // A share link's s=20 and t= (the sharer's token); an embed's ref_src and ref_url go on any site (tracking.ts).
  untrack: (u) => drop(u, /^[st]$/),
};
