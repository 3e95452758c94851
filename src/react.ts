// postquote/react: types only, no JavaScript. It adds <post-quote>, <tweet-quote> and
// <video-appeal> to React's JSX (React 19 and @types/react 19), with their attributes, the `post`
// property and the event props as React 19 wires them (`onpostquote-error`: `on` and the exact
// event name). A project takes it in once, in a .d.ts or with its tsconfig.json's "types":
//
//   /// <reference types="postquote/react" />
//
// It registers nothing: import postquote (or an element's define entry) as README.md says.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PlatformId, Post, PostStatus, VerificationStatus, VideoProvider } from './model/post.js';
import type { PostQuote } from './elements/post-quote/post-quote.js';
import type { TweetQuote } from './elements/tweet-quote/tweet-quote.js';
import type { VideoAppeal } from './elements/video-appeal/video-appeal.js';
import type { PostquoteActivateEvent, PostquoteErrorEvent, PostquoteRevealEvent } from './events.js';

/**
 * A flag attribute: React writes `true` as an empty attribute (on) and removes it for `false` (off).
 * A template's "false" and "0" are off too; any other value is on.
 */
type Flag = boolean | '' | 'true' | 'false' | '1' | '0';
/** A count: a number, or digits as README.md lists them ("37000", "37,000"). */
type Count = number | string;
/** An attribute with a set of values; an empty one is absent. */
type OneOf<T extends string> = T | '';

/** The attributes, property and events that <post-quote> and <tweet-quote> share (README.md, Attributes). */
export interface QuoteProps {
  /** A post object (post.schema.json), set as the element's property: define the elements before the first render. */
  post?: Post | null;
  href?: string;
  author?: string;
  handle?: string;
  'author-href'?: string;
  avatar?: string;
  'author-verified'?: Flag;
  /** ISO 8601. */
  datetime?: string;
  shares?: Count;
  likes?: Count;
  replies?: Count;
  quotes?: Count;
  views?: Count;
  'counted-at'?: string;
  verification?: OneOf<VerificationStatus>;
  'verification-note'?: string;
  'content-warning'?: string;
  status?: OneOf<PostStatus>;
  'archive-href'?: string;
  'archived-at'?: string;
  anonymize?: Flag;
  'no-counts'?: Flag;
  'no-media'?: Flag;
  /** An IANA zone ("Europe/Berlin"). */
  'time-zone'?: string;
  theme?: OneOf<'light' | 'dark'>;
  'onpostquote-error'?: (event: PostquoteErrorEvent) => void;
  'onpostquote-reveal'?: (event: PostquoteRevealEvent) => void;
}

/** <post-quote>: any platform. */
export interface PostQuoteProps extends QuoteProps {
  /** "twitter" is read as X, as older CMS data stores it. */
  platform?: OneOf<PlatformId | 'twitter'>;
}

/** <video-appeal>: the common attributes and its video's (README.md, `<video-appeal>`). */
export interface VideoAppealProps extends PostQuoteProps {
  poster?: string;
  src?: string;
  crossorigin?: OneOf<'anonymous' | 'use-credentials'>;
  provider?: OneOf<VideoProvider>;
  'video-id'?: string;
  /** Seconds, "0:12" or "PT12S". */
  start?: Count;
  /** Seconds, "0:39" or "PT39S". */
  duration?: Count;
  width?: Count;
  height?: Count;
  orientation?: OneOf<'portrait' | 'landscape'>;
  'onpostquote-activate'?: (event: PostquoteActivateEvent) => void;
}

/** What React gives every HTML element (children, className, lang, ref to the element, …), and the element's own. */
type Props<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is augmented where it is declared.
  namespace JSX {
    interface IntrinsicElements {
      'post-quote': Props<PostQuote, PostQuoteProps>;
      /** Always X: it has no `platform`. */
      'tweet-quote': Props<TweetQuote, QuoteProps>;
      'video-appeal': Props<VideoAppeal, VideoAppealProps>;
    }
  }
}
