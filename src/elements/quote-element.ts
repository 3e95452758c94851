// The base every postquote element shares: collects the sources, calls parse(), reports problems
// once, tracks the UI language, and never lets an exception escape to the page.
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import type { Post, Problem, PlatformId } from '../model/post.js';
import { parse } from '../model/parse.js';
import { readAttributes, postAttributes } from '../sources/attributes.js';
import { readMarkup, type MarkupSources } from '../sources/markup.js';
import { uiLang, isRtl } from '../i18n/locale.js';
import { loadCatalog } from '../i18n/catalog.js';
import { isTimeZone } from '../i18n/format.js';
import { platformById } from '../platforms/index.js';
import { web } from '../platforms/web.js';
import type { RenderContext } from '../render/context.js';
import { chunksFor, missingFor, sheetsFor } from '../render/chunks.js';
import { PostquoteErrorEvent, PostquoteRevealEvent } from '../events.js';

/**
 * @attr {string} href - The post's URL on its platform.
 * @attr {string} platform - x | bluesky | mastodon | threads | instagram | facebook | telegram | tiktok | youtube | linkedin | vimeo | web. Inferred from href.
 * @attr {string} author - The author's display name.
 * @attr {string} handle - The author's handle, without or with @.
 * @attr {string} author-href - The author's profile URL.
 * @attr {string} avatar - Avatar image URL (initials are shown when absent or broken).
 * @attr {boolean} author-verified - The platform's own verified badge.
 * @attr {string} datetime - When it was posted, ISO 8601.
 * @attr {string} shares - Count of shares (reposts, retweets).
 * @attr {string} likes - Count of likes.
 * @attr {string} replies - Count of replies.
 * @attr {string} quotes - Count of quotes.
 * @attr {string} views - Count of views.
 * @attr {string} counted-at - When the counts were taken, ISO 8601 ("as of …").
 * @attr {string} verification - The newsroom's label: verified | unverified | disputed.
 * @attr {string} verification-note - A note to the label.
 * @attr {string} content-warning - Hides text and media until the reader reveals them.
 * @attr {string} status - available | deleted | suspended | withheld | protected | unavailable.
 * @attr {string} archive-href - An archived copy of the post.
 * @attr {string} archived-at - When it was archived, ISO 8601.
 * @attr {boolean} anonymize - Hides avatar, handle, profile link and counts.
 * @attr {boolean} no-counts - Hides the counts.
 * @attr {boolean} no-media - Hides attached media.
 * @attr {string} time-zone - IANA zone for the timestamp (default: the reader's).
 * @attr {string} theme - light | dark (default: the page's color-scheme).
 */
export abstract class QuoteElement extends LitElement {
  static override properties = {
    post: { attribute: false },
  };

  /** Extra attributes a subclass observes besides the common ones. */
  protected static extraAttributes: string[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...postAttributes, ...this.extraAttributes];
  }

  /** A post object (API.md, version 1); the highest-precedence source. Never reflected. */
  declare post: unknown;

  /** Set by subclasses that fix the platform (`<tweet-quote>` is always X). */
  protected fixedPlatform?: PlatformId;

  /** The normalized post of the last update. */
  protected current: Post = {};
  protected lang_ = 'en';
  #markup?: MarkupSources;
  #observer?: MutationObserver;
  #reported = new Set<string>();
  #pending: Problem[] = [];
  #placeholder?: HTMLSlotElement;
  /** Reader state: the content warning opened, the original shown beside the translation. */
  #revealed = false;
  #showOriginal = false;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => {
      this.#markup = undefined;
      this.requestUpdate();
    });
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['lang', 'dir', 'cite', 'src', 'alt', 'href', 'slot', 'data-by'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#markup = undefined;
  }

  /** The post's data from every source, lowest precedence first (API.md, "How data gets in"). */
  protected layers(): unknown[] {
    const m = (this.#markup ??= readMarkup(this));
    if (m.jsonError) this.problem({ code: 'invalid-json', field: 'script', message: `inline JSON: ${m.jsonError}` });
    const anonymize = [readAttributes(this), m.json, this.post].some((l) => (l as { anonymize?: unknown } | undefined)?.anonymize === true);
    const layers: unknown[] = [
      anonymize ? this.#anonymousMarkup(m.markup) : m.markup,
      readAttributes(this),
      anonymize && m.adapted ? this.#anonymousMarkup(m.json as Record<string, unknown>) : m.json,
      this.post,
    ];
    if (this.fixedPlatform) layers.push({ platform: this.fixedPlatform });
    return layers;
  }

  /**
   * With `anonymize`, a pasted embed code's (or the platform JSON's) handle, avatar and URLs are
   * not used (the editor's own `href` still is). The light DOM stays as the page wrote it, so one warning tells the editor
   * that the fallback still names the person.
   */
  #anonymousMarkup(markup: Record<string, unknown>): Record<string, unknown> {
    const author = markup.author as { handle?: unknown } | undefined;
    const leaks = Boolean(author?.handle || markup.url || this.querySelector('a[href]'));
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
    const theme = this.getAttribute('theme');
    if (theme !== null && theme !== 'light' && theme !== 'dark')
      this.problem({ code: 'invalid-value', field: 'theme', message: `theme: expected light or dark, got "${theme}"` });
    if (zone && !isTimeZone(zone))
      this.problem({ code: 'invalid-value', field: 'time-zone', message: `time-zone: unknown IANA zone "${zone}"` });
    return {
      lang: this.lang_,
      dir: isRtl(this.lang_) ? 'rtl' : 'ltr',
      timeZone: zone && isTimeZone(zone) ? zone : undefined,
      noCounts: this.hasAttribute('no-counts'),
      noMedia: this.hasAttribute('no-media'),
      platform: platformById(this.current.platform) ?? web,
      revealed: this.#revealed,
      showOriginal: this.#showOriginal,
      onReveal: (open) => {
        if (open === this.#revealed) return;
        this.#revealed = open;
        this.requestUpdate();
        if (open) this.dispatchEvent(new PostquoteRevealEvent());
      },
      onToggleOriginal: () => {
        this.#showOriginal = !this.#showOriginal;
        this.requestUpdate();
      },
      ...overrides,
    };
  }

  /**
   * Waits for the UI language's catalog (a chunk, fetched once per page) before rendering. Until
   * the first render the shadow root shows the light-DOM fallback through a placeholder slot.
   */
  protected override async scheduleUpdate(): Promise<void> {
    for (;;) {
      const waits = [loadCatalog(uiLang(this)), (this.#markup ??= readMarkup(this)).adapting];
      if (waits.some(Boolean)) await Promise.all(waits);
      this.#parse();
      // The on-demand parts this post needs (src/render/chunks.ts); parse again once they are here,
      // since the sources may have changed while they loaded.
      const parts = chunksFor(this.current);
      if (!parts.some(Boolean)) break;
      await Promise.all(parts);
    }
    super.scheduleUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#placeholder = document.createElement('slot');
    root.append(this.#placeholder);
    return root;
  }

  #parse(): void {
    try {
      this.lang_ = uiLang(this);
      const { post, problems } = parse(this.layers());
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
    try {
      if (missingFor(this.current)) {
        this.problem({ code: 'chunk-unavailable', message: 'a part this post needs failed to load: keeping the fallback markup' });
        return html`<slot></slot>`;
      }
      return this.renderContent() ?? html`<slot></slot>`;
    } catch (e) {
      this.problem({ code: 'internal', message: String(e) });
      return html`<slot></slot>`;
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      // Styles of the on-demand parts this post uses, beside the static ones (one shared sheet each).
      const root = this.renderRoot;
      if (root instanceof ShadowRoot)
        for (const sheet of sheetsFor(this.current))
          if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      super.update(changed);
      this.#placeholder?.remove();
    } catch (e) {
      this.problem({ code: 'internal', message: String(e) });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.flushProblems();
  }

  /** Logs and fires each problem once per element, however often the element re-renders. */
  protected flushProblems(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const p of pending) {
      const key = `${p.code}|${p.field ?? ''}`;
      if (this.#reported.has(key)) continue;
      this.#reported.add(key);
      console.warn(`[postquote] ${p.code}: ${p.message}`, this);
      this.dispatchEvent(new PostquoteErrorEvent(p));
    }
  }
}
