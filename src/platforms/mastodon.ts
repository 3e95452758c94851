// Mastodon (an on-demand chunk): @user@instance handles, profile and tag links, and the embed-code reader. Its JSON adapter: adapters/mastodon.ts.
import type { Platform } from './platform.js';
import { bare } from './common.js';
import { hostOf } from '../safety/url.js';

/** "user@instance": the instance from the handle, else from a "/@user@instance/" path, else the URL's host. */
export function acct(handle: string, url?: string): string {
  const h = bare(handle);
  const host = /\/@[^/@]+@([\w.-]+)\//.exec(url ?? '')?.[1] ?? hostOf(url);
  return h.includes('@') || !host ? h : h + '@' + host;
}

export const mastodon: Platform = {
  id: 'mastodon',
  label: 'Mastodon',
  icon: 'M12 2C4 2 3 3.5 3 8c0 8 .5 12 7.5 12.5 2 .1 4-.3 5-.8v-1.9c-2.5.7-7 .6-7-1.6 7 1.4 12 .3 12-5V8c0-4.5-1-6-8.5-6ZM7 14V9c0-3 4-3.5 5-1 1-2.5 5-2 5 1v5h-2.2V9.5c0-1.8-2.3-1.8-2.3.2V12h-1V9.7c0-2-2.3-2-2.3-.2V14Z',
  handle: (h, url) => '@' + acct(h, url),
  profileUrl(h, url) {
    const [user, host] = acct(h, url).split('@');
    return host ? `https://${host}/@${encodeURIComponent(user)}` : undefined;
  },
  tagUrl: (t, url) => (hostOf(url) ? `https://${hostOf(url)}/tags/${encodeURIComponent(t)}` : undefined),
  // Mastodon 4.3+ embed codes hold only a link and "Post by @user@instance"; the text comes from JSON or the page.
  readEmbed(bq) {
    const handle = /@([\w.-]+@[\w.-]+)/.exec(bq.textContent ?? '')?.[1];
    const url = bq.querySelector('a[href]')?.getAttribute('href') ?? bq.getAttribute('data-embed-url')?.replace(/\/embed$/, '');
    // The link is the post's only on the instance the handle names, or a web domain under it
    // (@user@example.org at social.example.org): elsewhere "View on Mastodon" could lead anywhere.
    const on = !!handle && ('.' + hostOf(url)).endsWith('.' + handle.split('@')[1].toLowerCase());
    return { platform: 'mastodon', url: on ? url : undefined, author: { handle } };
  },
};
