// TikTok: label, icon, @handle profiles and tag pages.
import { simple } from './simple.js';

export const tiktok = {
  ...simple(
    'tiktok',
    'TikTok',
    'M12.5 2h3.3a4.6 4.6 0 0 0 4.6 4.6v3.3a7.9 7.9 0 0 1-4.6-1.5v6.9a6.2 6.2 0 1 1-6.2-6.2h.5v3.4a2.9 2.9 0 1 0 2.4 2.8V2Z',
    'https://www.tiktok.com/@',
    'https://www.tiktok.com/tag/',
  ),
  // TikTok usernames hold dots (@nat.geo): a mention runs through them.
  dottedHandles: true,
};
