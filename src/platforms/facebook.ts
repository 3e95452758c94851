// Facebook: label, icon, page profiles and hashtag pages.
import { simple } from './simple.js';

export const facebook = {
  ...simple(
    'facebook',
    'Facebook',
    'M12 2a10 10 0 0 0-1.6 19.9v-7H7.9V12h2.5V9.8c0-2.5 1.5-3.9 3.8-3.9l2.2.2v2.5h-1.3c-1.2 0-1.6.8-1.6 1.6V12h2.8l-.4 2.9h-2.4v7A10 10 0 0 0 12 2Z',
    'https://www.facebook.com/',
    'https://www.facebook.com/hashtag/',
  ),
  // Facebook usernames hold dots (@john.smith.5): a mention runs through them, never to @john.
  dottedHandles: true,
  // A video's address (a page's /videos/, Watch, a reel, fb.watch): nothing is fetched to know it.
  isVideo: (url: string) => /^https?:\/\/([\w-]+\.)*(fb\.watch\/|facebook\.com\/(([^?#]*\/)?(videos|watch|reel)\b|video\.php))/i.test(url),
};
