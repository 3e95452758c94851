// YouTube: label, icon, @handle profiles and the privacy policy named in consent notices.
import { simple } from './simple.js';

export const youtube = simple(
  'youtube',
  'YouTube',
  'M2 7.5C2 5 3 5 12 5s10 0 10 2.5v9c0 2.5-1 2.5-10 2.5s-10 0-10-2.5ZM10 9v6l5-3Z',
  'https://www.youtube.com/@',
  'https://www.youtube.com/hashtag/',
  'https://policies.google.com/privacy',
);
