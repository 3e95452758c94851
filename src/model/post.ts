// The normalized post (schema version 1): what every source becomes and every template reads.

export type PlatformId =
  'x' | 'bluesky' | 'mastodon' | 'threads' | 'instagram' | 'facebook' | 'telegram' | 'tiktok' | 'youtube' | 'linkedin' | 'vimeo' | 'web';

export type VerificationStatus = 'verified' | 'unverified' | 'disputed';
export type PostStatus = 'available' | 'deleted' | 'suspended' | 'withheld' | 'protected' | 'unavailable';
export type MediaType = 'image' | 'video' | 'gif';
export type VideoProvider = 'youtube' | 'vimeo';

export interface Author {
  name?: string;
  handle?: string;
  url?: string;
  avatar?: string;
  verified?: boolean;
}

/** A link inside `text`, as UTF-16 offsets: what markup and platform JSON carry as real anchors. */
export interface TextLink {
  start: number;
  end: number;
  url: string;
}

export interface Metrics {
  shares?: number;
  likes?: number;
  replies?: number;
  quotes?: number;
  views?: number;
  countedAt?: string;
}

export interface Media {
  type: MediaType;
  url: string;
  alt?: string;
  width?: number;
  height?: number;
  poster?: string;
}

export interface Translation {
  text: string;
  lang?: string;
  by?: string;
}

export interface Verification {
  status: VerificationStatus;
  note?: string;
  by?: string;
  at?: string;
}

export interface Archive {
  url?: string;
  at?: string;
}

export interface PlatformNote {
  text: string;
  source?: string;
  url?: string;
  /** The note's language (BCP 47), when it is not the page's (an English community note on a German page). */
  lang?: string;
}

export interface Track {
  src: string;
  kind?: 'subtitles' | 'captions' | 'descriptions' | 'chapters' | 'metadata';
  srclang?: string;
  label?: string;
  default?: boolean;
}

export interface Video {
  src?: string;
  type?: string;
  provider?: VideoProvider;
  id?: string;
  start?: number;
  /** Seconds. */
  duration?: number;
  poster?: string;
  width?: number;
  height?: number;
  tracks?: Track[];
}

export interface Post {
  platform?: PlatformId;
  url?: string;
  id?: string;
  author?: Author;
  text?: string;
  /** Anchors found in the source text; everything else is linkified from plain text at render. */
  links?: TextLink[];
  /** Platform HTML (Mastodon, oEmbed): only ever rendered through the private sanitizer. */
  html?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  createdAt?: string;
  editedAt?: string;
  metrics?: Metrics;
  media?: Media[];
  quoted?: Post;
  replyTo?: { handle?: string; url?: string };
  translation?: Translation;
  verification?: Verification;
  contentWarning?: string;
  /** The platform flagged the media as sensitive (hide it behind the content warning). */
  sensitive?: boolean;
  platformNote?: PlatformNote;
  status?: PostStatus;
  archive?: Archive;
  anonymize?: boolean;
  video?: Video;
}

/** Something in the input that was dropped or could not be used. */
export interface Problem {
  code: string;
  field?: string;
  message: string;
}

export interface ParseResult {
  post: Post;
  problems: Problem[];
}
