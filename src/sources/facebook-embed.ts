// Facebook's embed code in its script form: an on-demand chunk of its own, loaded with the
// `others` platforms' only when a page pastes such a code (loadEmbedReader). Its date is read as X's.
import type { RawPost } from '../platforms/platform.js';
import { readText } from './text.js';
import { embedDate } from './embed-code.js';
import { platformById, platformOfUrl } from '../platforms/index.js';
import { untrack } from '../platforms/tracking.js';

/** An http(s) address on one of Facebook's hosts (the platform registry's). */
const onFacebook = (u: string | null | undefined): u is string => !!u && /^https?:\/\//i.test(u) && platformOfUrl(u) === 'facebook';

/**
 * An address without what share links and the code add: on Facebook's hosts its own tracking (see
 * facebook.ts; its module is loaded before this reader), anywhere utm_* and fbclid.
 */
const address = (href: string): string => untrack(href, platformById('facebook'));

/**
 * Facebook's embed code in its script form, as its "Embed" dialog gives it: <div class="fb-post"
 * data-href> around <blockquote cite class="fb-xfbml-parse-ignore"> (before 2016, a
 * <div class="fb-xfbml-parse-ignore"> around a plain <blockquote>): "<p>text</p>Posted by <a
 * href=profile>Name</a> on <a href=post>Sunday, 5 November 2023</a>". A video's, <div class="fb-video">,
 * opens with its title, a link to the video (empty for a video without one), and its date may be
 * text. The words around the links are the embedder's language: the links are read by their places.
 * Its sdk.js is never loaded. Its iframe form (plugins/post.php, video.php) holds the post's address alone.
 */
export function readFacebookEmbed(code: Element): RawPost {
  if (code.localName === 'iframe') {
    let href: string | null = null;
    try {
      href = new URL((code as HTMLIFrameElement).src).searchParams.get('href');
    } catch {
      // No URL (a host no URL parser reads, "xn--a.facebook.com"): the iframe's `src` is then its attribute as written.
    }
    return onFacebook(href) ? { url: address(href) } : {};
  }
  const bq = code.localName === 'blockquote' ? code : code.querySelector('blockquote');
  const ps = bq ? bq.querySelectorAll(':scope > p') : [];
  // A video's title: a link to the video before its text (or, without text, the code's own address).
  const first = bq?.firstElementChild;
  const title =
    first?.localName === 'a' &&
    (first.nextElementSibling?.localName === 'p' ||
      [code.getAttribute('data-href'), bq!.getAttribute('cite')].includes(first.getAttribute('href')))
      ? first
      : undefined;
  const last = ps[ps.length - 1] ?? title;
  const read = last && readText(bq!, last.nextSibling ?? undefined);
  // The profile link, then the date's (a link, or none: a video's date may be text).
  const [profile, date] = bq
    ? [...bq.querySelectorAll(':scope > a')].filter((a) => a !== title && (!last || last.compareDocumentPosition(a) & 4))
    : [];
  // No text and no "Posted by": the Page plugin's (div.fb-page: a page's timeline, not a post), its page's link alone.
  if (bq && !ps.length && !profile) return {};
  // A weekday goes before the day ("Sunday, 5 November 2023", "Thursday, August 27, 2015"); a video's
  // date may be no link ("… on Friday, December 5, 2014").
  const when = (date ? date.textContent : profile?.nextSibling?.textContent)?.trim().split(/\s+/) ?? [];
  const createdAt = when.map((_, i) => embedDate(when.slice(i).join(' '))).find(Boolean);
  const href = profile?.getAttribute('href');
  const author = onFacebook(href) ? address(href) : undefined;
  const url = [code.getAttribute('data-href'), bq?.getAttribute('cite'), date?.getAttribute('href')].find(onFacebook);
  return {
    ...read,
    // The title's link is the card's own "Watch on Facebook": the title stays, as text. The others lose
    // Facebook's tracking (a hashtag's __eep__, __cft__[0], __tn__), and elsewhere a click's fbclid and utm_*.
    links: read?.links.filter((l) => l.url !== title?.getAttribute('href')).map((l) => ({ ...l, url: address(l.url) })),
    lang: bq?.getAttribute('lang') || undefined,
    platform: 'facebook',
    url: url && address(url),
    createdAt,
    author: {
      name: profile?.textContent?.trim() || undefined,
      url: author,
      // A page's or person's username (facebook.com/harbourtide.ferries), not a numeric ID or profile.php.
      handle: /^https?:\/\/([\w-]+\.)*facebook\.com\/(?!\d+\/?$|[\w.]*\.php)([\w.]{5,})\/?$/.exec(author ?? '')?.[2],
    },
  };
}
