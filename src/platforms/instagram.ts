// Instagram: label, icon, @handle profiles and hashtag pages.
import { simple } from './simple.js';

export const instagram = {
  ...simple(
    'instagram',
    'Instagram',
    'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5Zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3Zm5 3a5 5 0 1 1 0 10 5 5 0 0 1 0-10Zm0 2a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm5-4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z',
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/tags/',
  ),
  // Instagram usernames hold dots (@nat.geo): a mention runs through them.
  dottedHandles: true,
};
