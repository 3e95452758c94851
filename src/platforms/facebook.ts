// Facebook: label, icon, page profiles and hashtag pages, and what its addresses carry besides the post.
import { simple } from './simple.js';
import { drop } from './common.js';

/**
 * The forms whose query Facebook's own pages define, by host and path: the .php pages, Watch, a photo
 * and an album (their query is the address), and the posts, videos, reels, shares, group permalinks
 * and photos addressed by their path (their query is all the share's and the page's).
 */
const known =
  /^fb\.watch\/|\.com\/((permalink|story|photo|video|profile)\.php|watch|photo|media\/set)\b|\/(posts|videos|reels?|share|permalink|photos)\//;

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
  /**
   * A known form keeps the names that identify what it links (story_fbid, id, fbid, v; set for an
   * album; a comment's comment_id and reply_comment_id, as Facebook's own comment embed has them) and
   * loses the rest: __cft__[0], __tn__, mibextid, rdid, ref, _rdr, sfnsn, s, fs, notif_id, … Any other
   * address (a page, a group's feed, the link shim l.php?u=) loses only the names known as tracking.
   * The fragment goes (#_=_ after a log-in, #comments).
   */
  untrack(url: URL) {
    const path = url.hostname.replace(/^www\./, '') + url.pathname;
    drop(
      url,
      known.test(path)
        ? { test: (k) => !/^(story_fbid|fbid|id|v|(reply_)?comment_id)$/.test(k) && !(k == 'set' && /\/media\/set/.test(path)) }
        : /^(mibextid|rdid|ref|refid|fref|_rdr|_rdc|sfnsn|paipv|eav|extid|hc_ref|hc_location|notif_id|notif_t)$|^__\w+__/,
    );
    url.hash = '';
  },
};
