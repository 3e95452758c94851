// Vimeo: label, icon, profile pages and the privacy policy named in consent notices.
// Written out rather than built with simple(): <video-appeal> carries it in the bundle, and simple()
// then stays in the on-demand chunk of the other small platforms.
import type { Platform } from './platform.js';
import { bare, drop } from './common.js';

export const vimeo: Platform = {
  id: 'vimeo',
  label: 'Vimeo',
  icon: 'M2 8l1 1.2c1-.7 1.7-1 2-.6.6.9 2.6 8.5 3.6 10.4 1.5 2.9 4.3 1 7-2.2C19 12.6 22 9 22 6c0-3.3-4.4-4-7-.2 2.4-1 3 .6 1.6 3.2-1.3 3-2.2 3.6-2.9 2-.7-1.5-1-7.2-3.5-7.6C7.8 3 4 7 2 8Z',
  privacy: 'https://vimeo.com/privacy',
  // Vimeo shows account names, not "@" handles.
  profileUrl: (h) => 'https://vimeo.com/' + encodeURIComponent(bare(h)),
  // A video's address holds its number (vimeo.com/76979871, /channels/…/76979871, player.vimeo.com/video/…); a profile's does not.
  isVideo: (u) => /\/\d+(\/|\?|#|$)/.test(u),
  // A share's share=copy, fl and fe (an unlisted video's h= is its key: kept).
  untrack: (u) => drop(u, /^(share|fl|fe)$/),
};
