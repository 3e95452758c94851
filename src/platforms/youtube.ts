// YouTube: label, icon, @handle profiles and the privacy policy named in consent notices.
// Written out rather than built with simple(): <video-appeal> carries it in the bundle, and simple()
// then stays in the on-demand chunk of the other small platforms.
import type { Platform } from './platform.js';
import { at, bare, drop } from './common.js';

export const youtube: Platform = {
  id: 'youtube',
  label: 'YouTube',
  // The logo scaled by 1.1 about the box's centre (22 by 15.4 units): at 20 by 14 it looked a size smaller than X's 20 by 18.
  icon: 'M1 7.05C1 4.3 2.1 4.3 12 4.3s11 0 11 2.75v9.9c0 2.75-1.1 2.75-11 2.75s-11 0-11-2.75ZM9.8 8.7v6.6l5.5-3.3Z',
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
