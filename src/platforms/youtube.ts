// YouTube: label, icon, URL patterns, @handle profiles and the privacy policy named in consent notices.
import { simple } from './common.js';

export const youtube = simple(
  'youtube',
  'YouTube',
  'M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4a2.5 2.5 0 0 0-1.8 1.8C2 8.8 2 12 2 12s0 3.2.4 4.8a2.5 2.5 0 0 0 1.8 1.8c1.6.4 7.8.4 7.8.4s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8c.4-1.6.4-4.8.4-4.8s0-3.2-.4-4.8ZM10 15V9l5.2 3L10 15Z',
  ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  'https://policies.google.com/privacy',
  'https://www.youtube.com/@',
  'https://www.youtube.com/hashtag/',
);
