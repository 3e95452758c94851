// What every template needs besides the post: the UI language and display options.
import { nothing } from 'lit/html.js';
import type { Post } from '../model/post.js';
import type { Platform } from '../platforms/platform.js';
import { displayHost } from '../safety/url.js';
import { msg } from '../i18n/catalog.js';

/** What the reader opened in one card. The post's card and its quoted post's each have their own. */
export interface ReaderState {
  /** 0 for the post's card, 1 for its quoted post's, …: ids in the shadow root differ by it. */
  level: number;
  /** The post and content warning the reader opened (a key): another post or warning is closed again. */
  revealed?: string;
  showOriginal: boolean;
  onReveal(warning: string | undefined): void;
  onToggleOriginal(): void;
  /** The reader state of the quoted post's card. */
  quoted(): ReaderState;
}

export interface RenderContext extends ReaderState {
  /** UI language (BCP 47) and its direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * The page's language (its nearest `lang`, validated; undefined when it names none): the newsroom's
   * own words are in it (content warning, verification note and checker, translation and translator,
   * a transcript). `lang` differs from it on a page in a language without a catalog (pt-BR: an English card).
   */
  pageLang?: string;
  timeZone?: string;
  noCounts?: boolean;
  noMedia?: boolean;
  /** A <video-appeal> card: the newsroom's words speak of the video, not of a post ("This video has since been deleted."). */
  video?: boolean;
  platform: Platform;
  /**
   * Platform HTML (the post's, or its quoted post's) through the one sanitizer: a fragment, or its
   * plain text when the sanitizer cannot run; undefined while the sanitizer's chunk is not loaded.
   */
  html?: (source: string) => DocumentFragment | string | undefined;
}

/** The platform name for this post: X posts from before the rename read "Twitter". */
export function platformLabel(ctx: RenderContext, post: Post): string {
  if (ctx.platform.id === 'web' && post.url) return displayHost(post.url) || ctx.platform.label;
  return ctx.platform.labelAt?.(post.createdAt) ?? ctx.platform.label;
}

/** A card's accessible name: "X post by Bana Alabed", or "X post" when it names nobody (no author, or anonymized). */
export function cardName(ctx: RenderContext, platform: string, name?: string): string {
  return name ? msg(ctx.lang, 'byline', { platform, name }) : msg(ctx.lang, 'platformPost', { platform });
}

/**
 * Heard after a link's visible words, not shown: which post it opens (the card's `name` and `date`,
 * as its timestamp shows it, so that five such links on a page differ) and that it opens a new tab (WCAG 2.4.4;
 * the visible words stay the start of the name, 2.5.3).
 */
export function aboutLink(ctx: RenderContext, name: string, date?: string): string {
  return msg(ctx.lang, 'viewOnPost', { post: date ? name + msg(ctx.lang, 'separator') + date : name });
}

/**
 * The `lang` of words in the page's language (the newsroom's own; a post's text without a language
 * of its own, as its light-DOM blockquote was): the page's where the card speaks another (an English
 * card on a pt-BR page); none where they are in the card's, or the page names no language.
 */
export const pageWords = (ctx: RenderContext) => (ctx.pageLang !== ctx.lang && ctx.pageLang) || nothing;
