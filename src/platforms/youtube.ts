// YouTube: label, icon, @handle profiles and the privacy policy named in consent notices.
// Written out rather than built with simple(): <video-appeal> carries it in the bundle, and simple()
// then stays in the on-demand chunk of the other small platforms.
import type { Platform } from './platform.js';
import { at, bare, drop } from './common.js';

export const youtube: Platform = {
  id: 'youtube',
  label: 'YouTube',
  icon: 'M2 7.5C2 5 3 5 12 5s10 0 10 2.5v9c0 2.5-1 2.5-10 2.5s-10 0-10-2.5ZM10 9v6l5-3Z',
  privacy: 'https://policies.google.com/privacy',
  handle: at,
  // Handles hold dots and hyphens (@tages-schau, @ard.text): a mention runs through them, never to @tages.
  dottedHandles: true,
  profileUrl: (h) => 'https://www.youtube.com/@' + encodeURIComponent(bare(h)),
  tagUrl: (t) => 'https://www.youtube.com/hashtag/' + encodeURIComponent(t),
  // A video, a Short, a stream or a playlist; not a community post or a channel.
  isVideo: (u) => /youtu\.be\/|\/(watch|shorts|live|embed|playlist)\b/.test(u),
  // A share's si and feature, a search result's pp, the channel's name (ab_channel); v, t, list and index are the address.
  untrack: (u) => drop(u, /^(si|feature|pp|ab_channel)$/),
};
