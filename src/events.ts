// The events postquote fires (and the one it listens for), as classes with typed fields.

const init = { bubbles: true, composed: true } as const;

/** Data was invalid or could not be loaded. One per problem, never for the same problem twice. */
export class PostquoteErrorEvent extends Event {
  readonly code: string;
  readonly field?: string;
  readonly message: string;
  constructor(detail: { code: string; field?: string; message: string }) {
    super('postquote-error', init);
    this.code = detail.code;
    this.field = detail.field;
    this.message = detail.message;
  }
  get detail() {
    return { code: this.code, field: this.field, message: this.message };
  }
}

/** Tells the page of a problem on `el`: one `[postquote]` warning in the console, and `postquote-error`. */
export function announce(el: Element, p: { code: string; field?: string; message: string }): void {
  console.warn(`[postquote] ${p.code}: ${p.message}`, el);
  el.dispatchEvent(new PostquoteErrorEvent(p));
}

/** The reader opened a content warning. */
export class PostquoteRevealEvent extends Event {
  constructor() {
    super('postquote-reveal', init);
  }
}

/** The reader asked to play a third-party video. Cancel it to hold the player back (consent). */
export class PostquoteActivateEvent extends Event {
  readonly provider: string;
  readonly url: string;
  constructor(detail: { provider: string; url: string }) {
    super('postquote-activate', { ...init, cancelable: true });
    this.provider = detail.provider;
    this.url = detail.url;
  }
  get detail() {
    return { provider: this.provider, url: this.url };
  }
}

/** Dispatched by the page on `document` to grant or revoke a provider for every element. */
export class PostquoteConsentEvent extends Event {
  readonly provider: string;
  readonly granted: boolean;
  constructor(detail: { provider: string; granted: boolean }) {
    super('postquote-consent', init);
    this.provider = detail.provider;
    this.granted = detail.granted;
  }
  get detail() {
    return { provider: this.provider, granted: this.granted };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'postquote-error': PostquoteErrorEvent;
    'postquote-reveal': PostquoteRevealEvent;
    'postquote-activate': PostquoteActivateEvent;
    'postquote-consent': PostquoteConsentEvent;
  }
}
