// Guarded registration: the same class twice is a no-op; another class under the tag warns.
import { loadCatalog } from '../i18n/catalog.js';
import { held } from './held.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (held.calls) return void held.calls.push(() => define(tag, ctor));
  // Imported where there is no DOM (a framework's server render, where Lit's server build may
  // have put a shim registry on globalThis): nothing to register.
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) console.warn(`[postquote] define-conflict: <${tag}> is already defined by another class; keeping that one`);
    return;
  }
  // Start fetching the page language's UI text now, so the first cards need not wait for it (not
  // for a second copy of postquote on the page, whose classes render nothing).
  void loadCatalog(document.documentElement.lang || navigator.language);
  customElements.define(tag, ctor);
}
