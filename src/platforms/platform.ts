// What one platform module provides: pure data and functions, plus an optional embed-code reader.
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
  /** Hostnames (and their subdomains) whose URLs belong to this platform. */
  hosts: string[];
  /** For platforms without fixed hosts (Mastodon): whether a URL looks like one of its posts. */
  matches?(url: URL): boolean;
  /** Link to the platform's privacy policy, named in consent notices. */
  privacy?: string;
  /** How a handle is written: "@user", "@user@instance". */
  handle?(handle: string, postUrl?: string): string;
  /** Profile, hashtag, cashtag and mention links for linkifying plain text. */
  profileUrl?(handle: string, postUrl?: string): string | undefined;
  tagUrl?(tag: string, postUrl?: string): string | undefined;
  cashtagUrl?(tag: string): string | undefined;
  /** CSS selector of the platform's embed code blockquote, and its reader (DOM, browser only). */
  embed?: string;
  readEmbed?(blockquote: Element): RawPost;
}
