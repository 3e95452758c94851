import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { VideoProvider } from '../../model/post.js';
import { parse } from '../../model/parse.js';
import '../../model/video.js';
import { QuoteElement, connected } from '../quote-element.js';
import { tokens, cardStyles } from '../../render/card.styles.js';
import { controlStyles } from '../../render/controls.styles.js';
import { videoStyles } from './video-appeal.styles.js';
import { guarded } from '../../render/card.js';
import { renderAttribution } from '../../render/attribution.js';
import { renderTimestamp } from '../../render/time.js';
import { renderCounts } from '../../render/counts.js';
import { isGone, newsroom } from '../../render/newsroom-loader.js';
import { renderText } from '../../render/text.js';
import { renderConsent, renderFacade, renderStage, renderTranscript } from '../../render/video.js';
import type * as PlayerModule from '../../video/player.js';
import { aboutLink, cardName, pageWords, platformLabel } from '../../render/context.js';
import { addEnglish, msg } from '../../i18n/catalog.js';
import videoMessages from '../../i18n/messages/en-video.js';
import { clock, formatDate } from '../../i18n/format.js';
import { textDir } from '../../i18n/locale.js';
import { safeUrl } from '../../safety/url.js';
import { flag } from '../../sources/attributes.js';
import { builtIn, platformById } from '../../platforms/index.js';
import { youtube } from '../../platforms/youtube.js';
import { vimeo } from '../../platforms/vimeo.js';
import { web } from '../../platforms/web.js';
import { playerUrl, videoIds, videoOfUrl } from '../../video/providers.js';
import { hasConsent, revoked } from '../../video/consent.js';
import { PostquoteActivateEvent } from '../../events.js';

// The events it fires (and the consent one it listens for), for TypeScript: a type-only re-export,
// erased from the JavaScript, that keeps events.js in this module's .d.ts, where the events'
// GlobalEventHandlersEventMap entries are declared, so that importing this entry alone types
// `e.provider` in a listener.
export type { PostquoteActivateEvent, PostquoteConsentEvent, PostquoteErrorEvent, PostquoteRevealEvent } from '../../events.js';

// The English messages only this element uses (every other catalog is complete).
addEnglish(videoMessages);
// The platforms whose players it embeds travel with it, so a YouTube or Vimeo card renders (label,
// icon, consent notice) without waiting for a chunk, and before first paint with blocking="render".
builtIn(youtube, vimeo);

/** The attributes that are fields of the post's `video` under the same name. */
const videoAttributes = ['provider', 'start', 'duration', 'poster', 'width', 'height'];

// The player (native <video> or iframe) is a chunk fetched once per page, at the first press of play.
let player: typeof PlayerModule | undefined;
let loading: Promise<void> | undefined;
const loadPlayer = () => (loading ??= import('../../video/player.js').then((m) => void (player = m)));
/**
 * The element whose press was cancelled last: the one a grant of its provider plays (see the class's
 * listener). Held weakly: an element the page removed for good (a view left before the reader answered)
 * is collected, with the whole subtree it was removed with.
 */
let asking: WeakRef<VideoAppeal> | undefined;

/**
 * A quoted video statement: poster, speaker, key quote, duration, date, platform and counts, with
 * the player loaded only when the reader presses play. Nothing is requested before that but the
 * poster (and avatar) the page gave, through the image proxy when one is set.
 *
 * Third-party players (YouTube via youtube-nocookie.com, Vimeo with `dnt=1`) first fire the
 * cancelable `postquote-activate`. A consent manager cancels it, asks the reader, and calls
 * `activate()`, or grants the provider: a grant that answers the last cancelled press plays that
 * video (a press while its player plays asks no more). `postquote-consent` on `document` (`{ provider, granted }`) grants or revokes a
 * provider for every element on the page; once granted, a press plays at once, and revoking
 * removes running players of that provider (also of elements out of the document then).
 * Consent lives in memory for this page load only:
 * to remember it, the page's consent manager stores the reader's choice itself and dispatches
 * `postquote-consent` again on the next load (after `customElements.whenDefined('video-appeal')`).
 *
 * @summary A quoted video statement that plays only when the reader asks.
 * @tag video-appeal
 * @attr {string} poster - Poster image URL (through the image proxy when one is set); a neutral placeholder without it.
 * @attr {string} src - A self-hosted video file; `<source>` and `<track>` children are honoured too.
 * @attr {string} crossorigin - anonymous | use-credentials: how the player fetches the self-hosted file and its tracks (as on `<video>`; a light-DOM `<video crossorigin>` counts too). Needed for tracks on another origin (a CDN), which must allow it.
 * @attr {string} provider - youtube | vimeo (inferred from href when absent, else from video-id: digits are Vimeo's).
 * @attr {string} video-id - The provider's id: 11 characters of [A-Za-z0-9_-] (YouTube) or digits (Vimeo). Anything else is refused.
 * @attr {string} start - Where playback starts, in seconds ("12", "0:12", "PT12S"); without it, where a YouTube or Vimeo `href` of the same video starts (`?t=90`, `&t=1m30s`, `#t=1m30s`, `?start=90`).
 * @attr {string} duration - The video's length: seconds, "0:39" or ISO 8601 "PT39S"; shown as "0:39" and in the play button's name.
 * @attr {string} width - With height: the video's size, which reserves its aspect ratio before anything loads (without them, the fallback `<video>`'s width and height, else its poster `<img>`'s).
 * @attr {string} height - See width.
 * @attr {string} orientation - portrait (9:16) | landscape (16:9, the default) when width and height are not given.
 * @slot - The no-JS fallback: a `<blockquote>` (the key quote; `data-start` adds a "play from" button) and an `<a href>` with the poster `<img>`, linking to the original. Read, never removed.
 * @slot translation - `<blockquote slot="translation" lang="de">`: the newsroom's translation of the key quote.
 * @slot transcript - `<div slot="transcript">`: the full transcript, shown in an expandable region.
 * @slot consent - Replaces the default notice that names the provider and links its privacy policy.
 * @csspart card - The `<figure>` around everything.
 * @csspart header - Avatar, speaker, handle and platform.
 * @csspart avatar - The avatar image or initials.
 * @csspart author - The speaker's name (`<cite>`).
 * @csspart handle - The speaker's handle.
 * @csspart platform - Platform icon and label.
 * @csspart body - Video, consent notice, key quote, transcript and the platform's note.
 * @csspart poster - The poster image.
 * @csspart play-button - The play button (or, for platforms without a player, the link out).
 * @csspart duration - The duration ("0:39").
 * @csspart consent - The notice naming who will receive data.
 * @csspart player - The `<video>` or `<iframe>`, once playing.
 * @csspart text - The key quote (`<blockquote>`).
 * @csspart translation - The newsroom's translation of the key quote.
 * @csspart transcript - The transcript `<details>`.
 * @csspart footer - Timestamp, counts and the link to the original.
 * @csspart timestamp - The `<time>`.
 * @csspart counts - View and share counts.
 * @csspart verification - The newsroom's verification label.
 * @csspart warning - The content-warning disclosure (the warning alone, should the newsroom part fail to load).
 * @csspart status - The deleted / withheld line with the archive link.
 * @csspart platform-note - A platform's own note on the post (an X community note), with its source.
 * @cssproperty [--postquote-video-background=#1f252b] - The box behind the poster and the placeholder.
 * @cssproperty [--postquote-portrait-width=20rem] - Maximum width of a portrait (9:16) video.
 * @cssproperty [--postquote-font=inherit] - Font family.
 * @cssproperty [--postquote-font-size=1rem] - Base size.
 * @cssproperty [--postquote-background=light-dark(#fff, #16181c)] - Card background.
 * @cssproperty [--postquote-color=light-dark(#0f1419, #e7e9ea)] - Text colour.
 * @cssproperty [--postquote-muted-color=light-dark(#536471, #9aa6b2)] - Secondary text.
 * @cssproperty [--postquote-border-color=light-dark(#cfd9de, #3e4a55)] - Card border.
 * @cssproperty [--postquote-link-color=light-dark(#0b57d0, #8ab4f8)] - Links and buttons.
 * @cssproperty [--postquote-verified-color=light-dark(#0a6b2f, #6fdc8c)] - "Verified" label.
 * @cssproperty [--postquote-unverified-color=light-dark(#8a4b00, #ffc266)] - "Not independently verified" label.
 * @cssproperty [--postquote-disputed-color=light-dark(#b3261e, #ff8a80)] - "Disputed" label.
 * @cssproperty [--postquote-note-background=light-dark(#f4f6f8, #20252b)] - Labels, notes, warnings.
 * @cssproperty [--postquote-radius=12px] - Corner radius.
 * @cssproperty [--postquote-spacing=0.75rem] - Inner spacing.
 * @cssproperty [--postquote-max-width=550px] - Maximum width.
 * @cssproperty [--postquote-margin=1.5rem] - Block margin.
 * @fires {PostquoteActivateEvent} postquote-activate - The reader pressed play on a third-party video (cancelable): `{ provider, url }`.
 * @fires {PostquoteErrorEvent} postquote-error - Data was invalid (a malformed `video-id`, say) or could not be loaded (a video file or subtitle track
 *   that cannot be: load-failed, field `video.src` or `video.tracks[i].src`): `{ code, field?, message }`, `code` one of
 *   invalid-date, invalid-number, invalid-url, invalid-value, invalid-type, too-long, too-many, too-deep, invalid-json, no-content, split-markup, platform-mismatch, anonymize-fallback, iframe-in-fallback, image-proxy-refused, chunk-unavailable, load-failed, internal (README, Events).
 * @fires {PostquoteRevealEvent} postquote-reveal - The reader opened the content warning.
 */
export class VideoAppeal extends QuoteElement {
  static override styles = [tokens, cardStyles, controlStyles, videoStyles];
  protected static override extraAttributes = [...videoAttributes, 'src', 'video-id', 'orientation'];

  /** The start second while playing; undefined before the press. */
  #playing?: number;
  /** The start the last press asked for, until it plays, so `activate()` resumes it. */
  #asked?: number;
  /** What the last render found: the third-party player's provider and validated id (none for a native video). */
  #provider?: VideoProvider;
  #id?: string;
  /** An unlisted Vimeo video's hash, from `href` when it names the same video (see videoOfUrl). */
  #hash?: string | null;
  /**
   * Which video the last render showed (provider, id, sources, and how often the provider was revoked
   * so far), and which one the last press was for.
   */
  #video = '';
  #pressed = '';
  #sources: { src: string; type?: string }[] = [];
  #jump?: number;
  /** Where play starts: `start`, else the start time of an `href` that names the same video (`?t=90`). */
  #start = 0;
  /** Whether the last render found something to play (a card that links out, or a gone post, has not). */
  #can: unknown;

  // One listener for the page, after consent.ts's (imported first: its map is up to date then). The
  // connected elements render again: the consent notice shows or goes, and a player whose provider was
  // revoked goes (an element out of the document catches up when attached again: see renderContent).
  // A grant that answers the page's last cancelled press plays that video, as activate() would.
  static {
    if (typeof document !== 'undefined')
      document.addEventListener('postquote-consent', () => {
        connected.forEach((el) => el instanceof VideoAppeal && el.requestUpdate());
        const el = asking?.deref();
        if (el && el.#asked !== undefined && hasConsent(el.#provider!)) el.activate();
      });
  }

  /**
   * Plays now, without firing `postquote-activate`: for a consent manager, once the reader agreed.
   * Starts where the press asked for (the key quote's moment, or `start`), cancelled or not; does
   * nothing while a player plays (a listener of `postquote-activate` that calls it and lets the press go),
   * nor on a card with nothing to play (a link out, a gone post), which would fetch the player chunk for nothing.
   */
  activate(): void {
    // After a pending render, so that `#video` is what the card shows now.
    void this.updateComplete.then(() => {
      // The reader agreed to the video they pressed play on: if the page swapped it since, they press again.
      if (this.#can && this.#playing === undefined && (this.#asked === undefined || this.#pressed === this.#video)) this.#play();
      this.#asked = undefined;
    });
  }

  /** The page's fallback link and poster (lowest), markup, attributes, then the video attributes. */
  protected override layers(): unknown[] {
    // An empty (or blank) value counts as absent, as in the common attributes (see sources/attributes.ts):
    // a CMS template writes `start="{{ video.start }}"` for a video without one.
    const a = (name: string, el: Element | null | undefined) => el?.getAttribute(name)?.trim() || undefined;
    /** The named attributes of `el`, as an object. */
    const pick = (el: Element | null | undefined, names: string[]) => Object.fromEntries(names.map((n) => [n, a(n, el)]));
    const all = (sel: string) => [...this.querySelectorAll(`:scope > ${sel}, :scope > video > ${sel}`)];
    const link = this.querySelector(':scope > a[href]');
    const img = link?.querySelector('img[src]');
    const child = this.querySelector(':scope > video');
    this.#sources = all('source[src]').map((s) => pick(s, ['src', 'type']) as { src: string });
    const start = a('data-start', this.querySelector(':scope > blockquote:not([slot])'));
    this.#jump = start ? parse({ video: { start } }).post.video?.start : undefined;
    // The fallback link's href names the speaker's profile as often as the post: with `anonymize` it is not used.
    const layers = super.layers({
      url: a('href', link),
      // The poster link's size is the video's, below the element's own (postquote.css keeps its box
      // while the card waits): a portrait poster was cropped to a 16:9 strip, and the page jumped.
      // A fallback <video width height> is the video itself: its size, over the poster's.
      video: {
        poster: a('poster', child) ?? a('src', img),
        ...pick(child?.matches('[width][height]') ? child : img, ['width', 'height']),
      },
    });
    layers.splice(3, 0, {
      video: {
        ...pick(this, videoAttributes),
        src: a('src', this) ?? a('src', child),
        id: a('video-id', this),
        tracks: all('track[src]').map((t) => ({
          ...pick(t, ['src', 'kind', 'srclang', 'label']),
          default: t.hasAttribute('default') || undefined,
        })),
      },
    });
    return layers;
  }

  /** Before a render while playing, the player chunk: a press renders the player once it is here. */
  protected override async prepare(): Promise<void> {
    await super.prepare();
    if (this.#playing !== undefined && !player)
      await loadPlayer().catch((e: unknown) => {
        loading = this.#playing = undefined;
        this.problem({ code: 'load-failed', message: `a part of postquote did not load: ${String(e)}` });
      });
  }

  /** A press on play (or on the key quote's "play from" button). */
  #press(start = this.#start): void {
    // A press while the player chunk loads after the first one: that press plays already, from where
    // this one asked ("play from 0:12" pressed after play was lost: the player started at 0:00).
    if (this.#playing !== undefined && !player) return void (this.#playing = start);
    // A press while the player plays: it seeks there (see seek in player.ts), or, an iframe still loading, loads again from there.
    if (player?.seek(this.renderRoot, start)) return;
    const provider = this.#provider;
    this.#pressed = this.#video;
    // Where this press plays from, until it plays: for activate() (from the postquote-activate
    // listener, or later) and for a grant (see the class's listener).
    this.#asked = start;
    // A press while this video's player plays (the key quote's moment) does not ask again: the reader
    // agreed to it (a cancelled ask would stop it there: activate() does nothing while it plays).
    if (
      provider &&
      this.#playing === undefined &&
      !hasConsent(provider) &&
      !this.dispatchEvent(
        new PostquoteActivateEvent({
          provider,
          url: playerUrl(provider, this.#id!, start, this.#hash)!,
        }),
      )
    )
      asking = new WeakRef(this);
    else this.#play();
  }

  /**
   * Plays from where the press asked for (else `start`) once the player chunk is here (see prepare);
   * the player takes the focus (see refocus in player.ts).
   */
  #play(): void {
    this.#playing = this.#asked ?? this.#start;
    this.#asked = undefined;
    this.#pressed = this.#video;
    this.requestUpdate();
  }

  protected override renderContent(): TemplateResult | undefined {
    const post = this.current;
    let v = post.video ?? {};
    if (!post.video && !this.#sources.length && !post.text && !post.url) {
      this.problem({
        code: 'no-content',
        message: 'nothing to render: keeping the fallback markup',
      });
      return undefined;
    }
    // The provider's id: the attribute (or JSON), else inferred from `href`; never used unvalidated.
    // Without a provider (given or in `href`), an id's shape names it: a Vimeo id is digits, else it is
    // YouTube's (a `video-id` alone was a dark box with nothing to press, and no report).
    const found = videoOfUrl(post.url);
    let id = v.id;
    const provider = v.provider ?? found?.provider ?? (id ? (/^\d+$/.test(id) ? 'vimeo' : 'youtube') : undefined);
    id ??= found?.provider === provider ? found?.id : undefined;
    if (provider && id && !videoIds[provider].test(id)) {
      this.problem({ code: 'invalid-value', field: 'video-id', message: `video-id: not a valid ${provider} id` });
      id = undefined;
    }
    // Without a video of its own (no src, <source> nor valid id), the post's first video attachment
    // (a Mastodon, X or Bluesky post in the inline JSON) is the video: its file, poster and size, where
    // the page gives none, in the shape the attributes give (its `url` is the `src`; its `type` is no MIME
    // type, and its `alt` no field of a video). Nothing loads before a press.
    // With `no-media`, none: the attachment is hidden (not played, its poster not requested), as on <post-quote>.
    const m = !(v.src || id || this.#sources.length || flag(this, 'no-media')) && post.media?.find((x) => x.type == 'video');
    if (m) {
      const { type: _type, url: src, alt: _alt, ...size } = m;
      post.video = v = { ...size, ...v, src };
    }
    // A post that is gone (deleted, withheld, …) is neither played nor linked to, as <post-quote>'s
    // (see renderCard): its poster, the status line and the archived copy stay.
    const gone = isGone(post);
    // The `src` (attribute or JSON, with its `type`) first, then the <source> children; unsafe ones dropped.
    const sources = gone
      ? []
      : [v, ...this.#sources].flatMap((s) => {
          const src = safeUrl(s.src, 'media');
          return src ? [{ src, type: s.type }] : [];
        });
    const link = gone ? undefined : safeUrl(post.url);
    // A native video plays its sources; else a valid id plays the provider's player; else a link out.
    const p = (this.#provider = !gone && !sources.length && id ? provider : undefined);
    this.#id = id;
    const same = found?.id === id ? found : undefined;
    const hash = (this.#hash = same?.hash);
    this.#start = v.start ?? same?.start ?? 0;
    const video = (this.#video = JSON.stringify([p, p && id, hash, sources, p && revoked.get(p)]));
    // Another video than the one pressed (the page changed src, provider or video-id): back to its
    // poster, so that it plays only on a press of its own, after its own postquote-activate and consent.
    // So too when its provider was revoked since the press (the key counts revocations, see consent.ts):
    // a player granted or played once by activate() goes, also if the element was out of the document then.
    if (this.#pressed !== video) this.#playing = undefined;
    const at = this.#playing;
    const playable = (this.#can = sources.length || p);
    const orientation = this.getAttribute('orientation');
    if (orientation && !/^(portrait|landscape)$/.test(orientation))
      this.problem({
        code: 'invalid-value',
        field: 'orientation',
        message: 'orientation: expected portrait or landscape',
      });
    const portrait = orientation === 'portrait' || (!orientation && found?.portrait);
    // The header names the post's platform, else the provider's, else the URL's host (see platformLabel).
    const ctx = this.context({
      platform: platformById((post.platform !== 'web' && post.platform) || provider) ?? web,
      video: true,
    });
    const label = platformLabel(ctx, post);
    const speaker = post.author?.name ?? post.author?.handle;
    const name = cardName(ctx, label, speaker);
    const date = post.createdAt && formatDate(ctx.lang, post.createdAt, ctx.timeZone);
    const about = aboutLink(ctx, name, date);
    const playing = playable && at !== undefined && player;
    // The third-party player's consent notice, until it plays or its provider is granted.
    const notice = p && !playing && !hasConsent(p);
    player?.refocus(this, playing);
    // The text is white-space: pre-line, so no whitespace may stand around it. Without a language of
    // its own it is in the page's, as the light-DOM blockquote it came from was (see card.ts).
    // prettier-ignore
    const quote = post.text
      ? html`<blockquote part="text" class="text" lang=${post.lang ?? pageWords(ctx)} dir=${post.dir ?? textDir(post.lang)} cite=${safeUrl(post.url) ?? nothing}
          >${renderText(post, ctx.platform)}</blockquote
        >`
      : nothing;
    const jump = this.#jump;
    const nr = newsroom();
    return html`<figure
      part="card"
      class="card"
      lang=${ctx.lang}
      dir=${ctx.dir}
      aria-label=${name}
    >
      ${renderAttribution(post, ctx)} ${nr?.renderVerification(post, ctx)} ${nr?.renderStatus(post, ctx)}
      <div part="body" class="body">
        ${guarded(
          post,
          ctx,
          () =>
            html`${renderStage(
              v.width && v.height ? [v.width, v.height] : portrait ? [9, 16] : [16, 9],
              playing
                ? playing.renderPlayer(post, p && playerUrl(p, id!, at!, hash), sources, at!, ctx, this)
                : renderFacade(
                    safeUrl(v.poster, 'image'),
                    v.duration,
                    ctx.lang,
                    playable
                      ? msg(ctx.lang, 'play', {
                          // The clock as shown inside the button: its name contains its visible text (WCAG 2.5.3).
                          title:
                            [speaker, v.duration === undefined ? '' : clock(ctx.lang, v.duration)]
                              .filter(Boolean)
                              .join(msg(ctx.lang, 'separator')) || msg(ctx.lang, 'video'),
                        })
                      : msg(ctx.lang, 'watchOn', { platform: label }),
                    playable ? () => this.#press() : undefined,
                    link,
                    about,
                    notice,
                  ),
            )}
            ${notice ? renderConsent(platformById(p)?.label ?? p, safeUrl(platformById(p)?.privacy), ctx) : nothing}
            ${nr ? nr.renderTranslation(post, ctx, quote) : quote}
            ${
              jump !== undefined && playable
                ? html`<button type="button" class="jump" aria-describedby=${notice ? 'consent' : nothing} @click=${() => this.#press(jump)}>
                    ${msg(ctx.lang, 'jumpTo', { time: clock(ctx.lang, jump) })}
                  </button>`
                : nothing
            }
            ${this.querySelector(':scope > [slot=transcript]') ? renderTranscript(ctx) : nothing} ${nr?.renderPlatformNote(post, ctx)}`,
        )}
      </div>
      <div part="footer" class="footer">
        ${renderTimestamp(post, ctx, date)} ${renderCounts(post.metrics, ctx)}
        ${
          link && playable
            ? html`<a class="origin" href=${link} rel="noopener noreferrer" target="_blank"
                >${msg(ctx.lang, 'watchOn', { platform: label })}<span class="sr">${about}</span></a
              >`
            : nothing
        }
      </div>
    </figure>`;
  }
}
