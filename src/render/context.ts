// What every template needs besides the post: the UI language and display options.
import type { Post } from '../model/post.js';
import type { Platform } from '../platforms/platform.js';
import { displayHost } from '../safety/url.js';

export interface RenderContext {
  /** UI language (BCP 47) and its direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  timeZone?: string;
  noCounts: boolean;
  noMedia: boolean;
  platform: Platform;
  /** Reader state. */
  revealed: boolean;
  showOriginal: boolean;
  /** Sanitized platform HTML, once loaded. */
  html?: DocumentFragment;
  onReveal(open: boolean): void;
  onToggleOriginal(): void;
}

/** The platform name for this post: X posts from before the rename read "Twitter". */
export function platformLabel(ctx: RenderContext, post: Post): string {
  if (ctx.platform.id === 'web' && post.url) return displayHost(post.url) || ctx.platform.label;
  return ctx.platform.labelAt?.(post.createdAt) ?? ctx.platform.label;
}
