// What one platform module provides: pure data and functions, plus an optional embed-code reader.
// Its hosts and embed-code selector are in the registry (index.ts), which must not wait for it.
import type { PlatformId } from '../model/post.js';

/** A post-like object before validation: what sources hand to parse(). */
export type RawPost = Record<string, unknown>;

export interface Platform {
  id: PlatformId;
  /** Display name: "X", "Bluesky". */
  label: string;
  /** The name a post of that date was published under (X posts before 24 July 2023 read "Twitter"). */
  labelAt?(createdAt: string | undefined): string;
  /** SVG path data in a 24×24 box, drawn in currentColor. */
  icon: string;
  /** The label its icon draws (X's logo is the letter): that label is heard, not shown beside the icon. */
  wordmark?: string;
  /** Link to the platform's privacy policy, named in consent notices. */
  privacy?: string;
  /** Handles may hold dots (Bluesky's domain names "@alice.bsky.social", Instagram's "@nat.geo"), so a mention in plain text may too. */
  dottedHandles?: boolean;
  /** How a handle is written: "@user", "@user@instance". */
  handle?(handle: string, postUrl?: string): string;
  /** Profile, hashtag, cashtag and mention links for linkifying plain text. */
  profileUrl?(handle: string, postUrl?: string): string | undefined;
  tagUrl?(tag: string, postUrl?: string): string | undefined;
  cashtagUrl?(tag: string): string | undefined;
  /** Whether a post URL is a video's (YouTube's, Vimeo's, a TikTok's, Facebook's /videos/, a reel): the card's link out then reads "Watch on …". */
  isVideo?(url: string): boolean;
  /**
   * Drops from an address on its hosts what its share links add (a share sheet's token, its own click
   * IDs), never a name that is part of the address (tracking.ts applies it; utm_* goes everywhere).
   */
  untrack?(url: URL): void;
  /** Reads the platform's embed code (its selector is in the registry, index.ts; DOM, browser only). */
  readEmbed?(blockquote: Element): RawPost;
}
