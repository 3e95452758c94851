import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { mount, part, cleanup, axeViolations, settle, linkNamed, visibleText, postquoteErrors } from './helpers.js';
import { VideoAppeal } from '../../src/elements/video-appeal/video-appeal.js';
import { PostquoteConsentEvent } from '../../src/events.js';
import mastodonVideo from '../fixtures/platforms/mastodon-status-video-docs.json';
import bskyThread from '../fixtures/platforms/bluesky-thread-synthetic.json';

// Safety net: no third-party frame may load from this test page (the e2e suite answers those
// requests through Playwright routing). Frames are refused by CSP before any request is made.
beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "frame-src 'none'";
  document.head.append(meta);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const media = '/demo/media';
const lina = `<video-appeal href="https://twitter.com/LinaShamy" author="Lina Shamy" handle="LinaShamy" datetime="2016-12-12"
  duration="PT39S" views="120000" shares="3400" poster="/demo/img/poster-appeal.jpg" start="2">
  <source src="${media}/appeal.webm" type="video/webm">
  <source src="${media}/appeal.mp4" type="video/mp4">
  <track kind="subtitles" srclang="en" label="English" src="${media}/appeal.en.vtt">
  <track kind="subtitles" srclang="de" label="Deutsch" src="${media}/appeal.de.vtt">
  <blockquote lang="de" data-start="5">Jede Bombe ist ein Massaker. Rettet Aleppo, rettet die Menschlichkeit.</blockquote>
  <div slot="transcript"><p>„Jede Bombe ist ein Massaker.“</p></div>
  <a href="https://twitter.com/LinaShamy"><img src="/demo/img/poster-appeal.jpg" alt="Videoaufruf von Lina Shamy" width="640" height="360"></a>
</video-appeal>`;

const youtube = (attrs = '') => `<video-appeal provider="youtube" video-id="M7lc1UVf-VE" author="Lina Shamy" duration="39" ${attrs}>
  <blockquote lang="de" data-start="0:12">Jede Bombe ist ein Massaker.</blockquote>
</video-appeal>`;

const stage = (el: Element) => el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
const player = (el: Element) => part(el, 'player');
const activations = () => {
  const seen: { provider: string; url: string }[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent).detail);
  document.addEventListener('postquote-activate', listener);
  return { seen, stop: () => document.removeEventListener('postquote-activate', listener) };
};
const consent = (provider: string, granted: boolean) => document.dispatchEvent(new PostquoteConsentEvent({ provider, granted }));

describe('video-appeal: before play', () => {
  test('axe: zero violations before and after play (self-hosted)', async () => {
    const el = await mount(lina, 'de');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    expect(player(el)?.localName).toBe('video');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('axe: zero violations before play (YouTube, with consent notice) and for a link out', async () => {
    const el = await mount(youtube('href="https://www.youtube.com/watch?v=M7lc1UVf-VE"'), 'de');
    expect(await axeViolations(el)).toEqual([]);
    cleanup();
    const x = await mount(
      `<video-appeal href="https://twitter.com/Mr_Alhamdo" author="Mr. Alhamdo" poster="/demo/img/poster-alhamdo.jpg"></video-appeal>`,
      'de',
    );
    expect(await axeViolations(x)).toEqual([]);
  });

  test('shows speaker, date, platform, counts, duration and the key quote with its lang', async () => {
    const el = await mount(lina, 'de');
    expect(part(el, 'author')!.textContent).toBe('Lina Shamy');
    expect(part(el, 'platform')!.textContent).toContain('Twitter');
    expect(part(el, 'timestamp')!.textContent).toContain('12. Dezember 2016');
    expect(part(el, 'counts')!.textContent).toContain('120.000 Aufrufe');
    expect(part(el, 'counts')!.textContent).toContain('3.400 Mal geteilt');
    expect(part(el, 'duration')!.textContent).toBe('0:39');
    expect(part(el, 'duration')!.getAttribute('datetime')).toBe('PT39S');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('de');
    expect(part(el, 'text')!.textContent).toContain('Jede Bombe ist ein Massaker.');
  });

  test('the footer\'s "Watch on" link names the video post and the new tab, after the words it shows', async () => {
    const el = await mount(lina, 'de');
    const link = el.shadowRoot!.querySelector('a.origin')!;
    expect(visibleText(link)).toBe('Auf Twitter ansehen');
    expect(linkNamed('Auf Twitter ansehen (Twitter-Beitrag von Lina Shamy, 12. Dezember 2016; öffnet in neuem Tab)')).toBe(link);
    cleanup();
    // A video is watched: the footer says what its link-out says when there is no player ("View on" is a post's).
    for (const [lang, words] of [
      ['en', 'Watch on Twitter'],
      ['fr', 'Regarder sur Twitter'],
    ]) {
      const other = await mount(lina, lang);
      expect(visibleText(other.shadowRoot!.querySelector('a.origin')!)).toBe(words);
      cleanup();
    }
  });

  test('the play button is named with speaker and duration', async () => {
    const el = await mount(lina, 'de');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).toBe('Video abspielen: Lina Shamy, 0:39');
    const en = await mount(lina, 'en');
    expect(part(en, 'play-button')!.getAttribute('aria-label')).toBe('Play video: Lina Shamy, 0:39');
    const fr = await mount(youtube(), 'fr');
    expect(part(fr, 'play-button')!.getAttribute('aria-label')).toBe('Lire la vidéo\u202f: Lina Shamy, 0:39');
  });

  test('clock and play button follow Intl: Arabic-Indic digits in ar-EG, the Arabic comma in ar', async () => {
    const el = await mount(youtube('datetime="2024-01-01"').replace('duration="39"', 'duration="PT1H2M5S"'), 'ar-EG');
    // The same digits as the date beside it.
    expect(part(el, 'timestamp')!.textContent).toContain('٢٠٢٤');
    expect(part(el, 'duration')!.textContent).toBe('١:٠٢:٠٥');
    expect(part(el, 'duration')!.getAttribute('datetime')).toBe('PT3725S');
    expect(el.shadowRoot!.querySelector('.jump')!.textContent!.trim()).toBe('التشغيل من ٠:١٢');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).toBe('تشغيل الفيديو: Lina Shamy، ١:٠٢:٠٥');
    const ar = await mount(youtube(), 'ar');
    expect(part(ar, 'play-button')!.getAttribute('aria-label')).toBe('تشغيل الفيديو: Lina Shamy، 0:39');
    expect(await axeViolations(ar)).toEqual([]);
    // English clocks stay as they were.
    const en = await mount(youtube().replace('duration="39"', 'duration="3725"'));
    expect(part(en, 'duration')!.textContent).toBe('1:02:05');
    expect(part(en, 'play-button')!.getAttribute('aria-label')).toBe('Play video: Lina Shamy, 1:02:05');
  });

  test('nothing but the poster before play: no video, no iframe, no media or track request', async () => {
    performance.clearResourceTimings();
    const el = await mount(lina, 'de');
    expect(el.shadowRoot!.querySelector('video, iframe, source, track')).toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((n) => /appeal\.(mp4|webm|de\.vtt|en\.vtt)/.test(n))).toEqual([]);
    expect(part(el, 'poster')!.getAttribute('src')).toBe(new URL('/demo/img/poster-appeal.jpg', location.href).href);
  });

  test('the poster goes through the image proxy', async () => {
    const meta = document.createElement('meta');
    meta.name = 'postquote-image-proxy';
    meta.content = 'https://img.example.org/?u={url}';
    document.head.append(meta);
    try {
      const el = await mount(
        `<video-appeal author="A" provider="vimeo" video-id="76979871" poster="https://pbs.example/poster.jpg"></video-appeal>`,
      );
      expect(part(el, 'poster')!.getAttribute('src')).toBe(
        `https://img.example.org/?u=${encodeURIComponent('https://pbs.example/poster.jpg')}`,
      );
    } finally {
      meta.remove();
    }
  });

  test('a relative proxy works; a poster the proxy cannot carry is dropped, never requested directly', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const nextTask = () => new Promise((r) => setTimeout(r));
    const meta = document.createElement('meta');
    meta.name = 'postquote-image-proxy';
    meta.content = '/imgproxy?u={url}';
    document.head.append(meta);
    try {
      await nextTask();
      const el = await mount(`<video-appeal author="A" src="${media}/appeal.mp4" poster="https://pbs.example/poster.jpg"></video-appeal>`);
      expect(part(el, 'poster')!.getAttribute('src')).toBe(
        new URL(`/imgproxy?u=${encodeURIComponent('https://pbs.example/poster.jpg')}`, location.href).href,
      );
      meta.content = 'https://img.example.org/?u={url}';
      await nextTask();
      // Under the URL length cap, but not once encoded for the proxy ("/" becomes "%2F").
      const long = `https://pbs.example/${'a/'.repeat(800)}poster.jpg`;
      const dropped = await mount(`<video-appeal author="A" src="${media}/appeal.mp4" poster="${long}"></video-appeal>`);
      expect(part(dropped, 'poster')).toBeNull();
      expect(dropped.shadowRoot!.querySelector('[src*="pbs.example"]')).toBeNull();
      expect(part(dropped, 'play-button')).not.toBeNull();
    } finally {
      meta.remove();
    }
  });

  test('size is reserved: 16:9 by default, 9:16 portrait, width/height otherwise; a placeholder without poster', async () => {
    const wide = await mount(`<video-appeal author="A" src="${media}/appeal.mp4"></video-appeal>`);
    expect(part(wide, 'poster')).toBeNull();
    const w = stage(wide);
    expect(w.height).toBeGreaterThan(100);
    expect(w.width / w.height).toBeCloseTo(16 / 9, 1);
    const tall = await mount(`<video-appeal author="A" orientation="portrait" src="${media}/appeal-portrait.mp4"></video-appeal>`);
    const t = stage(tall);
    expect(t.width / t.height).toBeCloseTo(9 / 16, 1);
    const square = await mount(`<video-appeal author="A" width="400" height="400" src="${media}/appeal.mp4"></video-appeal>`);
    const s = stage(square);
    expect(s.width / s.height).toBeCloseTo(1, 1);
    const shorts = await mount(`<video-appeal author="A" href="https://www.youtube.com/shorts/M7lc1UVf-VE"></video-appeal>`);
    expect(stage(shorts).width / stage(shorts).height).toBeCloseTo(9 / 16, 1);
  });

  // The fallback's <a><img width height></a> is the poster, and postquote.css keeps its box while the
  // card waits: the card took 16:9 whatever its size, so a portrait poster (a TikTok, a reel) was
  // cropped to a strip and the page jumped when the card came.
  test("the fallback poster's width and height give the ratio, below the element's own width and height", async () => {
    const link = (attrs = '') => `<video-appeal author="A" href="https://www.tiktok.com/@a/video/1" ${attrs}>
      <a href="https://www.tiktok.com/@a/video/1"><img src="/demo/img/photo-bars-portrait.jpg" width="600" height="800" alt=""></a></video-appeal>`;
    const ratio = async (markup: string) => {
      const el = await mount(markup);
      return stage(el).width / stage(el).height;
    };
    expect(await ratio(link())).toBeCloseTo(3 / 4, 1);
    expect(await ratio(link('width="16" height="9"'))).toBeCloseTo(16 / 9, 1);
    // As the box that postquote.css keeps while the card waits, which is the poster's.
    expect(await ratio(link('orientation="portrait"'))).toBeCloseTo(3 / 4, 1);
  });

  // A self-hosted video in the fallback, <video width height>, is the video: its size is the ratio,
  // as the poster <img>'s is (the card took 16:9, and a portrait video was a strip).
  test("the fallback <video>'s width and height give the ratio, over the poster <img>'s", async () => {
    const ratio = async (markup: string) => {
      const el = await mount(markup);
      return stage(el).width / stage(el).height;
    };
    const video = (size: string, rest = '') =>
      `<video-appeal author="A"><video src="${media}/appeal.mp4" ${size} preload="none"></video>${rest}</video-appeal>`;
    expect(await ratio(video('width="720" height="1280"'))).toBeCloseTo(9 / 16, 1);
    const img = `<a href="https://x.com/a/status/1"><img src="/demo/img/photo-bars-portrait.jpg" width="600" height="800" alt=""></a>`;
    expect(await ratio(video('width="1280" height="720"', img))).toBeCloseTo(16 / 9, 1);
    // Without both, the poster's.
    expect(await ratio(video('width="1280"', img))).toBeCloseTo(3 / 4, 1);
  });

  test('transcript: an expandable region; the light DOM stays where the page put it', async () => {
    const el = await mount(lina, 'de');
    const transcript = part(el, 'transcript') as HTMLDetailsElement;
    expect(transcript.localName).toBe('details');
    expect(transcript.querySelector('summary')!.textContent).toBe('Transkript');
    const div = el.querySelector('[slot=transcript]')!;
    expect(div.parentElement).toBe(el);
    expect((transcript.querySelector('slot') as HTMLSlotElement).assignedElements()).toEqual([div]);
    transcript.querySelector('summary')!.click();
    expect(transcript.open).toBe(true);
  });

  test("pt-BR page (no catalog, an English card): the page's transcript and content warning are spoken in the page's language", async () => {
    /** Chromium's computed locale (layout, speech), inherited along the flat tree: a slotted node's from its slot. */
    const spoken = (e: Element | null) => getComputedStyle(e!).getPropertyValue('-webkit-locale').replace(/"/g, '');
    const el = await mount(lina.replace('<video-appeal ', '<video-appeal content-warning="Imagens de guerra" '), 'pt-BR');
    expect(part(el, 'card')!.getAttribute('lang')).toBe('en');
    const warning = part(el, 'warning')!.querySelector('summary')!;
    expect(spoken(warning.querySelector('strong'))).toBe('en');
    expect(spoken(warning.querySelector('strong + span'))).toBe('pt-BR');
    warning.click();
    await settle(el);
    const transcript = part(el, 'transcript')!;
    expect(spoken(transcript.querySelector('summary'))).toBe('en');
    expect(spoken(el.querySelector('[slot=transcript] p'))).toBe('pt-BR');
    // A page in the card's language: the same.
    const de = await mount(lina, 'de');
    expect(spoken(de.querySelector('[slot=transcript] p'))).toBe('de');
  });

  test("Hebrew page (no catalog: an English card, left to right): the newsroom's note, transcript and consent notice keep the page's direction", async () => {
    // Slotted nodes take their CSS direction from their slot (the flat tree), so the page's RTL did
    // not reach them in the English card (nor would their first letter, Latin here); the note was no
    // isolate, its final "." at the wrong end.
    const el = await mount(
      youtube('verification="unverified" verification-note="לא אומת עדיין (נכון ל-14.12)."').replace(
        '</video-appeal>',
        '<div slot="transcript"><p>CNN: תמליל מלא, כל פצצה היא טבח.</p></div><p slot="consent">YouTube: הסרטון נטען משם.</p></video-appeal>',
      ),
      'he',
    );
    el.parentElement!.dir = 'rtl';
    const direction = (e: Element | null | undefined) => getComputedStyle(e!).direction;
    expect(part(el, 'card')!.getAttribute('dir')).toBe('ltr');
    expect(direction(part(el, 'verification')!.querySelector('.note'))).toBe('rtl');
    expect(direction(el.querySelector('[slot=transcript] p'))).toBe('rtl');
    expect(part(el, 'consent')).not.toBeNull();
    expect(direction(el.querySelector('[slot=consent]'))).toBe('rtl');
    // The card's own words around them stay left to right, and so does a German page's transcript.
    expect(direction(part(el, 'transcript')!.querySelector('summary'))).toBe('ltr');
    const de = await mount(lina, 'de');
    expect(direction(de.querySelector('[slot=transcript] p'))).toBe('ltr');
  });

  test("pt-BR page (an English card): the key quote without a lang of its own is in the page's language", async () => {
    const spoken = (e: Element | null) => getComputedStyle(e!).getPropertyValue('-webkit-locale').replace(/"/g, '');
    const quote = `<video-appeal href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" author="Ana"><blockquote>Estamos bem.</blockquote></video-appeal>`;
    const el = await mount(quote, 'pt-BR');
    expect(part(el, 'card')!.getAttribute('lang')).toBe('en');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('pt-BR');
    expect(spoken(part(el, 'text'))).toBe('pt-BR');
    // A page in the card's language adds no attribute; a quote with its own lang keeps it.
    const de = await mount(quote.replace('Estamos bem.', 'Uns geht es gut.'), 'de');
    expect(part(de, 'text')!.hasAttribute('lang')).toBe(false);
    expect(spoken(part(de, 'text'))).toBe('de');
    const own = await mount(quote.replace('<blockquote>', '<blockquote lang="es">'), 'pt-BR');
    expect(part(own, 'text')!.getAttribute('lang')).toBe('es');
  });

  test('translation of the key quote, and the fallback link is never deleted', async () => {
    const el = await mount(
      `<video-appeal author="Lina Shamy" href="https://twitter.com/LinaShamy">
        <blockquote lang="en">Every bomb is a massacre.</blockquote>
        <blockquote slot="translation" lang="de">Jede Bombe ist ein Massaker.</blockquote>
        <a href="https://twitter.com/LinaShamy"><img src="/demo/img/poster-appeal.jpg" alt="Video" width="640" height="360"></a>
      </video-appeal>`,
      'de',
    );
    expect(part(el, 'translation')!.textContent).toBe('Jede Bombe ist ein Massaker.');
    expect(part(el, 'translation')!.getAttribute('lang')).toBe('de');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('en');
    // The fallback's image is the poster; the link and image stay in the light DOM.
    expect(part(el, 'poster')!.getAttribute('src')).toContain('/demo/img/poster-appeal.jpg');
    expect(el.querySelector(':scope > a > img')).not.toBeNull();
    el.setAttribute('duration', '12');
    await settle(el);
    expect(el.querySelector(':scope > a[href] > img')).not.toBeNull();
  });

  test('new VideoAppeal() and createElement both work', async () => {
    const a = new VideoAppeal();
    const b = document.createElement('video-appeal');
    expect(b).toBeInstanceOf(VideoAppeal);
    a.post = { author: { name: 'A' }, text: 'quote', video: { provider: 'vimeo', id: '76979871', duration: 65 } };
    document.body.append(a);
    await settle(a);
    expect(part(a, 'text')!.textContent).toBe('quote');
    expect(part(a, 'play-button')!.getAttribute('aria-label')).toBe('Play video: A, 1:05');
    b.setAttribute('author', 'B');
    b.setAttribute('src', `${media}/appeal.mp4`);
    document.body.append(b);
    await settle(b);
    expect(part(b, 'play-button')).not.toBeNull();
  });

  test('empty attributes (a CMS template that writes every one) count as absent: no warning, no postquote-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors((e) => e.message);
    try {
      const el = await mount(
        `<video-appeal href="https://www.youtube.com/watch?v=M7lc1UVf-VE" author="A" start="" duration="" width="" height=""
          provider="" video-id=" " src="" poster="">
          <track src="${media}/appeal.de.vtt" srclang="de" kind="" label="">
          <blockquote data-start="">Jede Bombe ist ein Massaker.</blockquote>
        </video-appeal>`,
      );
      expect(errors.seen).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
      // Provider and id come from href, as without the empty ones; the sizes are the default's.
      const play = part(el, 'play-button')!;
      expect(play.localName).toBe('button');
      expect(play.getAttribute('aria-label')).toBe('Play video: A');
      expect(part(el, 'duration')).toBeNull();
      expect(stage(el).width / stage(el).height).toBeCloseTo(16 / 9, 1);
    } finally {
      errors.stop();
    }
  });

  test('no content: keeps the fallback and reports it once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(`<video-appeal><p>fallback</p></video-appeal>`);
    expect(el.shadowRoot!.querySelector('slot:not([name])')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/no-content/);
  });
});

describe('video-appeal: self-hosted', () => {
  test('plays the local file with every track, German subtitles, from start; focus on the player', async () => {
    const el = await mount(lina, 'de');
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    expect(video.localName).toBe('video');
    expect(video.controls).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(video);
    expect([...video.querySelectorAll('source')].map((s) => s.getAttribute('type'))).toEqual(['video/webm', 'video/mp4']);
    const tracks = [...video.querySelectorAll('track')];
    expect(tracks.map((t) => [t.srclang, t.label, t.default])).toEqual([
      ['en', 'English', false],
      ['de', 'Deutsch', true],
    ]);
    await vi.waitFor(() => expect(video.readyState).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    await vi.waitFor(() => expect(video.currentTime).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
    const showing = [...video.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language);
    expect(showing).toEqual(['de']);
  });

  test("played from the keyboard, the focused player shows a focus ring, around the box that clips the browser's own", async () => {
    // The stage clips its content (rounded corners), and the browser's ring is drawn outside the
    // player's edges, which are the stage's: a keyboard reader saw no focus at all once the controls hid.
    const el = await mount(lina, 'de');
    part(el, 'play-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const video = player(el)!;
    expect(el.shadowRoot!.activeElement).toBe(video);
    expect(video.matches(':focus-visible')).toBe(true);
    const stage = el.shadowRoot!.querySelector('.stage')!;
    expect(getComputedStyle(stage).overflow).toBe('hidden');
    const ring = getComputedStyle(stage);
    expect(ring.outlineStyle).toBe('solid');
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(parseFloat(ring.outlineOffset)).toBeGreaterThanOrEqual(0);
    // Only while the player has the keyboard's focus.
    video.blur();
    expect(getComputedStyle(stage).outlineStyle).toBe('none');
  });

  // A CMS preview or a framework that updates the light DOM in place: the card followed src and
  // href, but not the key quote's data-start nor a track's label, language or default.
  test("the key quote's data-start and the tracks' label, language and default, changed after the first render, are shown", async () => {
    const el = await mount(lina, 'de');
    const quote = el.querySelector('blockquote')!;
    quote.setAttribute('data-start', '0:20');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.jump')!.textContent!.trim()).toBe('Ab 0:20 abspielen');
    quote.removeAttribute('data-start');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.jump')).toBeNull();
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const [en, de] = [...el.querySelectorAll('track')];
    en.setAttribute('label', 'Englisch');
    en.setAttribute('default', '');
    de.setAttribute('srclang', 'de-CH');
    de.removeAttribute('default');
    de.setAttribute('kind', 'captions');
    await settle(el);
    const tracks = [...player(el)!.querySelectorAll('track')];
    expect(tracks.map((t) => [t.srclang, t.label, t.kind, t.default])).toEqual([
      ['en', 'Englisch', 'subtitles', true],
      ['de-CH', 'Deutsch', 'captions', false],
    ]);
  });

  test("pt-BR page (an English card): with no track marked default, the reader's language is the default", async () => {
    const el = await mount(
      `<video-appeal author="Ana" src="${media}/appeal.mp4">
        <track kind="subtitles" srclang="en" label="English" src="${media}/appeal.en.vtt">
        <track kind="subtitles" srclang="pt" label="Português" src="${media}/appeal.de.vtt">
        <track kind="subtitles" srclang="de" label="Deutsch" src="${media}/appeal.de.vtt">
      </video-appeal>`,
      'pt-BR',
    );
    expect(part(el, 'card')!.getAttribute('lang')).toBe('en');
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const tracks = [...player(el)!.querySelectorAll('track')];
    expect(tracks.map((t) => [t.srclang, t.default])).toEqual([
      ['en', false],
      ['pt', true],
      ['de', false],
    ]);
  });

  // A chapters, descriptions or metadata track in the reader's language listed first took the default,
  // and the subtitles in that language stayed off (a chapters track "showing" shows nothing).
  test("with no track marked default, the reader's subtitles or captions are the default, not a chapters or descriptions track", async () => {
    const el = await mount(
      `<video-appeal author="Ana" src="${media}/appeal.mp4">
        <track kind="chapters" srclang="de" src="${media}/appeal.de.vtt">
        <track kind="descriptions" srclang="de" src="${media}/appeal.de.vtt">
        <track kind="captions" srclang="de" label="Deutsch (CC)" src="${media}/appeal.de.vtt">
        <track kind="subtitles" srclang="en" label="English" src="${media}/appeal.en.vtt">
      </video-appeal>`,
      'de',
    );
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const tracks = [...player(el)!.querySelectorAll('track')];
    expect(tracks.map((t) => [t.kind, t.default])).toEqual([
      ['chapters', false],
      ['descriptions', false],
      ['captions', true],
      ['subtitles', false],
    ]);
  });

  test('a track without a label is named by its language in the page\'s language (the captions menu showed "de")', async () => {
    const el = await mount(
      `<video-appeal author="Ana" src="${media}/appeal.mp4">
        <track kind="subtitles" srclang="de" src="${media}/appeal.de.vtt">
        <track kind="subtitles" srclang="pt-BR" src="${media}/appeal.de.vtt">
        <track kind="subtitles" srclang="en" label="Anglais (CC)" src="${media}/appeal.en.vtt">
        <track kind="subtitles" src="${media}/appeal.en.vtt">
      </video-appeal>`,
      'fr',
    );
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const brazilian = new Intl.DisplayNames('fr', { type: 'language' }).of('pt-BR'); // "portugais brésilien"
    expect([...player(el)!.querySelectorAll('track')].map((t) => t.label)).toEqual(['allemand', brazilian, 'Anglais (CC)', '']);
  });

  test("the player's name joins label and speaker with the catalog's separator (French: a narrow space before the colon)", async () => {
    const fr = await mount(lina, 'fr');
    await userEvent.click(part(fr, 'play-button')!);
    await settle(fr);
    expect(player(fr)!.getAttribute('aria-label')).toBe('Vidéo\u202f: Lina Shamy');
    const yt = await mount(youtube(), 'fr');
    part(yt, 'play-button')!.click();
    await settle(yt);
    expect((player(yt) as HTMLIFrameElement).title).toBe('Vidéo\u202f: Lina Shamy');
    const en = await mount(lina, 'en');
    await userEvent.click(part(en, 'play-button')!);
    await settle(en);
    expect(player(en)!.getAttribute('aria-label')).toBe('Video: Lina Shamy');
  });

  test('"Ab 0:05 abspielen" starts at that moment, and seeks when already playing', async () => {
    const el = await mount(lina, 'de');
    const jump = el.shadowRoot!.querySelector('.jump') as HTMLButtonElement;
    expect(jump.textContent!.trim()).toBe('Ab 0:05 abspielen');
    await userEvent.click(jump);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    await vi.waitFor(() => expect(video.currentTime).toBeGreaterThanOrEqual(5), { timeout: 10_000 });
    video.currentTime = 1;
    await userEvent.click(jump);
    expect(video.currentTime).toBeGreaterThanOrEqual(5);
    expect(player(el)).toBe(video);
  });

  test('pressing play on a second video pauses the first; resuming the first pauses the second; a YouTube player that appears pauses it too', async () => {
    const file = `<video-appeal author="Lina Shamy"><source src="${media}/appeal.mp4" type="video/mp4"></video-appeal>`;
    const [a, b] = [await mount(file), await mount(file)];
    const play = async (el: Element) => {
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      const video = player(el) as HTMLVideoElement;
      video.muted = true;
      await vi.waitFor(() => expect(video.paused).toBe(false), { timeout: 10_000 });
      return video;
    };
    const va = await play(a);
    const vb = await play(b);
    expect(va.paused).toBe(true);
    await va.play();
    expect(vb.paused).toBe(true);
    expect(va.paused).toBe(false);
    consent('youtube', true);
    try {
      const yt = await mount(youtube());
      await userEvent.click(part(yt, 'play-button')!);
      await settle(yt);
      expect(player(yt)?.localName).toBe('iframe');
      expect(va.paused).toBe(true);
    } finally {
      consent('youtube', false);
    }
  });

  test('one video at a time across players: a YouTube or Vimeo player is paused by postMessage when another card plays', async () => {
    // The frames are refused here (CSP): their windows are stand-ins that record what they were sent.
    const sent = new Map<HTMLIFrameElement, [unknown, unknown][]>();
    vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(function (this: HTMLIFrameElement) {
      const log = sent.get(this) ?? [];
      sent.set(this, log);
      return { postMessage: (m: unknown, o: unknown) => log.push([m, o]) } as unknown as Window;
    });
    consent('youtube', true);
    consent('vimeo', true);
    try {
      const start = async (markup: string) => {
        const el = await mount(markup);
        await userEvent.click(part(el, 'play-button')!);
        await settle(el);
        return player(el)!;
      };
      const yt = (await start(youtube())) as HTMLIFrameElement;
      expect(yt.src).toContain('enablejsapi=1');
      expect(sent.get(yt) ?? []).toEqual([]);
      // A native video that starts pauses the YouTube player, at YouTube's origin.
      const video = (await start(
        `<video-appeal author="Lina Shamy"><source src="${media}/appeal.mp4" type="video/mp4"></video-appeal>`,
      )) as HTMLVideoElement;
      video.muted = true;
      await vi.waitFor(() => expect(video.paused).toBe(false), { timeout: 10_000 });
      expect(sent.get(yt)).toEqual([['{"event":"command","func":"pauseVideo","args":""}', 'https://www.youtube-nocookie.com']]);
      // A Vimeo player that appears pauses the native video; a YouTube one that appears then pauses Vimeo.
      const vimeo = (await start('<video-appeal video-id="76979871" author="Lina Shamy"></video-appeal>')) as HTMLIFrameElement;
      expect(video.paused).toBe(true);
      expect(vimeo.src).toContain('dnt=1');
      const yt2 = (await start(youtube())) as HTMLIFrameElement;
      expect(sent.get(vimeo)).toEqual([['{"method":"pause"}', 'https://player.vimeo.com']]);
      expect(sent.get(yt2) ?? []).toEqual([]);
      // Nothing else was told to pause twice, or at all.
      expect(sent.get(yt)).toHaveLength(1);
    } finally {
      consent('youtube', false);
      consent('vimeo', false);
    }
  });

  test('a file that cannot be played (404) is reported once, after the last source failed; a later source that plays is not', async () => {
    const cases: [string, string[]][] = [
      [
        `<source src="${media}/missing.webm" type="video/webm"><source src="${media}/missing.mp4" type="video/mp4">`,
        ['load-failed video.src'],
      ],
      [`<source src="${media}/missing.webm" type="video/webm"><source src="${media}/appeal.mp4" type="video/mp4">`, []],
    ];
    for (const [sources, expected] of cases) {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const seen: string[] = [];
      const el = await mount(`<video-appeal author="Lina Shamy">${sources}</video-appeal>`);
      el.addEventListener('postquote-error', (e) => seen.push(`${e.code} ${e.field}`));
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      const video = player(el) as HTMLVideoElement;
      video.muted = true;
      await vi.waitFor(() => expect(video.networkState === HTMLMediaElement.NETWORK_NO_SOURCE || video.readyState > 0).toBe(true), {
        timeout: 10_000,
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(seen, sources).toEqual(expected);
      expect(
        warn.mock.calls.filter((c) => /load-failed/.test(String(c[0]))),
        sources,
      ).toHaveLength(expected.length);
      warn.mockRestore();
      cleanup();
    }
  });

  test('"play from" on a YouTube player that another card paused starts it again there, and pauses that card', async () => {
    // The frame is refused here (CSP), and loads that error page: its window is a stand-in that records what it was sent.
    const sent: unknown[] = [];
    vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue({
      postMessage: (m: unknown, o: unknown) => sent.push([m, o]),
    } as unknown as Window);
    consent('youtube', true);
    try {
      const a = await mount(youtube());
      await userEvent.click(part(a, 'play-button')!);
      await settle(a);
      const frame = player(a) as HTMLIFrameElement;
      await new Promise((r) => setTimeout(r, 200));
      const b = await mount(`<video-appeal author="Lina Shamy"><source src="${media}/appeal.mp4" type="video/mp4"></video-appeal>`);
      await userEvent.click(part(b, 'play-button')!);
      await settle(b);
      const video = player(b) as HTMLVideoElement;
      video.muted = true;
      await vi.waitFor(() => expect(video.paused).toBe(false), { timeout: 10_000 });
      // The reader goes back to the first card: its player (loaded: not loaded again) is told to seek to 0:12 and play.
      await userEvent.click(a.shadowRoot!.querySelector('.jump')!);
      await settle(a);
      expect(player(a)).toBe(frame);
      expect(frame.src).toContain('start=0');
      // (After the pause the other card's start sent it.)
      expect(sent).toEqual(
        [
          '{"event":"command","func":"pauseVideo","args":""}',
          '{"event":"command","func":"seekTo","args":[12,true]}',
          '{"event":"command","func":"playVideo","args":""}',
        ].map((m) => [m, 'https://www.youtube-nocookie.com']),
      );
      expect(a.shadowRoot!.activeElement).toBe(frame);
      await vi.waitFor(() => expect(video.paused).toBe(true));
    } finally {
      consent('youtube', false);
    }
  });

  test('a subtitle file that cannot be loaded (404) is reported once per track, when the browser loads it, at its field', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: string[] = [];
    const el = await mount(`<video-appeal author="Lina Shamy"><source src="${media}/appeal.mp4" type="video/mp4">
      <track kind="subtitles" srclang="en" label="English" src="${media}/appeal.en.vtt">
      <track kind="subtitles" srclang="de" label="Deutsch" src="${media}/missing.de.vtt" default>
      <track kind="subtitles" srclang="fr" label="Français" src="${media}/missing.fr.vtt"></video-appeal>`);
    el.addEventListener('postquote-error', (e) => seen.push(`${e.code} ${e.field}`));
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    video.muted = true;
    // The default track loads with the video; the others when the reader picks them.
    await vi.waitFor(() => expect(seen).toEqual(['load-failed video.tracks[1].src']), { timeout: 10_000 });
    for (const mode of ['showing', 'disabled', 'showing', 'hidden'] as const) {
      video.textTracks[0].mode = mode;
      video.textTracks[2].mode = mode;
      await new Promise((r) => setTimeout(r, 150));
    }
    expect(seen).toEqual(['load-failed video.tracks[1].src', 'load-failed video.tracks[2].src']);
    expect(warn.mock.calls.filter((c) => /load-failed/.test(String(c[0])))).toHaveLength(2);
    expect(String(warn.mock.calls[0][0])).toContain('missing.de.vtt');
  });

  test('a subtitle file that cannot be loaded is reported at its own index, also after a track with a refused src (left out)', async () => {
    // The index counted the tracks kept: the 404 of the second track was reported at video.tracks[0].src, the
    // field the refused first one was reported at, and the developer looked at the wrong track.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: string[] = [];
    const el = await mount(`<video-appeal author="Lina Shamy"><source src="${media}/appeal.mp4" type="video/mp4">
      <track kind="subtitles" srclang="en" label="English" src="javascript:alert(1)">
      <track kind="subtitles" srclang="de" label="Deutsch" src="${media}/missing.de.vtt" default></video-appeal>`);
    el.addEventListener('postquote-error', (e) => seen.push(`${e.code} ${e.field}`));
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    (player(el) as HTMLVideoElement).muted = true;
    await vi.waitFor(() => expect(seen.filter((s) => s.startsWith('load-failed'))).toEqual(['load-failed video.tracks[1].src']), {
      timeout: 10_000,
    });
    // The refused one was reported at its own index, from the markup.
    expect(String(warn.mock.calls[0][0])).toContain('invalid-url: video.tracks[0].src');
    expect(String(warn.mock.calls[1][0])).toContain('missing.de.vtt');
  });

  test('"play from 0:05" pressed while the file still loads starts there, not at the start the player was rendered with', async () => {
    // The press's seek was overwritten by the start (0:02) once the metadata came: the reader heard the wrong moment.
    const el = await mount(lina, 'de');
    (part(el, 'play-button') as HTMLButtonElement).click();
    // Pressed as soon as the player is rendered, before its file could answer.
    await (el as VideoAppeal).updateComplete;
    const video = player(el) as HTMLVideoElement;
    video.muted = true;
    expect(video.readyState).toBe(0);
    (el.shadowRoot!.querySelector('.jump') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(video.readyState).toBeGreaterThan(0), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 200));
    expect(video.currentTime).toBeGreaterThanOrEqual(5);
  });

  test('the box keeps its size when the player replaces the poster', async () => {
    const el = await mount(lina, 'de');
    const before = stage(el);
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const after = stage(el);
    expect([after.width, after.height, after.top]).toEqual([before.width, before.height, before.top]);
  });

  test('hostile track and source URLs never become a src', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(`<video-appeal author="A" src="javascript:alert(1)">
      <source src="data:video/mp4;base64,AAAA"><track src="javascript:alert(1)" srclang="de"></video-appeal>`);
    expect(part(el, 'play-button')).toBeNull();
    expect(el.shadowRoot!.querySelector('[src^="javascript"], [src^="data"]')).toBeNull();
  });

  test('subtitles go through the image proxy, as the video file does (the privacy rule: media the page gave)', async () => {
    const nextTask = () => new Promise((r) => setTimeout(r));
    const meta = document.createElement('meta');
    meta.name = 'postquote-image-proxy';
    meta.content = '/imgproxy?u={url}';
    document.head.append(meta);
    try {
      await nextTask();
      const el = await mount(`<video-appeal author="A" src="${media}/appeal.mp4">
        <track kind="subtitles" srclang="de" label="Deutsch" src="${media}/appeal.de.vtt" default></video-appeal>`);
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      const proxied = (path: string) => new URL(`/imgproxy?u=${encodeURIComponent(new URL(path, location.href).href)}`, location.href).href;
      expect(player(el)!.querySelector('track')!.src).toBe(proxied(`${media}/appeal.de.vtt`));
      expect(player(el)!.querySelector('source')!.src).toBe(proxied(`${media}/appeal.mp4`));
    } finally {
      meta.remove();
      await nextTask();
    }
  });

  test('crossorigin, on the element or its <video>, is carried to the player: subtitles from another origin load', async () => {
    // The same test server under its other name: another origin, which answers with CORS headers.
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const track = `<track kind="subtitles" srclang="de" label="Deutsch" src="${other}${media}/appeal.de.vtt" default>`;
    const cases: [string, string | null][] = [
      [`<video-appeal author="A" src="${media}/appeal.mp4" crossorigin>${track}</video-appeal>`, 'anonymous'],
      [
        `<video-appeal author="A"><video crossorigin="anonymous" preload="none"><source src="${media}/appeal.mp4" type="video/mp4">${track}</video></video-appeal>`,
        'anonymous',
      ],
      [`<video-appeal author="A" src="${media}/appeal.mp4" crossorigin="Use-Credentials">${track}</video-appeal>`, 'use-credentials'],
      [`<video-appeal author="A" src="${media}/appeal.mp4" crossorigin="bogus">${track}</video-appeal>`, 'anonymous'],
      [`<video-appeal author="A" src="${media}/appeal.mp4">${track}</video-appeal>`, null],
    ];
    for (const [markup, expected] of cases) {
      const el = await mount(markup);
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      const video = player(el) as HTMLVideoElement;
      expect(video.getAttribute('crossorigin'), markup).toBe(expected);
      if (expected === 'anonymous')
        await vi.waitFor(() => expect(video.querySelector('track')!.readyState, markup).toBe(HTMLTrackElement.LOADED), { timeout: 10_000 });
      cleanup();
    }
  });
});

describe('video-appeal: third-party players and consent', () => {
  test('press fires a cancelable postquote-activate; cancelled, nothing loads; activate() plays and focuses', async () => {
    const el = await mount<VideoAppeal>(youtube('start="7"'), 'de');
    const seen: { provider: string; url: string }[] = [];
    const cancel = (e: Event) => {
      seen.push((e as CustomEvent).detail);
      e.preventDefault();
    };
    document.addEventListener('postquote-activate', cancel);
    try {
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      expect(seen).toEqual([
        { provider: 'youtube', url: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=7' },
      ]);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(part(el, 'play-button')).not.toBeNull();
      el.activate();
      await settle(el);
      const frame = player(el) as HTMLIFrameElement;
      expect(frame.localName).toBe('iframe');
      expect(frame.src).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=7');
      expect(el.shadowRoot!.activeElement).toBe(frame);
      expect(seen).toHaveLength(1);
    } finally {
      document.removeEventListener('postquote-activate', cancel);
    }
  });

  test('iframe: title, tight sandbox, minimal allow, referrer policy; axe after play', async () => {
    const el = await mount(youtube(), 'de');
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const frame = player(el) as HTMLIFrameElement;
    expect(frame.title).toBe('Video: Lina Shamy');
    // A popup ("Watch on YouTube") leaves the sandbox: see the e2e suite.
    expect(frame.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.getAttribute('allow')).toBe('autoplay; encrypted-media; picture-in-picture; fullscreen');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(el.shadowRoot!.activeElement).toBe(frame);
    expect(part(el, 'consent')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  test('agreed to once (activate(), no grant): "play from 0:12" while it plays jumps there, without asking again', async () => {
    // The consent manager asked, the reader agreed to this video; a press on "play from" asked a second
    // time, and the reader's second yes (activate() while playing) did nothing: the player stayed at 0:00.
    const el = await mount<VideoAppeal>(youtube());
    const { seen, stop } = activations();
    // What this card's player was sent (a player of an earlier test is told to pause).
    const sent: unknown[] = [];
    vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockImplementation(function (this: HTMLIFrameElement) {
      return { postMessage: (m: unknown) => this === player(el) && sent.push(m) } as unknown as Window;
    });
    const ask = (e: Event) => {
      e.preventDefault();
      setTimeout(() => el.activate());
    };
    document.addEventListener('postquote-activate', ask);
    try {
      await userEvent.click(part(el, 'play-button')!);
      await vi.waitFor(() => expect(player(el)).not.toBeNull());
      expect((player(el) as HTMLIFrameElement).src).toBe(
        'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=0',
      );
      // Once the player loaded (the frame is refused here: an error page), it is told to seek and play.
      await new Promise((r) => setTimeout(r, 200));
      await userEvent.click(el.shadowRoot!.querySelector('.jump')!);
      await new Promise((r) => setTimeout(r, 50));
      await settle(el);
      expect(sent).toEqual(['{"event":"command","func":"seekTo","args":[12,true]}', '{"event":"command","func":"playVideo","args":""}']);
      expect(seen).toHaveLength(1);
    } finally {
      document.removeEventListener('postquote-activate', ask);
      stop();
    }
  });

  test('the key quote moment: "Ab 0:12 abspielen" asks with start=12', async () => {
    const el = await mount(youtube(), 'de');
    const { seen, stop } = activations();
    (el.shadowRoot!.querySelector('.jump') as HTMLButtonElement).click();
    await settle(el);
    stop();
    expect(seen[0].url).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=12');
    expect((player(el) as HTMLIFrameElement).src).toBe(seen[0].url);
  });

  test('Vimeo: dnt=1, start as a #t fragment; provider and id inferred from href', async () => {
    const el = await mount(`<video-appeal href="https://vimeo.com/76979871" author="A" start="65"></video-appeal>`);
    const { seen, stop } = activations();
    part(el, 'play-button')!.click();
    await settle(el);
    stop();
    expect(seen).toEqual([{ provider: 'vimeo', url: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=65s' }]);
    expect(part(el, 'platform')!.textContent).toContain('Vimeo');
  });

  test("Vimeo: an unlisted video's hash (vimeo.com/ID/HASH, player.vimeo.com/video/ID?h=HASH) reaches the player as h=, without which Vimeo refuses to play it", async () => {
    for (const href of ['https://vimeo.com/76979871/abcdef1234', 'https://player.vimeo.com/video/76979871?h=abcdef1234']) {
      const el = await mount<VideoAppeal>(`<video-appeal href="${href}" author="A" start="65"></video-appeal>`);
      const { seen, stop } = activations();
      part(el, 'play-button')!.click();
      await settle(el);
      stop();
      expect(seen).toEqual([{ provider: 'vimeo', url: 'https://player.vimeo.com/video/76979871?h=abcdef1234&autoplay=1&dnt=1#t=65s' }]);
      el.activate();
      await settle(el);
      expect((player(el) as HTMLIFrameElement).src).toBe(seen[0].url);
      cleanup();
    }
    // The hash belongs to the video its URL names: not to another video-id, and nothing but hex digits.
    for (const markup of [
      '<video-appeal href="https://vimeo.com/76979871/abcdef1234" video-id="12345" author="A"></video-appeal>',
      '<video-appeal href="https://vimeo.com/76979871/x&autoplay=0" author="A"></video-appeal>',
    ]) {
      const el = await mount(markup);
      const { seen, stop } = activations();
      part(el, 'play-button')!.click();
      await settle(el);
      stop();
      expect(seen[0].url).toMatch(/^https:\/\/player\.vimeo\.com\/video\/\d+\?autoplay=1&dnt=1$/);
      cleanup();
    }
  });

  test('the consent notice names the provider and links its privacy policy, in every UI language', async () => {
    const expected: Record<string, RegExp> = {
      en: /YouTube/,
      de: /YouTube geladen/,
      fr: /YouTube/,
      es: /YouTube/,
      ar: /YouTube/,
    };
    for (const [lang, text] of Object.entries(expected)) {
      const el = await mount(youtube(), lang);
      const notice = part(el, 'consent')!;
      expect(notice.textContent).toMatch(text);
      const a = notice.querySelector('a')!;
      expect(a.href).toBe('https://policies.google.com/privacy');
      expect(a.textContent).toContain('YouTube');
      expect(a.target).toBe('_blank');
      if (lang !== 'en') expect(notice.textContent).not.toContain('may receive data about you');
    }
  });

  test('the play and "play from" buttons are described by the consent notice, heard before the press; not once granted', async () => {
    // The notice follows the video: a reader who tabs to play (or hears the buttons by name) pressed
    // before meeting it, and YouTube loaded without them knowing what sighted readers read first.
    const el = await mount(youtube().replace('</video-appeal>', '<p slot="consent">Unser Hinweis zu YouTube.</p></video-appeal>'), 'de');
    const root = el.shadowRoot!;
    const buttons = [part(el, 'play-button')!, root.querySelector('.jump')!];
    for (const b of buttons) expect(root.getElementById(b.getAttribute('aria-describedby') ?? '')).toBe(part(el, 'consent'));
    consent('youtube', true);
    await settle(el);
    try {
      expect(part(el, 'consent')).toBeNull();
      for (const b of [part(el, 'play-button')!, root.querySelector('.jump')!]) expect(b.hasAttribute('aria-describedby')).toBe(false);
    } finally {
      consent('youtube', false);
    }
    const selfHosted = await mount(lina, 'de');
    expect(part(selfHosted, 'play-button')!.hasAttribute('aria-describedby')).toBe(false);
  });

  test('slot="consent" replaces the notice', async () => {
    const el = await mount(youtube().replace('</video-appeal>', '<p slot="consent">Unser Hinweis</p></video-appeal>'), 'de');
    const slot = part(el, 'consent')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).toEqual(['Unser Hinweis']);
  });

  test("pt-BR page: the page's own notice is spoken in the page's language, the default one in the card's", async () => {
    const spoken = (e: Element | null) => getComputedStyle(e!).getPropertyValue('-webkit-locale').replace(/"/g, '');
    const own = await mount(youtube().replace('</video-appeal>', '<p slot="consent">Nosso aviso</p></video-appeal>'), 'pt-BR');
    expect(spoken(own.querySelector('[slot=consent]'))).toBe('pt-BR');
    const notice = await mount(youtube(), 'pt-BR');
    const consent = part(notice, 'consent')!;
    expect(consent.textContent).toContain('may receive data about you');
    expect(spoken(consent.querySelector('a'))).toBe('en');
    expect([...consent.querySelectorAll('slot *')].every((e) => spoken(e) === 'en')).toBe(true);
    expect(await axeViolations(notice)).toEqual([]);
  });

  test('a start time in a YouTube or Vimeo href (?t=90, &t=1m30s, #t=, embed ?start=) is where the player starts; the start attribute wins', async () => {
    const { seen, stop } = activations();
    try {
      for (const [href, start] of [
        ['https://youtu.be/M7lc1UVf-VE?t=90', 90],
        ['https://www.youtube.com/watch?v=M7lc1UVf-VE&t=1m30s', 90],
        ['https://www.youtube.com/watch?v=M7lc1UVf-VE#t=1h0m5s', 3605],
        ['https://www.youtube.com/embed/M7lc1UVf-VE?start=42', 42],
        ['https://www.youtube.com/watch?v=M7lc1UVf-VE&list=PLx&index=2', 0],
      ] as const) {
        const el = await mount(`<video-appeal href="${href}" author="A"></video-appeal>`);
        part(el, 'play-button')!.click();
        expect(seen.pop()?.url, href).toBe(`https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=${start}`);
      }
      const vimeo = await mount(`<video-appeal href="https://vimeo.com/76979871#t=65s" author="A"></video-appeal>`);
      part(vimeo, 'play-button')!.click();
      expect(seen.pop()?.url).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=65s');
      const own = await mount(`<video-appeal href="https://youtu.be/M7lc1UVf-VE?t=90" start="0" author="A"></video-appeal>`);
      part(own, 'play-button')!.click();
      expect(seen.pop()?.url).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=0');
      // Another video's href says nothing about this one's start.
      const other = await mount(
        `<video-appeal href="https://youtu.be/aaaaaaaaaaa?t=90" video-id="M7lc1UVf-VE" provider="youtube" author="A"></video-appeal>`,
      );
      part(other, 'play-button')!.click();
      expect(seen.pop()?.url).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=0');
    } finally {
      stop();
    }
  });

  test('a YouTube playlist embed (embed/videoseries?list=…) is a link out, not a player of the "video" videoseries', async () => {
    const el = await mount(
      `<video-appeal href="https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG" author="A"></video-appeal>`,
    );
    const a = part(el, 'play-button') as HTMLAnchorElement;
    expect(a.localName).toBe('a');
    expect(a.href).toBe('https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG');
    expect(part(el, 'consent')).toBeNull();
    const attr = await mount(`<video-appeal provider="youtube" video-id="videoseries" author="A"></video-appeal>`);
    expect(part(attr, 'play-button')?.localName).not.toBe('button');
  });

  test("postquote-consent's provider is compared case-insensitively ('YouTube', as consent managers write it)", async () => {
    const el = await mount(youtube(), 'de');
    const { seen, stop } = activations();
    try {
      consent('YouTube', true);
      await settle(el);
      expect(part(el, 'consent')).toBeNull();
      part(el, 'play-button')!.click();
      await settle(el);
      expect(seen).toEqual([]);
      expect(player(el)?.localName).toBe('iframe');
      consent('YOUTUBE', false);
      await settle(el);
      expect(player(el)).toBeNull();
    } finally {
      stop();
      consent('youtube', false);
    }
  });

  test('postquote-consent grants a provider for every element; revoking removes its players', async () => {
    const a = await mount(youtube(), 'de');
    const b = await mount(youtube('video-id="aaaaaaaaaaa"'), 'de');
    const vimeo = await mount(`<video-appeal href="https://vimeo.com/76979871" author="V"></video-appeal>`);
    const { seen, stop } = activations();
    try {
      consent('youtube', true);
      await settle(a);
      expect(part(a, 'consent')).toBeNull();
      expect(part(b, 'consent')).toBeNull();
      expect(part(vimeo, 'consent')).not.toBeNull();
      part(a, 'play-button')!.click();
      part(b, 'play-button')!.click();
      await settle(a);
      await settle(b);
      expect(seen).toEqual([]);
      expect(player(a)?.localName).toBe('iframe');
      expect(player(b)?.localName).toBe('iframe');
      consent('youtube', false);
      await settle(a);
      await settle(b);
      expect(player(a)).toBeNull();
      expect(player(b)).toBeNull();
      expect(part(a, 'consent')).not.toBeNull();
      part(a, 'play-button')!.click();
      expect(seen).toHaveLength(1);
    } finally {
      stop();
      consent('youtube', false);
    }
  });

  test('revoking another provider, or a malformed event, leaves running players alone (native and YouTube)', async () => {
    const native = await mount(lina, 'de');
    const yt = await mount(youtube(), 'de');
    const { stop } = activations();
    try {
      await userEvent.click(part(native, 'play-button')!);
      part(yt, 'play-button')!.click();
      await settle(native);
      await settle(yt);
      expect(player(native)?.localName).toBe('video');
      expect(player(yt)?.localName).toBe('iframe');
      consent('vimeo', false);
      document.dispatchEvent(new CustomEvent('postquote-consent', { detail: { granted: false } }));
      document.dispatchEvent(new CustomEvent('postquote-consent'));
      await settle(native);
      await settle(yt);
      expect(player(native)?.localName).toBe('video');
      expect(player(yt)?.localName).toBe('iframe');
    } finally {
      stop();
    }
  });

  test('the page may dispatch a plain CustomEvent; anything malformed is ignored', async () => {
    const el = await mount(youtube());
    document.dispatchEvent(new CustomEvent('postquote-consent', { detail: { provider: 'youtube', granted: 'yes' } }));
    document.dispatchEvent(new CustomEvent('postquote-consent', { detail: null }));
    document.dispatchEvent(new CustomEvent('postquote-consent'));
    await settle(el);
    expect(part(el, 'consent')).not.toBeNull();
    document.dispatchEvent(new CustomEvent('postquote-consent', { detail: { provider: 'youtube', granted: true } }));
    await settle(el);
    expect(part(el, 'consent')).toBeNull();
    consent('youtube', false);
  });

  test('ids with quotes, spaces or URLs are rejected: no player, one postquote-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [
      ['youtube', `M7lc1UVf-V"`],
      ['youtube', `M7lc1U Vf-V`],
      ['youtube', 'https://evil.example/x'],
      ['youtube', 'M7lc1UVf-VE/../../x'],
      ['youtube', 'M7lc1UVf-VEQ'],
      ['vimeo', '7697987 1'],
      ['vimeo', '76979871?a=1'],
      ['vimeo', '//evil.example'],
      ['vimeo', `7697'"`],
    ];
    for (const [provider, id] of bad) {
      warn.mockClear();
      const errors: string[] = [];
      const el = document.createElement('video-appeal');
      el.addEventListener('postquote-error', (e) => errors.push(e.field ?? ''));
      el.setAttribute('author', 'A');
      el.setAttribute('provider', provider);
      el.setAttribute('video-id', id);
      document.body.append(el);
      await settle(el);
      expect(part(el, 'play-button'), `${provider} ${id}`).toBeNull();
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(errors).toEqual(['video-id']);
      expect(warn).toHaveBeenCalledTimes(1);
    }
  });

  test('a bad id with an href falls back to a link out to that href', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(
      `<video-appeal provider="youtube" video-id="a b" href="https://www.youtube.com/watch?v=bad" author="A"></video-appeal>`,
      'de',
    );
    const link = part(el, 'play-button') as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.href).toBe('https://www.youtube.com/watch?v=bad');
  });

  // A video-id without provider (nor an href naming one) was a dark box with nothing to press, and no report.
  test("a video-id without a provider names it by its shape: digits are Vimeo's, else YouTube's; a bad one is reported", async () => {
    for (const [id, url] of [
      ['M7lc1UVf-VE', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=0'],
      ['76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ]) {
      const el = await mount(`<video-appeal video-id="${id}" author="A"><blockquote>Hi.</blockquote></video-appeal>`);
      expect(part(el, 'consent')).not.toBeNull();
      const { seen, stop } = activations();
      part(el, 'play-button')!.click();
      await settle(el);
      stop();
      expect(seen.map((s) => s.url)).toEqual([url]);
      cleanup();
    }
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors((e) => JSON.stringify([e.code, (e as { field?: string }).field]));
    await mount(`<video-appeal video-id="not an id" author="A"></video-appeal>`);
    errors.stop();
    expect(errors.seen).toEqual([JSON.stringify(['invalid-value', 'video-id'])]);
  });

  test('a player whose provider was revoked while the element was detached is gone when it is attached again', async () => {
    const el = await mount<VideoAppeal>(youtube(), 'de');
    const host = el.parentElement!;
    try {
      consent('youtube', true);
      part(el, 'play-button')!.click();
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      el.remove();
      consent('youtube', false);
      host.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(part(el, 'play-button')).not.toBeNull();
      expect(part(el, 'consent')).not.toBeNull();
    } finally {
      consent('youtube', false);
    }
  });

  test('a player played once by activate() (no grant) stays when the element moves, and goes when revoked meanwhile', async () => {
    const el = await mount<VideoAppeal>(youtube(), 'de');
    const other = document.createElement('div');
    document.body.append(other);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('postquote-activate', cancel);
    try {
      part(el, 'play-button')!.click();
      el.activate();
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      other.append(el);
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      el.remove();
      consent('youtube', false);
      other.append(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
    } finally {
      document.removeEventListener('postquote-activate', cancel);
    }
  });

  test('a focused player that goes (revoked, or another video) hands the focus to the play button; an unfocused one leaves it', async () => {
    const el = await mount<VideoAppeal>(youtube(), 'de');
    try {
      consent('youtube', true);
      await settle(el);
      part(el, 'play-button')!.focus();
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(el.shadowRoot!.activeElement).toBe(player(el));
      consent('youtube', false);
      await settle(el);
      expect(player(el)).toBeNull();
      expect(document.activeElement).toBe(el);
      expect(el.shadowRoot!.activeElement).toBe(part(el, 'play-button'));

      // Not focused: the focus stays where the reader put it.
      consent('youtube', true);
      part(el, 'play-button')!.click();
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      consent('youtube', false);
      await settle(el);
      expect(player(el)).toBeNull();
      expect(document.activeElement).toBe(outside);
    } finally {
      consent('youtube', false);
    }
    // A native video the page swaps while it has the focus.
    const native = await mount(lina, 'de');
    await userEvent.click(part(native, 'play-button')!);
    await settle(native);
    expect(native.shadowRoot!.activeElement).toBe(player(native));
    native.setAttribute('src', `${media}/appeal-portrait.mp4`);
    await settle(native);
    expect(player(native)).toBeNull();
    expect(native.shadowRoot!.activeElement).toBe(part(native, 'play-button'));
  });
});

// The reader pressed play on one video: when the page swaps the video (attribute, light DOM or
// `.post`), the new one waits for its own press, its own postquote-activate and consent.
describe('video-appeal: reader state follows the video', () => {
  /** Records activate events; cancels those for providers other than `allowed`. */
  const gate = (allowed?: string) => {
    const seen: string[] = [];
    const listener = (e: Event) => {
      const { provider } = (e as CustomEvent<{ provider: string }>).detail;
      seen.push(provider);
      if (provider !== allowed) e.preventDefault();
    };
    document.addEventListener('postquote-activate', listener);
    return { seen, stop: () => document.removeEventListener('postquote-activate', listener) };
  };

  test('self-hosted swapped for YouTube: back to the poster with the consent notice; its press asks', async () => {
    const el = await mount<VideoAppeal>(`<video-appeal author="A" src="${media}/appeal.mp4"></video-appeal>`);
    const { seen, stop } = gate();
    try {
      await userEvent.click(part(el, 'play-button')!);
      await settle(el);
      expect(player(el)?.localName).toBe('video');
      el.removeAttribute('src');
      el.setAttribute('provider', 'youtube');
      el.setAttribute('video-id', 'M7lc1UVf-VE');
      await settle(el);
      expect(el.shadowRoot!.querySelector('video, iframe')).toBeNull();
      expect(part(el, 'play-button')).not.toBeNull();
      expect(part(el, 'consent')).not.toBeNull();
      expect(seen).toEqual([]);
      part(el, 'play-button')!.click();
      await settle(el);
      expect(seen).toEqual(['youtube']);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
    } finally {
      stop();
    }
  });

  test('YouTube (allowed) swapped for Vimeo: no Vimeo player until its own press is allowed', async () => {
    const el = await mount<VideoAppeal>(youtube());
    const { seen, stop } = gate('youtube');
    try {
      part(el, 'play-button')!.click();
      await settle(el);
      expect((player(el) as HTMLIFrameElement).src).toContain('youtube-nocookie.com');
      // Data that does not change the video keeps it playing.
      el.setAttribute('views', '5');
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      el.setAttribute('provider', 'vimeo');
      el.setAttribute('video-id', '76979871');
      await settle(el);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(seen).toEqual(['youtube']);
      part(el, 'play-button')!.click();
      await settle(el);
      expect(seen).toEqual(['youtube', 'vimeo']);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      el.activate(); // the reader agreed to Vimeo
      await settle(el);
      expect((player(el) as HTMLIFrameElement).src).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    } finally {
      stop();
    }
  });

  test('a new .post or a new <source> stops the player too', async () => {
    const el = new VideoAppeal();
    el.post = { author: { name: 'A' }, video: { provider: 'youtube', id: 'M7lc1UVf-VE' } };
    document.body.append(el);
    await settle(el);
    const { stop } = gate('youtube');
    try {
      part(el, 'play-button')!.click();
      await settle(el);
      expect(player(el)?.localName).toBe('iframe');
      el.post = { author: { name: 'A' }, video: { provider: 'youtube', id: 'aaaaaaaaaaa' } };
      await settle(el);
      expect(player(el)).toBeNull();
    } finally {
      stop();
    }
    const native = await mount(`<video-appeal author="A"><source src="${media}/appeal.mp4" type="video/mp4"></video-appeal>`);
    await userEvent.click(part(native, 'play-button')!);
    await settle(native);
    expect(player(native)?.localName).toBe('video');
    native.querySelector('source')!.setAttribute('src', `${media}/appeal-portrait.mp4`);
    await settle(native);
    expect(player(native)).toBeNull();
    expect(part(native, 'play-button')).not.toBeNull();
  });

  test('activate() after a cancelled press does not play a video the page swapped in since', async () => {
    const el = await mount<VideoAppeal>(youtube());
    const { seen, stop } = gate();
    try {
      part(el, 'play-button')!.click();
      expect(seen).toEqual(['youtube']);
      el.setAttribute('provider', 'vimeo');
      el.setAttribute('video-id', '76979871');
      el.activate(); // the consent manager's answer for YouTube arrives after the swap
      await settle(el);
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(part(el, 'play-button')).not.toBeNull();
    } finally {
      stop();
    }
  });

  test('a grant after a cancelled press plays the video pressed last, from where it was pressed, and no other', async () => {
    const a = await mount<VideoAppeal>(youtube());
    const b = await mount<VideoAppeal>(youtube().replace('M7lc1UVf-VE', 'aaaaaaaaaaa'));
    const c = await mount<VideoAppeal>(youtube().replace('M7lc1UVf-VE', 'bbbbbbbbbbb'));
    const { seen, stop } = gate();
    try {
      // The reader pressed a first and declined (the page never answered), then pressed b's "play from 0:12".
      part(a, 'play-button')!.click();
      (b.shadowRoot!.querySelector('.jump') as HTMLButtonElement).click();
      await settle(b);
      expect(seen).toEqual(['youtube', 'youtube']);
      expect(b.shadowRoot!.querySelector('iframe')).toBeNull();
      consent('youtube', true); // the consent manager's answer for b: YouTube for every element
      for (const el of [a, b, c]) await settle(el);
      expect((player(b) as HTMLIFrameElement | null)?.src).toBe(
        'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa?autoplay=1&enablejsapi=1&start=12',
      );
      expect(b.shadowRoot!.activeElement).toBe(player(b));
      expect(player(a)).toBeNull();
      expect(player(c)).toBeNull();
      expect(part(a, 'consent')).toBeNull();
      expect(seen).toHaveLength(2);
    } finally {
      stop();
      consent('youtube', false);
    }
  });

  test('activate() from the postquote-activate listener, cancelled or not, plays from the pressed moment; while playing it does nothing', async () => {
    for (const cancel of [false, true]) {
      const el = await mount<VideoAppeal>(youtube());
      const listener = (e: Event) => {
        if (cancel) e.preventDefault();
        el.activate();
      };
      document.addEventListener('postquote-activate', listener);
      try {
        (el.shadowRoot!.querySelector('.jump') as HTMLButtonElement).click();
        await settle(el);
        const frame = player(el) as HTMLIFrameElement;
        expect(frame?.src, `cancelled: ${cancel}`).toBe(
          'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=12',
        );
        el.activate();
        await settle(el);
        expect(player(el)).toBe(frame);
        expect(frame.src).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=12');
      } finally {
        document.removeEventListener('postquote-activate', listener);
        cleanup();
      }
    }
  });
});

describe('video-appeal: newsroom layer', () => {
  test('content-warning hides poster and player until revealed, then fires postquote-reveal', async () => {
    const el = await mount(
      `<video-appeal author="A" content-warning="Schüsse im Hintergrund" src="${media}/appeal.mp4" poster="/demo/img/poster-alhamdo.jpg"></video-appeal>`,
      'de',
    );
    const warning = part(el, 'warning') as HTMLDetailsElement;
    expect(warning.textContent).toContain('Schüsse im Hintergrund');
    expect(part(el, 'poster')).toBeNull();
    expect(part(el, 'play-button')).toBeNull();
    const revealed: Event[] = [];
    el.addEventListener('postquote-reveal', (e) => revealed.push(e));
    warning.querySelector('summary')!.click();
    await settle(el);
    expect(revealed).toHaveLength(1);
    expect(part(el, 'play-button')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  test("the platform's note on the video (an X community note) is shown, labelled with its source, as on <post-quote>", async () => {
    const el = await mount(
      `<video-appeal href="https://x.com/LinaShamy/status/1" platform="x" author="A"><blockquote>Quote</blockquote>
        <script type="application/json">{"platformNote":{"text":"This video is from 2015.","url":"https://x.com/i/birdwatch/n/1"}}</script>
      </video-appeal>`,
      'de',
    );
    const note = el.shadowRoot!.querySelector('.platform-note')!;
    expect(note.textContent!.replace(/\s+/g, ' ')).toContain('This video is from 2015.');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('https://x.com/i/birdwatch/n/1');
    expect(note.textContent).toContain('Kontext von X');
    expect(part(el, 'body')!.contains(note)).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a consent manager may call activate() without a press; the post property carries the video', async () => {
    const el = new VideoAppeal();
    el.post = { author: { name: 'A' }, video: { provider: 'youtube', id: 'M7lc1UVf-VE', start: 4 } };
    document.body.append(el);
    await settle(el);
    el.activate();
    await settle(el);
    expect((player(el) as HTMLIFrameElement).src).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=4',
    );
  });
});

// A deleted, suspended, withheld, protected or unavailable post: nothing links to it or plays it
// (as <post-quote> drops its "View on" link); the poster, the status line and the archive stay.
describe('video-appeal: a post that is gone', () => {
  const archive = 'https://web.archive.org/web/2024/https://twitter.com/x/status/1';

  test('X, deleted: no link out, neither on the poster nor in the footer; status and archive link shown', async () => {
    const el = await mount(
      `<video-appeal href="https://twitter.com/x/status/1" status="deleted" archive-href="${archive}" author="A" duration="39"
        poster="/demo/img/poster-alhamdo.jpg"><blockquote>Quote</blockquote></video-appeal>`,
    );
    expect(part(el, 'status')!.textContent).toContain('This video has since been deleted.');
    expect(part(el, 'status')!.querySelector('a')!.getAttribute('href')).toBe(archive);
    expect(part(el, 'poster')).not.toBeNull();
    expect(part(el, 'duration')!.textContent).toBe('0:39');
    expect(part(el, 'play-button')).toBeNull();
    expect(el.shadowRoot!.querySelector('.origin')).toBeNull();
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([archive]);
    expect(part(el, 'text')!.textContent).toBe('Quote');
    expect(await axeViolations(el)).toEqual([]);
  });

  // The status line and the warning's button spoke of a "post" on a card that shows a video (a
  // YouTube video has no post at all); <post-quote> keeps its words.
  test('the status line and the content warning speak of the video, in all five languages; <post-quote> of the post', async () => {
    const words: Record<string, string[]> = {
      en: [
        'This video has since been deleted.',
        'The account behind this video has since been suspended.',
        'This video has since been withheld.',
        'This video is now only visible to approved followers.',
        'This video is no longer available.',
        'Show video',
      ],
      de: [
        'Dieses Video wurde inzwischen gelöscht.',
        'Das Konto hinter diesem Video wurde inzwischen gesperrt.',
        'Dieses Video wurde inzwischen zurückgehalten.',
        'Dieses Video ist inzwischen nur noch für bestätigte Follower sichtbar.',
        'Dieses Video ist nicht mehr verfügbar.',
        'Video anzeigen',
      ],
      fr: [
        'Cette vidéo a depuis été supprimée.',
        'Le compte à l’origine de cette vidéo a depuis été suspendu.',
        'Cette vidéo a depuis été retenue.',
        'Cette vidéo n’est désormais visible que par les abonnés approuvés.',
        'Cette vidéo n’est plus disponible.',
        'Afficher la vidéo',
      ],
      es: [
        'Este vídeo ha sido eliminado.',
        'La cuenta de este vídeo ha sido suspendida.',
        'Este vídeo ha sido retenido.',
        'Este vídeo ahora solo es visible para seguidores aprobados.',
        'Este vídeo ya no está disponible.',
        'Mostrar vídeo',
      ],
      ar: [
        'حُذف هذا الفيديو لاحقًا.',
        'عُلّق الحساب صاحب هذا الفيديو لاحقًا.',
        'حُجب هذا الفيديو لاحقًا.',
        'أصبح هذا الفيديو مرئيًا للمتابعين المعتمدين فقط.',
        'لم يعد هذا الفيديو متاحًا.',
        'عرض الفيديو',
      ],
    };
    const statuses = ['deleted', 'suspended', 'withheld', 'protected', 'unavailable'];
    for (const [lang, expected] of Object.entries(words)) {
      const shown: string[] = [];
      for (const status of statuses) {
        const el = await mount(
          `<video-appeal author="A" status="${status}" src="${media}/appeal.mp4"><blockquote>Q</blockquote></video-appeal>`,
          lang,
        );
        shown.push(part(el, 'status')!.textContent!.trim());
      }
      const warned = await mount(`<video-appeal author="A" content-warning="!" src="${media}/appeal.mp4"></video-appeal>`, lang);
      shown.push(part(warned, 'warning')!.querySelector('.reveal')!.textContent!);
      expect(shown, lang).toEqual(expected);
    }
    const post = await mount(`<post-quote author="A" status="deleted" content-warning="!"><blockquote>Q</blockquote></post-quote>`);
    expect(part(post, 'status')!.textContent!.trim()).toBe('This post has since been deleted.');
    expect(part(post, 'warning')!.querySelector('.reveal')!.textContent).toBe('Show post');
  });

  for (const status of ['deleted', 'suspended', 'withheld', 'protected', 'unavailable'])
    test(`${status}: a YouTube or self-hosted video neither plays nor asks for consent`, async () => {
      const { seen, stop } = activations();
      try {
        const yt = await mount<VideoAppeal>(youtube(`status="${status}" href="https://www.youtube.com/watch?v=M7lc1UVf-VE"`));
        const self = await mount<VideoAppeal>(`<video-appeal author="A" status="${status}" src="${media}/appeal.mp4">
          <blockquote data-start="5">Quote</blockquote></video-appeal>`);
        for (const el of [yt, self]) {
          expect(part(el, 'status')).not.toBeNull();
          expect(part(el, 'play-button')).toBeNull();
          expect(part(el, 'consent')).toBeNull();
          expect(el.shadowRoot!.querySelector('.jump, .origin, a')).toBeNull();
          el.activate();
          await settle(el);
          expect(el.shadowRoot!.querySelector('video, iframe')).toBeNull();
        }
        expect(seen).toEqual([]);
      } finally {
        stop();
      }
    });

  test('available: plays and links out as without a status', async () => {
    const el = await mount(youtube('status="available" href="https://www.youtube.com/watch?v=M7lc1UVf-VE"'));
    expect(part(el, 'status')).toBeNull();
    expect(part(el, 'play-button')!.localName).toBe('button');
    expect(part(el, 'consent')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://www.youtube.com/watch?v=M7lc1UVf-VE');
  });
});

describe('video-appeal: platforms without a player', () => {
  test('X: a plain link out in a new tab, clearly labelled', async () => {
    const el = await mount(
      `<video-appeal href="https://x.com/Mr_Alhamdo/status/1" author="Mr. Alhamdo" datetime="2024-01-01" duration="1:05" poster="/demo/img/poster-alhamdo.jpg"></video-appeal>`,
      'de',
    );
    const link = part(el, 'play-button') as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(link.href).toBe('https://x.com/Mr_Alhamdo/status/1');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    // Its name: the words it shows, then which post and the new tab (two such videos on a page differ).
    expect(visibleText(link).trim()).toBe('Auf X ansehen1:05');
    expect(linkNamed('Auf X ansehen (X-Beitrag von Mr. Alhamdo, 1. Januar 2024; öffnet in neuem Tab) 1:05')).toBe(link);
    expect(part(el, 'consent')).toBeNull();
    expect(el.shadowRoot!.querySelector('.jump')).toBeNull();
    const before = link.href;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    await settle(el);
    expect(player(el)).toBeNull();
    expect(part(el, 'play-button')!.getAttribute('href')).toBe(before);
  });
});

describe('video-appeal: anonymize', () => {
  // The README's fallback markup links the poster to the speaker's profile: with `anonymize`, that
  // link names the person, so it may not become the card's link (as a pasted embed code's URL does not).
  test('the light-DOM link to the profile is neither a link nor a cite in the card; one warning with a code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as unknown as { code: string }).code);
    document.addEventListener('postquote-error', listener);
    try {
      const el = await mount(
        `<video-appeal anonymize author="Eine Aktivistin" src="${media}/appeal.mp4" datetime="2016-12-12">
          <blockquote lang="de">Jede Bombe ist ein Massaker.</blockquote>
          <a href="https://twitter.com/LinaShamy"><img src="/demo/img/poster-appeal.jpg" alt="Videoaufruf" width="640" height="360"></a>
        </video-appeal>`,
        'de',
      );
      const light = el.innerHTML;
      const named = [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
      expect(named.filter((v) => /LinaShamy/i.test(v))).toEqual([]);
      expect(el.shadowRoot!.querySelector('.origin')).toBeNull();
      // The poster the page gave stays, and so does the fallback.
      expect(part(el, 'poster')!.getAttribute('src')).toBe(new URL('/demo/img/poster-appeal.jpg', location.href).href);
      expect(part(el, 'author')!.textContent).toBe('Eine Aktivistin');
      expect(el.innerHTML).toBe(light);
      expect(errors.filter((c) => c === 'anonymize-fallback')).toHaveLength(1);
      expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('[postquote] anonymize-fallback: '))).toHaveLength(1);
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      document.removeEventListener('postquote-error', listener);
    }
  });
});

describe('video-appeal: print', () => {
  const print = (on: boolean) => cdp().send('Emulation.setEmulatedMedia', { media: on ? 'print' : '' });
  const shown = (el: Element | null) => Boolean(el && (el as HTMLElement).checkVisibility());

  test('on paper: the transcript in full, no consent notice or "play from" button, and a link out gives its address', async () => {
    const transcript = '<div slot="transcript"><p>Full transcript</p></div>';
    const yt = await mount(
      youtube(`href="https://www.youtube.com/watch?v=M7lc1UVf-VE"`).replace('</video-appeal>', `${transcript}</video-appeal>`),
    );
    const x = await mount(
      `<video-appeal href="https://x.com/LinaShamy/status/1" platform="x" author="Lina"><blockquote>Quote</blockquote>${transcript}</video-appeal>`,
    );
    const slotted = (el: Element) => el.querySelector('[slot=transcript]')!;
    const address = (el: Element) => getComputedStyle(part(el, 'play-button')!, '::after').content;
    try {
      await print(true);
      for (const el of [yt, x]) expect(shown(slotted(el))).toBe(true);
      expect(shown(part(yt, 'consent'))).toBe(false);
      expect(shown(yt.shadowRoot!.querySelector('.jump'))).toBe(false);
      expect(address(x)).toBe('"https://x.com/LinaShamy/status/1"');
      // Left to right also in a right-to-left card: a trailing "/" stays at the address's end.
      x.setAttribute('lang', 'ar');
      await settle(x);
      expect(getComputedStyle(part(x, 'play-button')!, '::after').direction).toBe('ltr');
      expect(address(yt)).toBe('none');
      // The footer's link to the original prints its address already.
      expect(getComputedStyle(yt.shadowRoot!.querySelector('a.origin')!, '::after').content).toContain('https://www.youtube.com/');
    } finally {
      await print(false);
    }
    // On screen, as before.
    for (const el of [yt, x]) expect(shown(slotted(el))).toBe(false);
    expect(shown(part(yt, 'consent'))).toBe(true);
    expect(shown(yt.shadowRoot!.querySelector('.jump'))).toBe(true);
    expect(address(x)).toBe('none');
  });
});

describe('video-appeal: platform JSON', () => {
  const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  const file = 'https://files.mastodon.social/media_attachments/files/022/546/306/original/dab9a597f68b9745.mp4';
  const preview = 'https://files.mastodon.social/media_attachments/files/022/546/306/small/dab9a597f68b9745.png';

  // A Mastodon status with a video attachment showed a dark box and "Watch on Mastodon": the file,
  // its poster and its size were ignored.
  test("a Mastodon status's video attachment is the video: its poster, its size, and the file on a press", async () => {
    const el = await mount(`<video-appeal>${json(mastodonVideo)}</video-appeal>`);
    const button = part(el, 'play-button')!;
    expect(button.localName).toBe('button');
    expect(visibleText(button)).not.toContain('Mastodon');
    expect(part(el, 'poster')!.getAttribute('src')).toBe(preview);
    const box = stage(el);
    expect(box.width / box.height).toBeCloseTo(1280 / 720, 2);
    await userEvent.click(button);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    expect(video.localName).toBe('video');
    expect([...video.querySelectorAll('source')].map((s) => s.getAttribute('src'))).toEqual([file]);
  });

  // `current.video` was the attachment as it came, with the media's `url` and `alt` beside `src`, and a
  // `type` key holding undefined: not the shape of a video from attributes.
  test('the attachment played is `current.video` in the shape of a video from attributes: src, poster, size, duration', async () => {
    const el = await mount(`<video-appeal>${json(mastodonVideo)}</video-appeal>`);
    const video = (el as unknown as { current: { video: Record<string, unknown> } }).current.video;
    expect(Object.keys(video).sort()).toEqual(['duration', 'height', 'poster', 'src', 'width']);
    expect(video).toStrictEqual({ src: file, poster: preview, width: 1280, height: 720, duration: 88.654 });
    // With a `type` of its own (the page's MIME type), that one.
    (el as unknown as { post: unknown }).post = { video: { type: 'video/mp4' } };
    await settle(el);
    expect((el as unknown as { current: { video: unknown } }).current.video).toStrictEqual({
      src: file,
      type: 'video/mp4',
      poster: preview,
      width: 1280,
      height: 720,
      duration: 88.654,
    });
  });

  // no-media played the attachment (and fetched its poster) all the same.
  test('no-media hides the attachment: no poster, no player, a link out to the post', async () => {
    const el = await mount(`<video-appeal no-media>${json(mastodonVideo)}</video-appeal>`);
    expect(part(el, 'poster')).toBeNull();
    const link = part(el, 'play-button') as HTMLAnchorElement;
    expect(link.localName).toBe('a');
    expect(visibleText(link)).toMatch(/^Watch on Mastodon/);
  });

  // The attachment's length was left out: no duration on the poster, nor in the play button's name.
  test("a Mastodon or X video's length is the duration", async () => {
    const el = await mount(`<video-appeal>${json(mastodonVideo)}</video-appeal>`);
    expect(part(el, 'duration')?.getAttribute('datetime')).toBe('PT89S');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).toContain(part(el, 'duration')!.textContent);
    cleanup();
    const tweet = {
      id_str: '20',
      text: 'A video.',
      user: { name: 'Jack', screen_name: 'jack' },
      mediaDetails: [
        { type: 'photo', media_url_https: 'https://pbs.twimg.com/media/a.jpg' },
        {
          type: 'video',
          media_url_https: 'https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/b.jpg',
          video_info: { duration_millis: 65432, variants: [{ content_type: 'video/mp4', url: 'https://video.twimg.com/b.mp4' }] },
        },
      ],
    };
    const x = await mount(`<video-appeal>${json(tweet)}</video-appeal>`);
    expect(part(x, 'duration')?.getAttribute('datetime')).toBe('PT65S');
  });

  test("a Bluesky post's video embed is the video too: its thumbnail, and a portrait size", async () => {
    const post = {
      ...bskyThread.thread.post,
      labels: [],
      embed: {
        $type: 'app.bsky.embed.video#view',
        playlist: 'https://video.example.org/watch/did/bafy/playlist.m3u8',
        thumbnail: 'https://video.example.org/watch/did/bafy/thumbnail.jpg',
        aspectRatio: { width: 1080, height: 1920 },
      },
    };
    const el = await mount(`<video-appeal>${json({ thread: { post } })}</video-appeal>`);
    expect(part(el, 'play-button')!.localName).toBe('button');
    expect(part(el, 'poster')!.getAttribute('src')).toBe('https://video.example.org/watch/did/bafy/thumbnail.jpg');
    const box = stage(el);
    expect(box.width / box.height).toBeCloseTo(9 / 16, 2);
  });

  test("the page's own poster, width and height win over the attachment's; its own src over the attached file", async () => {
    const el = await mount(
      `<video-appeal poster="/demo/img/poster-appeal.jpg" width="9" height="16">${json(mastodonVideo)}</video-appeal>`,
    );
    expect(part(el, 'poster')!.getAttribute('src')).toMatch(/\/demo\/img\/poster-appeal\.jpg$/);
    const box = stage(el);
    expect(box.width / box.height).toBeCloseTo(9 / 16, 2);
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    expect([...video.querySelectorAll('source')].map((s) => [s.getAttribute('src'), s.getAttribute('type')])).toEqual([[file, null]]);
    expect(video.getAttribute('poster')).toMatch(/\/demo\/img\/poster-appeal\.jpg$/);
    el.setAttribute('src', `${media}/appeal.mp4`);
    await settle(el);
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    expect([...player(el)!.querySelectorAll('source')].map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/\/demo\/media\/appeal\.mp4$/),
    ]);
  });
});

describe('video-appeal: subtitles on a phone', () => {
  type DomNode = { nodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode };
  /**
   * The font size of each cue the browser shows now, and of the box the browser sizes them in (5% of the
   * video's height): both are in the video's user-agent shadow root, which only the DevTools protocol reads.
   */
  async function cueSizes(): Promise<{ cue: number[]; box: number[] }> {
    const s = cdp();
    await s.send('DOM.enable');
    await s.send('CSS.enable');
    const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: { cue: number[]; box: number[] } = { cue: [], box: [] };
    const walk = async (n: DomNode): Promise<void> => {
      const a = n.attributes ?? [];
      const pseudo = a.includes('pseudo') ? a[a.indexOf('pseudo') + 1] : '';
      const key = pseudo === 'cue' ? 'cue' : pseudo === '-webkit-media-text-track-container' ? 'box' : undefined;
      if (key) {
        const { computedStyle } = (await s.send('CSS.getComputedStyleForNode', { nodeId: n.nodeId })) as {
          computedStyle: { name: string; value: string }[];
        };
        found[key].push(parseFloat(computedStyle.find((p) => p.name === 'font-size')!.value));
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) await walk(c);
    };
    await walk(root);
    return found;
  }
  const subtitled = (width: number) =>
    `<video-appeal author="Lina Shamy" style="display: block; width: ${width}px">
      <source src="${media}/appeal.mp4" type="video/mp4">
      <track kind="subtitles" srclang="en" label="English" src="${media}/appeal.en.vtt" default>
    </video-appeal>`;
  async function playUntilCue(el: Element) {
    await userEvent.click(part(el, 'play-button')!);
    await settle(el);
    const video = player(el) as HTMLVideoElement;
    video.muted = true;
    await vi.waitFor(() => expect(video.textTracks[0].activeCues?.length).toBeGreaterThan(0), { timeout: 10_000 });
    await new Promise((r) => requestAnimationFrame(r));
    return video;
  }

  // Chromium sizes cues at 5% of the video's height: 8 px in a 320 px card, unreadable on a phone.
  test("at 320 px, the subtitles are no smaller than the card's small print (0.875rem)", async () => {
    const el = await mount(subtitled(320));
    await playUntilCue(el);
    const { cue, box } = await cueSizes();
    expect(box[0]).toBeLessThan(10);
    expect(cue.length).toBeGreaterThan(0);
    expect(Math.min(...cue)).toBeCloseTo(0.875 * parseFloat(getComputedStyle(document.documentElement).fontSize), 1);
  });

  test("a larger video keeps the browser's size (5% of its height), so full screen does not blow them up", async () => {
    const el = await mount(subtitled(600));
    const video = await playUntilCue(el);
    const { cue, box } = await cueSizes();
    expect(box[0]).toBeCloseTo(video.getBoundingClientRect().height * 0.05, 1);
    expect(box[0]).toBeGreaterThan(14);
    expect(cue).toEqual(cue.map(() => box[0]));
  });

  test('the page styles them further with ::part(player)::cue', async () => {
    const style = document.createElement('style');
    style.textContent = 'video-appeal::part(player)::cue { font-size: 21px }';
    document.body.append(style);
    const el = await mount(subtitled(320));
    await playUntilCue(el);
    expect((await cueSizes()).cue).toEqual([21]);
  });

  test('the cue sheet comes with the player chunk and stays when a newsroom sheet joins', async () => {
    const el = await mount(subtitled(320));
    await playUntilCue(el);
    const rules = () =>
      el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('::cue'));
    expect(rules()).toHaveLength(1);
    const before = el.shadowRoot!.adoptedStyleSheets.length;
    el.setAttribute('verification', 'verified');
    await settle(el);
    expect(part(el, 'verification')).not.toBeNull();
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(before);
    expect(rules()).toHaveLength(1);
  });
});
