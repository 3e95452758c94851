// Guarded registration: the same class twice is a no-op; another class under the tag warns.
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === ctor) return;
  if (existing) {
    console.warn(`[postquote] define-conflict: <${tag}> is already defined by another class; keeping that one`);
    return;
  }
  customElements.define(tag, ctor);
}
