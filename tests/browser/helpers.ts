// Shared helpers for browser tests: mount markup, wait for render, read the shadow DOM, run axe.
import axe from 'axe-core';
import { page } from 'vitest/browser';
import '../../src/index.js';

export async function mount<T extends HTMLElement = HTMLElement>(markup: string, lang = 'en'): Promise<T> {
  const host = document.createElement('div');
  host.lang = lang;
  document.body.append(host);
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // test fixture only; scripts inside never run
  host.append(tpl.content);
  const el = host.firstElementChild as T;
  await settle(el);
  return el;
}

export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

export function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** What a link or button shows, without its text for screen readers only (`.sr`). */
export function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.sr').forEach((n) => n.remove());
  return copy.textContent ?? '';
}

/**
 * A link whose accessible name is exactly `name`, found as assistive technology finds it
 * (Playwright's role query, through shadow roots).
 */
export const linkNamed = (name: string): Element => page.getByRole('link', { name, exact: true }).element();

/** Collects what `pick` takes (the code, by default) from each postquote-error the document hears, until `stop()`. */
export function postquoteErrors(pick: (e: { code: string; message: string }) => string = (e) => e.code) {
  const seen: string[] = [];
  const on = (e: Event) => seen.push(pick(e as unknown as { code: string; message: string }));
  document.addEventListener('postquote-error', on);
  return { seen, stop: () => document.removeEventListener('postquote-error', on) };
}

export function cleanup(): void {
  document.body.replaceChildren();
}

export async function axeViolations(context: Element): Promise<string[]> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`);
}

/** A post as JSON holds it, without the empty objects and lists the element's parse may leave (the model entry's parse drops them). */
export function norm(v: unknown): unknown {
  const tidy = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.length ? x.map(tidy) : undefined;
    if (x && typeof x === 'object') {
      const out = Object.fromEntries(
        Object.entries(x)
          .map(([k, y]) => [k, tidy(y)])
          .filter(([, y]) => y !== undefined),
      );
      return Object.keys(out).length ? out : undefined;
    }
    return x;
  };
  return tidy(JSON.parse(JSON.stringify(v ?? {}))) ?? {};
}
