// Instagram: label, icon, @handle profiles and hashtag pages, and the embed-code reader.
import type { Platform } from './platform.js';
import { simple } from './simple.js';
import { drop } from './common.js';
import { postUrl, words } from './embeds.js';

export const instagram: Platform = {
  ...simple(
    'instagram',
    'Instagram',
    'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5Zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3Zm5 3a5 5 0 1 1 0 10 5 5 0 0 1 0-10Zm0 2a3 3 0 1 0 0 6 3 3 0 0 0 0-6Zm5-4a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z',
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/tags/',
  ),
  // Instagram usernames hold dots (@nat.geo): a mention runs through them.
  dottedHandles: true,
  // A reel (or IGTV's /tv/) is a video.
  isVideo: (u) => /\/(reels?|tv)\//.test(u),
  // A share's igsh (igshid before 2023); img_index, a carousel's photo, is the address.
  untrack: (u) => drop(u, /^igsh(id)?$/),
  /**
   * The code Instagram hands out (blockquote.instagram-media): a placeholder ("View this post on
   * Instagram", in the embedder's language) that is never the post's words, then its last
   * paragraph, the attribution: "A post shared by Name (@handle)" (since 2020, no caption even
   * with data-instgrm-captioned), "A post shared by <a>Name</a> (@handle) on <time>" (2016–2020)
   * or "A photo posted by Name (@handle) on <time>" (2014–2016). Those older codes carry the
   * caption in the paragraph before it, as one link to the post (dropped: the card links the
   * post itself, and hashtags and mentions are linked as in any text).
   */
  readEmbed(bq) {
    const ps = bq.querySelectorAll('p');
    const by = ps[ps.length - 1];
    const line = words(by) ?? '';
    const handle = /\(@([\w.]+)\)|@([\w.]+)$/.exec(line);
    // Its name: the profile link's text (2016–2020), else the English line's; other languages'
    // wording is not known here, so the handle stands for the name there.
    const link = by?.querySelector('a')?.textContent?.trim();
    const time = by?.querySelector('time')?.getAttribute('datetime');
    return {
      platform: 'instagram',
      url: postUrl(
        bq.getAttribute('data-instgrm-permalink') ?? bq.querySelector('a[href]')?.getAttribute('href'),
        /^https?:\/\/([\w-]+\.)*(instagram\.com|instagr\.am)\//i,
      ),
      text: ps.length > 1 ? words(ps[0]) : undefined,
      // The code names no language: the page may give the caption's on the blockquote.
      lang: bq.getAttribute('lang') || undefined,
      createdAt: time && /^\d{4}-/.test(time) ? time : undefined,
      author: {
        name: link && !link.includes('@') ? link : /^A (?:photo|video|post) (?:posted|shared) by (.+?) \(@/.exec(line)?.[1],
        handle: handle?.[1] ?? handle?.[2],
      },
    };
  },
};
