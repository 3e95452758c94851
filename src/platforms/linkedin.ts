// LinkedIn: label, icon, /in/ profiles and hashtag feeds.
import { simple } from './simple.js';
import { drop } from './common.js';

export const linkedin = {
  ...simple(
    'linkedin',
    'LinkedIn',
    'M4 2h16a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm1 8v9h3v-9Zm1.5-5a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4ZM10 10v9h3v-5c0-2.5 3-2.5 3 0v5h3v-5.5c0-4.5-4.5-5-6-3V10Z',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/feed/hashtag/',
  ),
  // LinkedIn shows names and /in/ slugs, not "@" handles; its mentions are names, and it links no typed "@jane-doe"
  // (/in/jane, where the mention would stop, is a stranger): left as text, as on LinkedIn.
  handle: undefined,
  profileUrl: undefined,
  // A share's rcm (the sharer), the site's trk and trackingId, the app's lipi, an e-mail's midToken and midSig.
  untrack: (u: URL) => drop(u, /^(trk\w*|trackingId|lipi|mid(Token|Sig)|otpToken|eid|rcm|li_fat_id|originalSubdomain)$/),
};
