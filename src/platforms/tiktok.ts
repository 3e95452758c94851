// TikTok: label, icon, @handle profiles and tag pages, and the embed-code reader.
import type { Platform } from './platform.js';
import { simple } from './simple.js';
import { drop } from './common.js';
import { postUrl, words } from './embeds.js';

export const tiktok: Platform = {
  ...simple(
    'tiktok',
    'TikTok',
    'M12.5 2h3.3a4.6 4.6 0 0 0 4.6 4.6v3.3a7.9 7.9 0 0 1-4.6-1.5v6.9a6.2 6.2 0 1 1-6.2-6.2h.5v3.4a2.9 2.9 0 1 0 2.4 2.8V2Z',
    'https://www.tiktok.com/@',
    'https://www.tiktok.com/tag/',
  ),
  // TikTok usernames hold dots (@nat.geo): a mention runs through them.
  dottedHandles: true,
  // A video or a live, and a share's short link (vm., vt., /t/); not a photo post (/photo/) or a profile.
  isVideo: (u) => /\/(video|live)\b|\/\/v[mt]\.|tiktok\.com\/t\//.test(u),
  // What the app's and the site's share links add; lang (the page's language) is the reader's choice, kept.
  untrack: (u) =>
    drop(
      u,
      /^(_[rtd]|is_from_webapp|is_copy_url|sender_device|sender_web_id|share_\w+|social_sharing|u_code|(sec_)?user_id|tt_from|timestamp|checksum|web_id|refer(er_\w+)?|enter_from|embed_source)$/,
    ),
  /**
   * The code TikTok hands out: <blockquote class="tiktok-embed" cite="…/@user/video/ID"><section>
   * <a title="@user">@user</a> <p>caption</p> <a title="♬ original sound - …">…</a></section>. The
   * caption is the <p> alone, as text: its links are its hashtags and mentions (with ?refer=embed),
   * which the card links as in any text. A video ID's upper 32 bits are the second it was posted.
   */
  readEmbed(bq) {
    const url = postUrl(bq.getAttribute('cite'), /^https?:\/\/([\w-]+\.)*tiktok\.com\//i);
    const id = /\/video\/(\d{19})$/.exec(url ?? '')?.[1];
    return {
      platform: 'tiktok',
      text: words(bq.querySelector('p')),
      // The code names no language: the page may give the caption's on the blockquote.
      lang: bq.getAttribute('lang') || undefined,
      url,
      createdAt: id && new Date(Number(BigInt(id) >> 32n) * 1000).toISOString(),
      author: { handle: /\/@([\w.]+)\//.exec(url ?? '')?.[1] },
    };
  },
};
