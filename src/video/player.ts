// The player of <video-appeal>, a chunk fetched once per page at the first press of play: the native
// <video> with its sources and tracks, or the provider's privacy-mode iframe; and seeking a running video.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Post, Track } from '../model/post.js';
import { msg } from '../i18n/catalog.js';
import { safeUrl } from '../safety/url.js';
import type { RenderContext } from '../render/context.js';
import { announce } from '../events.js';
import { trackField } from '../model/video.js';

/**
 * Subtitles no smaller than the card's small print: Chromium sizes cues at 5% of the video's height,
 * about 8 px on a phone (a 320 px card), unreadable; larger videos (and full screen) keep that size.
 * One sheet per document, as BaseElement's sheet() makes them: made here, so that the script-tag bundle
 * exports neither that function nor the `css` tag for this chunk alone (+11 B gzip there).
 */
const cues = new WeakMap<Document, CSSStyleSheet>();
function cueSheet(doc: Document): CSSStyleSheet {
  let s = cues.get(doc);
  if (!s) {
    cues.set(doc, (s = new (doc.defaultView ?? window).CSSStyleSheet()));
    s.replaceSync('video::cue{font-size:max(.875rem,1em)}');
  }
  return s;
}

/**
 * The player that played last on the page (held weakly: a card the page removed is collected): one
 * that starts, or a player that appears, pauses it, so that two cards never talk at once. A native
 * video is paused; a YouTube or Vimeo iframe is sent its provider's pause message, at its origin.
 */
let last: WeakRef<HTMLVideoElement | HTMLIFrameElement> | undefined;
const pauseOthers = (player?: HTMLVideoElement | HTMLIFrameElement | null) => {
  const other = last?.deref();
  if (other === player) return;
  if (other && 'pause' in other) other.pause();
  else if (other) tell(other, ['pause', 'pauseVideo']);
  if (player) last = new WeakRef(player);
};

/**
 * Sends the iframe player `frame` commands, at its origin only: Vimeo's `{"method","value"}`, YouTube's
 * `{"event":"command","func","args"}` (its URL has enablejsapi=1), each named [Vimeo's, YouTube's, seconds?].
 */
function tell(frame: HTMLIFrameElement, ...commands: [method: string, func: string, value?: number][]) {
  const { origin } = new URL(frame.src);
  for (const [method, func, value] of commands)
    frame.contentWindow?.postMessage(
      JSON.stringify(
        origin == 'https://player.vimeo.com' ? { method, value } : { event: 'command', func, args: value == null ? '' : [value, true] },
      ),
      origin,
    );
}

/** The iframe players whose page has loaded: they take commands (a "play from" press) from then on. */
const loaded = new WeakSet<Element>();

/**
 * Every track carried over, named by its label, else by its language in `lang`; when none is marked
 * default, the first subtitles or captions in the reader's language `lang` are (the page's, by primary
 * subtag: a pt-BR page with an English card gets the `pt` track). Through the image proxy when one is set, as the video
 * file is (API.md's privacy rule: media the page gave go through it); a proxy that carries the file
 * carries its subtitles.
 */
function tracks(list: Track[], lang: string) {
  const primary = (tag = '') => tag.split('-')[0].toLowerCase();
  // A track without a label is named by its language in the reader's ("allemand" on a French page),
  // not by its code, which is what the captions menu would show ("de"); a tag DisplayNames refuses
  // (one with extensions) by its code.
  const named = (tag: string) => {
    try {
      return new Intl.DisplayNames(lang, { type: 'language' }).of(tag);
    } catch {
      return tag;
    }
  };
  // Subtitles or captions only: a chapters, descriptions or metadata track "showing" shows no text.
  const fallback = list.some((t) => t.default)
    ? undefined
    : list.find((t) => primary(t.srclang) === primary(lang) && /^(subtitles|captions)$/.test(t.kind ?? 'subtitles'));
  return list.map((t) => {
    const src = safeUrl(t.src, 'media');
    return src
      ? html`<track
          src=${src}
          @error=${(e: Event) => report(e, `${trackField.get(t)}.src`, t.kind ?? 'subtitles')}
          kind=${t.kind ?? 'subtitles'}
          srclang=${t.srclang ?? nothing}
          label=${t.label ?? (t.srclang && named(t.srclang)) ?? nothing}
          ?default=${t.default || t === fallback}
        />`
      : nothing;
  });
}

/**
 * The player for `post`, playing from `start` seconds: the iframe at `src` (a provider's player URL,
 * see providers.ts), else a native `<video>` of the checked `sources` with the post's tracks.
 * Named "Video: speaker" in the card's language; its default track is in the page's (see tracks).
 * The native video takes the `crossorigin` of `host` (the element), else of its light-DOM `<video>`:
 * anonymous, or use-credentials (any other value is anonymous, as in HTML), so that tracks and files
 * from another origin that allows it (a CDN) load.
 */
export function renderPlayer(
  post: Post,
  src: string | undefined,
  sources: { src: string; type?: string }[],
  start: number,
  ctx: RenderContext,
  host: Element,
): TemplateResult {
  const { lang } = ctx;
  const v = post.video ?? {};
  const cors = host.getAttribute('crossorigin') ?? host.querySelector(':scope > video')?.getAttribute('crossorigin');
  const speaker = post.author?.name ?? post.author?.handle;
  // The label's separator is the catalog's (French: a narrow no-break space before the colon), as the content warning's.
  const title = msg(lang, 'video') + (speaker ? msg(lang, 'labelSeparator') + speaker : '');
  // The sandbox lets the player open the provider's site ("Watch on YouTube") in a new tab, and that
  // tab leave it: a popup inherits the sandbox otherwise, and youtube.com there had no forms (search,
  // sign-in) and no dialogs. It keeps the player itself from navigating the page or submitting forms.
  // Each load starts it (autoplay: also a "play from" press, which loads it again at that moment): it pauses the others.
  return src
    ? html`<iframe
        part="player"
        class="layer player"
        src=${src}
        title=${title}
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerpolicy="strict-origin-when-cross-origin"
        @load=${(e: Event) => {
          loaded.add(e.target as HTMLIFrameElement);
          pauseOthers(e.target as HTMLIFrameElement);
        }}
      ></iframe>`
    : html`<video
        part="player"
        class="layer player"
        controls
        autoplay
        playsinline
        crossorigin=${cors == null ? nothing : /^use-credentials$/i.test(cors) ? 'use-credentials' : 'anonymous'}
        poster=${safeUrl(v.poster, 'image') ?? nothing}
        aria-label=${title}
        @play=${(e: Event) => pauseOthers(e.target as HTMLVideoElement)}
        @loadedmetadata=${(e: Event) => {
          const video = e.target as HTMLVideoElement;
          if (start && !sought.has(video)) video.currentTime = start;
        }}
      >
        ${sources.map((x) => html`<source src=${x.src} type=${x.type ?? nothing} @error=${failed} />`)}${tracks(v.tracks ?? [], ctx.pageLang ?? lang)}
      </video>`;
}

/**
 * A `<source>` that failed (not found, refused, a type or codec the browser cannot play): once the
 * last one has, nothing can play, and the page hears it, as of any other problem (see QuoteElement's
 * flushProblems): the reader saw a player that never started, and the page had no word of it.
 */
function failed(e: Event) {
  if ((e.target as Element).nextElementSibling?.localName !== 'source') report(e, 'video.src', 'video');
}

/**
 * Tells the page that the file of the `<source>` or `<track>` that fired `e` (`what`: the video, or the
 * track's kind: subtitles, captions, …) could not be loaded: `load-failed` at `field`. A track fails once, when the browser loads
 * it (the default one with the video, another when the reader picks it).
 */
function report(e: Event, field: string, what: string) {
  const el = e.target as HTMLSourceElement | HTMLTrackElement;
  announce((el.getRootNode() as ShadowRoot).host, {
    code: 'load-failed',
    field,
    message: `the ${what} could not be ${what == 'video' ? 'played' : 'loaded'} from ${el.src.slice(0, 99)}`,
  });
}

/**
 * Videos the reader sent somewhere before their metadata came ("play from 0:05" pressed while the file
 * loads): the press's moment, kept until then, is where they start, not the start they were rendered with.
 */
const sought = new WeakSet<HTMLVideoElement>();

/**
 * A press ("play from") while the player in `root` plays: it jumps to `start`, plays on and takes the
 * focus; true when it did. A native video seeks; a YouTube or Vimeo iframe that has loaded is sent seek
 * and play (and pauses the others), as loading it again would not: Vimeo's URL differs only in its `#t=`
 * then, and a second press at the same moment does not change the URL at all. An iframe still loading
 * is not (it may not listen yet): false, and the element renders it again at `start`, a new load.
 */
export function seek(root: ShadowRoot, start: number): boolean | undefined {
  const shown = root.querySelector('[part~=player]') as HTMLVideoElement | HTMLIFrameElement | null;
  if (shown && 'pause' in shown) {
    sought.add(shown);
    shown.currentTime = start;
    shown.play().catch(() => {});
  } else if (shown && loaded.has(shown)) {
    tell(shown, ['setCurrentTime', 'seekTo', start], ['play', 'playVideo']);
    pauseOthers(shown);
  } else return;
  shown.focus();
  return true;
}

/**
 * Before each render of `el` (once this chunk is here), the focus follows the reader's action: a player
 * that appears (the reader pressed play, or agreed to it) takes it once rendered; one that goes while
 * it has the focus (its provider revoked, or the page changed the video) hands it to the play button
 * that replaces it, rather than to the page's body. A player that the reader left keeps it where it is.
 */
export function refocus(el: Element & { renderRoot: ShadowRoot; updateComplete: Promise<unknown> }, playing: unknown): void {
  const root = el.renderRoot;
  // The player's own styles, after the element's (see BaseElement.adopt, which keeps them there, and
  // sheds them when the element moves to another document: they are adopted again at the next render).
  const cue = cueSheet(el.ownerDocument);
  const have = root.adoptedStyleSheets;
  if (!have.includes(cue)) root.adoptedStyleSheets = [...have, cue];
  const shown = root.querySelector('[part~=player]');
  const to = playing ? !shown && 'player' : shown && root.activeElement === shown && 'play-button';
  // A player that appears, once rendered, pauses the one playing elsewhere (and is the one to pause next).
  if (to)
    el.updateComplete.then(() => {
      const shown = root.querySelector(`[part~=${to}]`) as HTMLVideoElement | HTMLIFrameElement | null;
      if (to === 'player') pauseOthers(shown);
      shown?.focus();
    });
}
