// Every way data reaches a postquote element, as a builder: payload in, an element (not yet
// connected) out. The XSS suite mounts each payload through each channel in its own element.
import { postAttributes } from '../../../src/sources/attributes.js';

export interface Channel {
  name: string;
  /** Builds a detached element carrying `payload` through this channel. */
  build(payload: string, index: number): HTMLElement;
  /** Runs after the first render: reader actions that reveal more (content warning, translation, play). */
  act?(el: HTMLElement): void;
  /**
   * In the default run these get our bypass corpus only (the long run, `npm run fuzz`, sends
   * everything everywhere): single attributes, whose BLNS strings already reach them through the
   * broad channels that put one payload in every field at once; and <video-appeal>, whose shared
   * fields render through the same templates as <post-quote> and whose own fields are attributes.
   */
  narrow?: boolean;
}

const tagFor = (index: number) => (index % 2 ? 'tweet-quote' : 'post-quote');

/** A card with every common attribute set to benign values, so one payload changes one thing. */
function base(tag: string, text = 'Hello #tag @bob $ABC https://example.com/x'): HTMLElement {
  const el = document.createElement(tag);
  const attrs: Record<string, string> = {
    href: 'https://x.com/ann/status/1',
    author: 'Ann',
    handle: 'ann',
    'author-href': 'https://x.com/ann',
    avatar: '/img/a.png',
    datetime: '2024-01-02T03:04:05Z',
    shares: '1',
    likes: '2',
    replies: '3',
  };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const bq = document.createElement('blockquote');
  bq.textContent = text;
  el.append(bq);
  return el;
}

/** A blockquote whose inner HTML is `markup`, with what the page itself would run taken out. */
function pageMarkup(markup: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = markup; // test fixture only: the light DOM is the page's own markup
  // The page's own handlers, frames and loads are the page's business, not the library's. They are
  // removed so that the canary and the CSP measure only what the library does with the markup.
  t.content.querySelectorAll('script,iframe,frame,object,embed,meta,base,link,style,template').forEach((n) => n.remove());
  for (const el of t.content.querySelectorAll('*'))
    for (const name of Element.prototype.getAttributeNames.call(el))
      // via the prototype: forms clobber
      if (/^(on|src|srcset$|srcdoc$|data$|poster$|background$|action$|formaction$|autofocus$)/i.test(name))
        Element.prototype.removeAttribute.call(el, name);
  return t.content;
}

/** A post object with `p` in every field (numbers, dates and enums included), nested card and all. */
export function everyField(p: string): Record<string, unknown> {
  const author = { name: p, handle: p, url: p, avatar: p, verified: p };
  return {
    platform: p,
    url: p,
    id: p,
    author,
    text: p,
    lang: p,
    dir: p,
    createdAt: p,
    editedAt: p,
    links: [{ start: 0, end: 1, url: p }],
    metrics: { shares: p, likes: p, replies: p, quotes: p, views: p, countedAt: p },
    media: [
      { type: 'image', url: p, alt: p, width: p, height: p },
      { type: 'video', url: p, poster: p, alt: p },
      { type: p, url: p, poster: p, alt: p },
    ],
    quoted: { text: p, url: p, author, createdAt: p, media: [{ type: 'image', url: p, alt: p }], quoted: { text: p, url: p } },
    replyTo: { handle: p, url: p },
    translation: { text: p, lang: p, by: p },
    verification: { status: p, note: p, by: p, at: p },
    sensitive: p,
    status: p,
    anonymize: p,
    archive: { url: p, at: p },
    platformNote: { text: p, source: p, url: p },
    video: {
      src: p,
      type: p,
      provider: p,
      id: p,
      start: p,
      duration: p,
      poster: p,
      width: p,
      height: p,
      tracks: [{ src: p, kind: p, srclang: p, label: p, default: p }],
    },
  };
}

/** Valid text everywhere, `p` in every URL field: the URL gate is the only thing between them. */
export function everyUrl(p: string): Record<string, unknown> {
  return {
    url: p,
    text: 'Hello https://example.com/x',
    links: [{ start: 0, end: 5, url: p }],
    author: { name: 'Ann', handle: 'ann', url: p, avatar: p },
    media: [
      { type: 'image', url: p, alt: 'a' },
      { type: 'video', url: 'https://example.com/v.mp4', poster: p },
      { type: 'gif', url: p, poster: p },
    ],
    quoted: { text: 'quoted', url: p, author: { name: 'Bo', url: p, avatar: p } },
    replyTo: { handle: 'bo', url: p },
    platformNote: { text: 'note', url: p },
    status: 'deleted',
    archive: { url: p, at: '2024-01-01' },
    video: { src: p, poster: p, tracks: [{ src: p, srclang: 'en' }] },
  };
}

/** Everything a tweet JSON from X's syndication API can carry, with `p` in each string. */
function tweetJson(p: string): Record<string, unknown> {
  return {
    // created_at stays valid here (a malformed one is isolation.test.ts's case), so the payload reaches the rest.
    id_str: p,
    full_text: `${p} https://t.co/abc`,
    lang: p,
    created_at: 'Tue Dec 13 10:00:00 +0000 2016',
    display_text_range: [0, 500],
    user: { name: p, screen_name: p, profile_image_url_https: p, verified: true },
    entities: { urls: [{ url: 'https://t.co/abc', display_url: p, expanded_url: p }] },
    mediaDetails: [{ type: 'photo', media_url_https: p, ext_alt_text: p, original_info: { width: p, height: p } }],
    quoted_tweet: { text: p, user: { name: p, screen_name: p, profile_image_url_https: p } },
    in_reply_to_screen_name: p,
    retweet_count: p,
    favorite_count: p,
  };
}

function withJson(el: HTMLElement, text: string): HTMLElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  // Built as DOM: a parsed inline script's text would end at "</script>"; this one carries it whole.
  script.textContent = text;
  el.append(script);
  return el;
}

const reveal: Channel['act'] = (el) => {
  for (const d of el.shadowRoot?.querySelectorAll('details') ?? []) (d as HTMLDetailsElement).open = true;
  el.shadowRoot?.querySelector<HTMLButtonElement>('button.toggle')?.click();
};

export const channels: Channel[] = [
  {
    name: 'markup: blockquote text',
    build: (p, i) => {
      const el = base(tagFor(i));
      el.querySelector('blockquote')!.textContent = p;
      return el;
    },
  },
  {
    name: 'markup: blockquote HTML',
    build: (p, i) => {
      const el = base(tagFor(i));
      el.querySelector('blockquote')!.replaceChildren(pageMarkup(p));
      return el;
    },
  },
  {
    name: 'markup: link href and cite',
    build: (p, i) => {
      const el = base(tagFor(i));
      const bq = el.querySelector('blockquote')!;
      const a = document.createElement('a');
      a.setAttribute('href', p);
      a.textContent = 'a link';
      bq.setAttribute('cite', p);
      bq.append(' ', a);
      return el;
    },
  },
  {
    name: 'markup: pasted X embed code',
    build: (p) => {
      const el = document.createElement('post-quote');
      const bq = document.createElement('blockquote');
      bq.className = 'twitter-tweet';
      const para = document.createElement('p');
      para.setAttribute('lang', p);
      para.textContent = p;
      const a = document.createElement('a');
      a.setAttribute('href', p);
      a.textContent = 'December 13, 2016';
      bq.append(para, `— ${p} (@${p}) `, a);
      el.append(bq);
      return el;
    },
  },
  {
    // Where an Instagram code's reader looks: permalink, caption, attribution line, profile link, <time>, lang.
    name: 'markup: pasted Instagram embed code',
    build: (p) => {
      const el = document.createElement('post-quote');
      const bq = document.createElement('blockquote');
      bq.className = 'instagram-media';
      bq.setAttribute('data-instgrm-permalink', p);
      bq.setAttribute('lang', p);
      const caption = document.createElement('p');
      caption.textContent = p;
      const by = document.createElement('p');
      const profile = document.createElement('a');
      profile.setAttribute('href', p);
      profile.textContent = p;
      const time = document.createElement('time');
      time.setAttribute('datetime', p);
      by.append('A post shared by ', profile, ` (@${p}) on `, time);
      bq.append(caption, by);
      el.append(bq);
      return el;
    },
  },
  {
    // Where a TikTok or Threads code's reader looks: cite, the caption <p>, lang; the permalink.
    name: 'markup: pasted TikTok and Threads embed codes',
    build: (p, i) => {
      const el = document.createElement('post-quote');
      const bq = document.createElement('blockquote');
      bq.className = i % 2 ? 'tiktok-embed' : 'text-post-media';
      bq.setAttribute('cite', p);
      bq.setAttribute('data-text-post-permalink', p);
      bq.setAttribute('lang', p);
      const caption = document.createElement('p');
      caption.textContent = `${p} Post by @${p}`;
      bq.append(caption);
      el.append(bq);
      return el;
    },
  },
  {
    name: 'markup: media, translation and lang',
    build: (p, i) => {
      const el = base(tagFor(i));
      const img = document.createElement('img');
      img.slot = 'media';
      img.setAttribute('alt', p);
      img.setAttribute('width', p);
      img.setAttribute('src', p); // the page's own request, if any, is the page's (and its CSP's) business
      const tr = document.createElement('blockquote');
      tr.slot = 'translation';
      tr.setAttribute('lang', p);
      tr.setAttribute('data-by', p);
      tr.textContent = p;
      el.querySelector('blockquote')!.setAttribute('lang', p);
      el.append(img, tr);
      return el;
    },
    act: reveal,
  },
  ...postAttributes.map((name): Channel => ({
    name: `attribute: ${name}`,
    build: (p, i) => {
      const el = base(tagFor(i));
      if (name === 'archive-href' || name === 'archived-at') el.setAttribute('status', 'deleted');
      el.setAttribute(name, p);
      return el;
    },
    act: name === 'content-warning' ? reveal : undefined,
    narrow: true,
  })),
  {
    name: 'attributes: every attribute at once',
    build: (p, i) => {
      const el = base(tagFor(i));
      for (const name of postAttributes) el.setAttribute(name, p);
      return el;
    },
    act: reveal,
  },
  {
    name: 'attributes: every attribute but status and content-warning',
    build: (p, i) => {
      const el = base(tagFor(i));
      for (const name of postAttributes) if (name !== 'status' && name !== 'content-warning') el.setAttribute(name, p);
      return el;
    },
  },
  {
    name: 'inline JSON: every field',
    build: (p, i) => withJson(base(tagFor(i)), JSON.stringify(everyField(p))),
    act: reveal,
  },
  {
    name: 'inline JSON: every URL field',
    build: (p, i) => withJson(base(tagFor(i)), JSON.stringify(everyUrl(p))),
  },
  {
    name: 'inline JSON: html',
    build: (p, i) => withJson(base(tagFor(i)), JSON.stringify({ html: p, lang: 'en' })),
  },
  {
    name: 'inline JSON: raw script text (breakouts, invalid JSON)',
    build: (p, i) => withJson(base(tagFor(i)), p),
  },
  {
    name: 'inline JSON: X API tweet',
    build: (p) => withJson(document.createElement('post-quote'), JSON.stringify(tweetJson(p))),
  },
  {
    name: 'property: every field',
    build: (p, i) => Object.assign(base(tagFor(i)), { post: everyField(p) }),
    act: reveal,
  },
  {
    name: 'property: every URL field',
    build: (p, i) => Object.assign(base(tagFor(i)), { post: everyUrl(p) }),
  },
  {
    name: 'property: html (through the sanitizer)',
    build: (p, i) => Object.assign(base(tagFor(i)), { post: { html: p, author: { name: 'Ann' } } }),
  },
  {
    name: 'property: html link href',
    build: (p, i) => {
      const attr = p.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return Object.assign(base(tagFor(i)), { post: { html: `<p>see <a href="${attr}">this</a> and <a href=${p}>that</a></p>` } });
    },
  },
  {
    name: 'property: behind a content warning, revealed',
    build: (p, i) => Object.assign(base(tagFor(i)), { post: { ...everyField(p), contentWarning: 'cw', html: p } }),
    act: reveal,
  },
];

/** `<video-appeal>` channels, when that element is registered: its own attributes and sources. */
export function videoChannels(): Channel[] {
  const ctor = customElements.get('video-appeal') as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor) return [];
  const own = (ctor.observedAttributes ?? []).filter((a) => !postAttributes.includes(a));
  const video = (): HTMLElement => {
    const el = base('video-appeal', 'A key quote');
    el.setAttribute('src', '/media/appeal.mp4');
    el.setAttribute('poster', '/img/poster.jpg');
    el.setAttribute('duration', 'PT39S');
    return el;
  };
  const play: Channel['act'] = (el) => el.shadowRoot?.querySelector<HTMLElement>('[part~="play-button"]')?.click();
  return [
    ...own.map((name): Channel => ({
      name: `video-appeal attribute: ${name}`,
      build: (p) => {
        const el = video();
        if (name === 'video-id' || name === 'start') el.setAttribute('provider', 'youtube');
        el.setAttribute(name, p);
        return el;
      },
      act: play,
      narrow: true,
    })),
    {
      name: 'video-appeal: every attribute at once',
      build: (p) => {
        const el = video();
        for (const name of [...own, ...postAttributes]) if (name !== 'content-warning') el.setAttribute(name, p);
        return el;
      },
      act: play,
      narrow: true,
    },
    {
      name: 'video-appeal: source, track and fallback link',
      build: (p) => {
        const el = base('video-appeal', p);
        const v = document.createElement('video');
        const s = document.createElement('source');
        s.setAttribute('src', p);
        s.setAttribute('type', p);
        const t = document.createElement('track');
        t.setAttribute('src', p);
        t.setAttribute('label', p);
        t.setAttribute('srclang', p);
        v.append(s, t);
        v.setAttribute('poster', p);
        v.preload = 'none';
        const a = document.createElement('a');
        a.setAttribute('href', p);
        el.querySelector('blockquote')!.setAttribute('data-start', p);
        el.append(v, a);
        return el;
      },
      act: play,
      narrow: true,
    },
    {
      name: 'video-appeal: property, every field',
      build: (p) => Object.assign(video(), { post: everyField(p) }),
      act: play,
      narrow: true,
    },
  ];
}
