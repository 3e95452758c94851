// The base every postquote element shares: collects the sources, calls parse(), reports problems
// once, tracks the UI language, and never lets an exception escape to the page.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { BaseElement } from './base-element.js';
import type { Post, Problem, PlatformId } from '../model/post.js';
import { failClosed, parse } from '../model/parse.js';
import { flag, readAttributes, postAttributes } from '../sources/attributes.js';
import { readMarkup, type MarkupSources } from '../sources/markup.js';
import { pageLang, uiLang, isRtl, validLang } from '../i18n/locale.js';
import { loadCatalog, msg, uiLocale } from '../i18n/catalog.js';
import { isTimeZone } from '../i18n/format.js';
import { platformById } from '../platforms/index.js';
import { untrackPost } from '../platforms/tracking.js';
import { web } from '../platforms/web.js';
import type { ReaderState, RenderContext } from '../render/context.js';
import { chunksFor, missingFor, sheetsFor } from '../render/chunks.js';
import { hasWarning } from '../render/newsroom-loader.js';
import { PostquoteRevealEvent, announce } from '../events.js';
import { refused } from '../safety/url.js';

/**
 * The light DOM's slots, in the card's order: the fallback shows every one of them (a translation,
 * photos, a transcript or a consent notice as well as the quote), not only the unnamed slot's children.
 */
const fallbackSlots = ['translation', '', 'media', 'transcript', 'consent'];

/**
 * The connected elements (<video-appeal> re-renders its own on `postquote-consent`), and one observer
 * of `lang` anywhere in the document (a page's language switcher).
 */
export const connected = new Set<QuoteElement>();
let langs: MutationObserver | undefined;

/**
 * @attr {string} href - The post's URL on its platform.
 * @attr {string} platform - x | bluesky | mastodon | threads | instagram | facebook | telegram | tiktok | youtube | linkedin | vimeo | web. Inferred from href.
 * @attr {string} author - The author's display name.
 * @attr {string} handle - The author's handle, without or with @.
 * @attr {string} author-href - The author's profile URL.
 * @attr {string} avatar - Avatar image URL (initials are shown when absent or broken).
 * @attr {boolean} author-verified - The platform's own verified badge.
 * @attr {string} datetime - When it was posted: ISO 8601 (2016-12-13, 2016-12-13T10:00:00Z; a space for the T, a zone without colon or as ` UTC`),
 *   or RFC 2822 (13 Dec 2016 10:00:00 +0000) and Date#toString with their offset; a day its month lacks is refused.
 * @attr {string} shares - Count of shares (reposts, retweets).
 * @attr {string} likes - Count of likes.
 * @attr {string} replies - Count of replies.
 * @attr {string} quotes - Count of quotes.
 * @attr {string} views - Count of views.
 * @attr {string} counted-at - When the counts were taken ("as of …"), in a form `datetime` reads.
 * @attr {string} verification - The newsroom's label: verified | unverified | disputed.
 * @attr {string} verification-note - A note to the label.
 * @attr {string} content-warning - Hides text and media until the reader reveals them.
 * @attr {string} status - available | deleted | suspended | withheld | protected | unavailable.
 * @attr {string} archive-href - An archived copy of the post.
 * @attr {string} archived-at - When it was archived, in a form `datetime` reads.
 * @attr {boolean} anonymize - Hides avatar, handle, profile link and counts.
 * @attr {boolean} no-counts - Hides the counts.
 * @attr {boolean} no-media - Hides attached media.
 * @attr {string} time-zone - IANA zone for the timestamp (default: the reader's).
 * @attr {string} theme - light | dark (default: the page's color-scheme).
 */
export abstract class QuoteElement extends BaseElement {
  /** Extra attributes a subclass observes besides the common ones. */
  protected static extraAttributes: string[] = [];

  static get observedAttributes(): string[] {
    return [...postAttributes, ...this.extraAttributes];
  }

  #post: Post | null | undefined;

  /**
   * A post object (API.md, version 1; `post.schema.json`); the highest-precedence source. Never
   * reflected. Typed for editors; at run time anything may come, and parse() checks every field.
   */
  get post(): Post | null | undefined {
    return this.#post;
  }

  set post(value: Post | null | undefined) {
    this.#post = value;
    this.requestUpdate();
  }

  /** Set by subclasses that fix the platform (`<tweet-quote>` is X, unless its post's link is another platform's). */
  protected fixedPlatform?: PlatformId;

  /** The normalized post of the last update. */
  protected current: Post = {};
  protected lang_ = 'en';
  /** The page's language as its nearest `lang` gives it, as written: the newsroom's own words are in it. */
  #page?: string | null;
  #markup?: MarkupSources;
  /**
   * Re-reads the light DOM when it changes. Made here, not in connectedCallback: a closure there that
   * used `this` would share its scope with the page-wide `langs` callback, which would then hold the
   * page's first element (and the whole subtree it was removed with) for good. The host's own
   * attributes come through observedAttributes (and `lang` through `langs`): a class or data-*
   * a page toggles on it as it scrolls is no reason to read again.
   */
  #observer = new MutationObserver((records) => {
    if (records.some((r) => r.target !== this || r.type !== 'attributes')) {
      this.#markup = undefined;
      this.requestUpdate();
    }
  });
  #reported = new Set<string>();
  #pending: Problem[] = [];
  #placeholder?: HTMLSlotElement[];
  #internals = this.attachInternals();
  /** Reader state by card level (0: the post, 1: its quoted post, …): the warning opened, originals shown. */
  #revealed: string[] = [];
  #originals = new Set<number>();

  constructor() {
    super();
    // A `post` set before the element was defined is an own property that hides the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'post')) {
      const early = (this as { post?: Post }).post;
      delete (this as { post?: Post }).post;
      this.post = early;
    }
    // Until the first render the shadow root shows the whole light-DOM fallback through these slots.
    this.#placeholder = fallbackSlots.map((name) => Object.assign(document.createElement('slot'), { name }));
    this.renderRoot.append(...this.#placeholder);
    this.#setState('pending', true);
  }

  /**
   * Custom states for postquote.css. `:state(pending)` is set until the first render, so that it
   * keeps styling the light-DOM fallback in the card's shape while the defined element still waits
   * for its catalog or another chunk (a non-English page), and the card replaces it without a shift.
   * `:state(warned)`: a post with a content warning whose newsroom part failed to load (see render():
   * it shows the warning alone, in its shadow root), or is still loading while only the JSON or
   * `post` gives the warning (see prepare(): postquote.css folds the fallback away meanwhile).
   */
  #setState(name: 'pending' | 'warned', on: boolean): void {
    try {
      // Every render sets both: the page's states change (and its styles are looked at again) only when one does.
      const states = this.#internals.states;
      if (states.has(name) !== on) states[on ? 'add' : 'delete'](name);
    } catch {
      // Browsers before :state() (Chromium < 125) accept only "--pending"; the fallback then goes
      // unstyled between definition and the first render, as it did before.
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // An element whose page language changed (on <html> or an ancestor) renders again: its UI language
    // may be another, and the newsroom's words are in the new one.
    langs ??= new MutationObserver(() => connected.forEach((el) => pageLang(el) !== el.#page && el.requestUpdate()));
    // Its document, and each shadow root it sits in (another component's, whose elements may switch
    // `lang` too); observing a root again only renews the options.
    for (let root: Node | undefined = this.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode())
      langs.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang'] });
    // Every attribute: the light DOM's are read under many names (a photo's width, a track's srclang,
    // the key quote's data-start, an embed code's class and data-*), and a list of them fell behind.
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#observer.disconnect();
    this.#markup = undefined;
  }

  /**
   * The post's data from every source, lowest precedence first (API.md, "How data gets in").
   * `fallback`: what a subclass reads from its own fallback markup, below the rest and, with
   * `anonymize`, stripped of URLs and author like the markup.
   */
  protected layers(fallback: Record<string, unknown> = {}): unknown[] {
    const m = (this.#markup ??= readMarkup(this));
    if (m.jsonError) this.problem({ code: 'invalid-json', field: 'script', message: `inline JSON: ${m.jsonError}` });
    // A pasted player or plugin (YouTube's, Facebook's): the browser loaded it as it parsed the page, before any consent. Each is named.
    const frames = [...this.querySelectorAll('iframe')].map((f) => f.src).filter(Boolean);
    if (frames.length) this.problem({ code: 'iframe-in-fallback', message: frames.join(' ') });
    // A CMS's <p> around the element (wpautop, Markdown): the HTML parser closes both at the first tag
    // inside that closes a <p> (<blockquote>, <div>, <figure>, <ul>, <pre>, <h2>, <hr>, …), or at a </p>
    // that Markdown or wpautop wrote before one (a <track>): the element ends the <p>, and its markup
    // follows. Not a <p> after it (the page's next paragraph), nor when it holds its post as inline JSON.
    const p = this.parentElement;
    let next = p?.localName == 'p' && p.lastChild == this && !m.json && !m.jsonError ? p.nextSibling : null;
    while (next?.nodeType == 3 && !next.nodeValue!.trim()) next = next.nextSibling;
    if (next instanceof Element && !next.matches('p,script'))
      this.problem({ code: 'split-markup', message: `a <p> (wpautop, Markdown) split off its markup at <${next.localName}>` });
    // Markdown read indented lines after a blank one as code: their markup is text in a <pre><code>, never read as HTML.
    if (/<(blockquote|track|source|script)\b|\sslot=/i.test(this.querySelector(':scope > pre > code')?.textContent ?? ''))
      this.problem({ code: 'split-markup', message: 'Markdown made indented markup a code block (<pre>), not read: unindent it' });
    // React 19 and Vue write an object as an attribute ("[object Object]") to an element not yet defined.
    if (this.hasAttribute('post'))
      this.problem({
        code: 'invalid-type',
        field: 'post',
        message: 'post: attribute not read, define the elements first',
      });
    const attributes = readAttributes(this);
    // Read as parse() reads it ("True", 1, and any value that is not a boolean), so that `"anonymize": "yes"` hides the pasted handle too.
    const anonymize = [attributes, m.json, this.post].some((l) =>
      failClosed((l as { anonymize?: unknown } | undefined)?.anonymize, '', [], 0),
    );
    return [
      ...[fallback, m.markup].map((l) => (anonymize ? this.#anonymousMarkup(l) : l)),
      attributes,
      anonymize && m.adapted ? this.#anonymousMarkup(m.json as Record<string, unknown>) : m.json,
      this.post,
    ];
  }

  /**
   * With `anonymize`, a pasted embed code's (or the platform JSON's) handle, avatar and URLs are
   * not used (the editor's own `href` still is). The light DOM stays as the page wrote it, so one warning tells the editor
   * that the fallback still names the person.
   */
  #anonymousMarkup(markup: Record<string, unknown>): Record<string, unknown> {
    // Own fields only: a page's polluted Object.prototype must not read as a leak.
    const own = (o: unknown, key: string) => (o && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
    const leaks = Boolean(own(own(markup, 'author'), 'handle') || own(markup, 'url') || this.querySelector('a[href]'));
    if (leaks)
      this.problem({
        code: 'anonymize-fallback',
        field: 'anonymize',
        message: 'anonymized, but the fallback markup still carries a handle, avatar or link',
      });
    const { url: _url, author: _author, ...rest } = markup;
    return rest;
  }

  protected problem(p: Problem): void {
    this.#pending.push(p);
  }

  /** The display context shared by templates. */
  protected context(overrides: Partial<RenderContext> = {}): RenderContext {
    const zone = this.getAttribute('time-zone') ?? undefined;
    const theme = this.getAttribute('theme')?.toLowerCase();
    // An empty value is absent, as for every attribute (see sources/attributes.ts).
    if (theme && theme !== 'light' && theme !== 'dark')
      this.problem({ code: 'invalid-value', field: 'theme', message: `theme: expected light or dark, got "${theme}"` });
    if (zone && !isTimeZone(zone))
      this.problem({ code: 'invalid-value', field: 'time-zone', message: `time-zone: unknown IANA zone "${zone}"` });
    return {
      lang: this.lang_,
      dir: isRtl(this.lang_) ? 'rtl' : 'ltr',
      pageLang: validLang(this.#page),
      timeZone: zone && isTimeZone(zone) ? zone : undefined,
      noCounts: flag(this, 'no-counts'),
      noMedia: flag(this, 'no-media'),
      platform: platformById(this.current.platform) ?? web,
      ...this.#state(0),
      ...overrides,
    };
  }

  /** What the reader opened in the card at `level`; a quoted post's warning opens on its own. */
  #state(level: number): ReaderState {
    return {
      level,
      revealed: this.#revealed[level],
      showOriginal: this.#originals.has(level),
      onReveal: (warning) => {
        if (warning === this.#revealed[level]) return;
        // Closing a warning closes those of the posts it quotes: reopened, each warns again.
        if (warning === undefined) this.#revealed.length = level;
        else this.#revealed[level] = warning;
        this.requestUpdate();
        if (warning !== undefined) this.dispatchEvent(new PostquoteRevealEvent());
      },
      onToggleOriginal: () => {
        this.#originals[this.#originals.has(level) ? 'delete' : 'add'](level);
        this.requestUpdate();
      },
      quoted: () => this.#state(level + 1),
    };
  }

  /**
   * Parses the sources into `current`, first awaiting the UI language's catalog and any platform
   * JSON adapter, then the on-demand parts the post needs (src/render/chunks.ts; each a chunk
   * fetched once per page), parsing again once they are here since the sources may have changed.
   * Loaders never reject: a platform that fails to load falls back to `web`; a post whose newsroom
   * layer failed keeps its fallback (see render()).
   */
  protected override async prepare(): Promise<void> {
    for (;;) {
      const waits = [loadCatalog(uiLang(pageLang(this))), (this.#markup ??= readMarkup(this)).adapting];
      if (waits.some(Boolean)) await Promise.all(waits);
      this.#parse();
      const parts = chunksFor(this.current).filter(Boolean);
      if (!parts.length) return;
      // A warning that only the JSON or `post` gives (CSS cannot see it) folds the fallback away while
      // the part that draws it loads: postquote.css writes it in its place (render() clears this,
      // unless that part failed).
      if (hasWarning(this.current) && !this.hasAttribute('content-warning')) this.#setState('warned', true);
      const failed = (await Promise.allSettled(parts)).find((r) => r.status === 'rejected');
      if (failed) {
        this.problem({ code: 'load-failed', message: `a part of postquote did not load: ${String(failed.reason)}` });
        return;
      }
    }
  }

  #parse(): void {
    try {
      this.lang_ = uiLocale(uiLang((this.#page = pageLang(this))));
      const { post, problems } = parse(this.layers(), this.fixedPlatform);
      // A share link's tracking (an editor's href, a pasted code's, JSON's) is no part of the links the card shows.
      untrackPost(post);
      this.current = post;
      problems.forEach((p) => this.problem(p));
    } catch (e) {
      this.current = {};
      this.problem({ code: 'internal', message: String(e) });
    }
  }

  /** The card, or the page's own fallback (an unnamed slot) when there is nothing to show. */
  protected abstract renderContent(): TemplateResult | undefined;

  protected override render(): TemplateResult {
    let content: TemplateResult | undefined;
    let failed = false;
    try {
      if ((failed = !!missingFor(this.current)))
        this.problem({ code: 'chunk-unavailable', message: 'a part this post needs failed to load' });
      else {
        // Styles of the on-demand parts this post uses, beside the static ones (one shared sheet each).
        this.adopt(sheetsFor(this.current));
        refused.length = 0;
        content = this.renderContent();
        // An avatar, photo or poster that the page's image proxy cannot carry was dropped from this card.
        if (refused[0])
          this.problem({ code: 'image-proxy-refused', message: `not loaded, the proxy cannot carry ${refused[0].slice(0, 99)}` });
      }
    } catch (e) {
      failed = true;
      this.problem({ code: 'internal', message: String(e) });
    }
    // A post with a content warning is never shown unwarned: when the part that draws the warning
    // failed to load, or the card failed to render, none of its fallback is slotted, and the warning
    // alone stands in its place, shown with or without postquote.css: the label in the card's
    // language (which also gives the box its direction, as the card's), the editor's words in the
    // page's, in their own direction.
    const warned = failed && hasWarning(this.current);
    const lang = this.lang_;
    const words = this.current.contentWarning;
    if (warned)
      content = html`<p part="warning" class="card" dir="auto">
        <strong lang=${lang}>${msg(lang, 'warning')}${words ? msg(lang, 'labelSeparator') : ''}</strong
        ><span dir="auto">${words}</span>
      </p>`;
    this.#setState('warned', warned);
    this.#setState('pending', false);
    return content ?? html`${fallbackSlots.map((name) => html`<slot name=${name || nothing}></slot>`)}`;
  }

  protected override failed(e: unknown): void {
    this.problem({ code: 'internal', message: String(e) });
  }

  protected override updated(): void {
    if (this.hasUpdated) this.#placeholder?.forEach((slot) => slot.remove());
    // A reader who tabbed into the fallback while the card waited would be left on a link gone from
    // the screen (focus then falls back to the page's start): the card's link to the same address
    // takes it over, else the card's first control.
    const focused = document.activeElement as HTMLAnchorElement;
    if (this.contains(focused) && !focused.checkVisibility()) {
      const controls = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('a[href],button')];
      (controls.find((c) => c.href === focused.href) ?? controls[0])?.focus();
    }
    this.flushProblems();
  }

  /**
   * Logs and fires each problem (code and field) once while it lasts, however often the element
   * re-renders: every update finds its problems anew, and one that was not there in the last update
   * is reported, so a CMS preview hears of a bad date that was fixed and then typed in again.
   */
  protected flushProblems(): void {
    const last = this.#reported;
    this.#reported = new Set();
    for (const p of this.#pending.splice(0)) {
      const key = `${p.code}|${p.field ?? ''}`;
      if (!last.has(key) && !this.#reported.has(key)) announce(this, p);
      this.#reported.add(key);
    }
  }
}
