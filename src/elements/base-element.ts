// The element base under every postquote element: an open shadow root with shared constructable
// stylesheets, and one batched, asynchronous update that renders a lit-html template.
//
// Why not LitElement: these elements render once from data and re-render on a handful of
// triggers that the subclass already observes itself (attributes, light-DOM mutations, the `post`
// property, reader actions), and they must await on-demand chunks before their first render.
// ReactiveElement's reactive-property machinery went unused and cost ~2.8 KB min+gzip of a 12 KB
// budget. Templates are still Lit's (`lit/html.js`); the update contract mirrors LitElement's
// (`requestUpdate`, `updateComplete`, `hasUpdated`, `isUpdatePending`, first update on connect).
import { render, type TemplateResult } from 'lit/html.js';

/** A stylesheet's text, written with the `css` tag so the build minifies it. */
export type Styles = string;

/** Tags a CSS template (our own constants only, never page data) so the build can minify it. */
export const css = (strings: TemplateStringsArray, ...values: Styles[]): Styles => String.raw({ raw: strings }, ...values);

/**
 * One CSSStyleSheet per distinct text and document, shared by every element class and instance in it.
 * A sheet serves only the document it was made for: an element moved to another one (an iframe, a
 * picture-in-picture window) loses its sheets, and adopts that document's own (see adopt()).
 */
const sheets = new WeakMap<Document, Record<Styles, CSSStyleSheet>>();
export function sheet(text: Styles, doc = document): CSSStyleSheet {
  let m = sheets.get(doc);
  if (!m) sheets.set(doc, (m = {}));
  if (!m[text]) (m[text] = new (doc.defaultView ?? window).CSSStyleSheet()).replaceSync(text);
  return m[text];
}

/** HTMLElement, or a stand-in where there is none (Node, a framework's server render), so that importing an element entry there does not throw. */
const Element_ = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

export abstract class BaseElement extends Element_ {
  /** The element's styles, adopted into every instance's shadow root. */
  static styles: Styles[] = [];

  readonly renderRoot: ShadowRoot;
  /** True once the first render has happened. */
  hasUpdated = false;
  /** True from a requested update until its render. */
  isUpdatePending = false;
  #done: Promise<unknown> = Promise.resolve();
  /** A request came since the running update last started to read its data. */
  #stale = false;
  #rendering = false;
  #enable!: () => void;
  /** Like LitElement, the first update waits for the element to be connected. */
  #enabled = new Promise<void>((resolve) => (this.#enable = resolve));

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.adopt([]);
    this.requestUpdate();
  }

  /**
   * Adopts the element's styles and `more` (an on-demand part's) in its shadow root, as sheets of the
   * document it is in now: one it was moved to took the sheets away, and so did its return.
   */
  protected adopt(more: Styles[]): void {
    const root = this.renderRoot;
    const want = [...new Set([...(this.constructor as typeof BaseElement).styles, ...more])].map((t) => sheet(t, this.ownerDocument));
    // (Sheets a post no longer uses may stay, as they did: they style nothing it shows.)
    // Read once: each read of adoptedStyleSheets makes a new array.
    const have = root.adoptedStyleSheets;
    if (want.some((s, i) => s !== have[i])) root.adoptedStyleSheets = want;
  }

  connectedCallback(): void {
    this.#enable();
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value) this.requestUpdate();
  }

  /**
   * Schedules one update. A request before the pending update starts preparing joins it; one made
   * while it prepares or renders makes it run again, so that the last state is always rendered.
   */
  requestUpdate(): void {
    // A request from inside render() (which should be a pure function of the element's state) is
    // dropped, as there is nothing newer to render; every other one makes the data read again.
    if (this.#rendering) return;
    this.#stale = true;
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    this.#done = this.#update();
  }

  /** Resolves once no update is pending (after every render requested so far). */
  get updateComplete(): Promise<boolean> {
    return this.#done.then(() => (this.isUpdatePending ? this.updateComplete : true));
  }

  async #update(): Promise<void> {
    await this.#enabled;
    // The page may change the element while prepare() awaits (an attribute, then the light DOM, in
    // one task): a pass that read data since changed is run again, and its prepared data is not
    // rendered, so that a card never shows one post's author with another's text. After 10 passes
    // it renders what it has and reads again in the next task, so that changes arriving at every
    // microtask neither starve the page nor get lost.
    for (let pass = 0; this.#stale && pass < 10; pass++) {
      this.#stale = false;
      try {
        await this.prepare();
        if (!this.#stale || pass === 9) {
          this.#rendering = true;
          render(this.render(), this.renderRoot, { host: this });
          this.hasUpdated = true;
        }
      } catch (e) {
        this.failed(e);
      } finally {
        this.#rendering = false;
      }
    }
    // As in LitElement, a request made in updated() starts the next update.
    this.isUpdatePending = false;
    this.updated();
    if (this.#stale && !this.isUpdatePending) setTimeout(() => this.#stale && !this.isUpdatePending && this.requestUpdate());
  }

  /** Runs before each render; may await what the render needs. */
  protected async prepare(): Promise<void> {}

  protected abstract render(): TemplateResult;

  /** Runs after each render. */
  protected updated(): void {}

  /** An exception from prepare() or render(): it never escapes to the page. */
  protected failed(_error: unknown): void {}
}
