// The newsroom layer in Chromium, every state in English, German and Arabic: verification label,
// translation with the original one toggle away, content warning (no media request before the
// reveal), post status with and without archive, anonymize, dated counts, edited, platform note.
// axe runs on every state.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cdp } from 'vitest/browser';
import { part, cleanup, axeViolations, settle, mount } from './helpers.js';
import en from '../../src/i18n/messages/en.js';
import de from '../../src/i18n/messages/de.js';
import ar from '../../src/i18n/messages/ar.js';
import { formatDate, exactNumber } from '../../src/i18n/format.js';
import { languageName } from '../../src/i18n/language-name.js';
import { icons } from '../../src/render/icon.js';
import xEmbed from '../fixtures/x-embeds/de-radforschung-2018.html?raw';

const catalogs = { en, de, ar } as const;
type Lang = keyof typeof catalogs;
const langs = Object.keys(catalogs) as Lang[];
const fill = (s: string, params: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Mounts markup in a container with the page's language and direction, as an article would. */
async function mountIn<T extends HTMLElement = HTMLElement>(markup: string, lang: string): Promise<T> {
  const host = document.createElement('div');
  host.lang = lang;
  host.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.body.append(host);
  const tpl = document.createElement('template');
  tpl.innerHTML = markup;
  host.append(tpl.content);
  const el = host.firstElementChild as T;
  await settle(el);
  return el;
}

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (el: Element | null | undefined) => Boolean(el && (el as HTMLElement).checkVisibility());

const bana = (
  attrs = '',
  inner = '',
) => `<post-quote href="https://x.com/i/status/808644284496125952" platform="x" author="Bana Alabed" handle="AlabedBana" datetime="2016-12-13T10:00:00Z" time-zone="Europe/Berlin" ${attrs}>
  <blockquote lang="en">My name is Bana, I'm 7 years old. I am talking to the world now live from East #Aleppo. This is my last moment to either live or die. - Bana</blockquote>
  ${inner}
</post-quote>`;

describe('verification label', () => {
  for (const lang of langs)
    for (const status of ['verified', 'unverified', 'disputed'] as const)
      test(`${lang}: ${status} with note, by and at`, async () => {
        const m = catalogs[lang];
        const el = await mountIn(
          bana(
            `verification="${status}" verification-note="Checked against footage from two sources." author-verified`,
            json({ verification: { by: 'Faktencheck-Team', at: '2016-12-14' } }),
          ),
          lang,
        );
        const label = part(el, 'verification')!;
        expect(label.classList.contains(status)).toBe(true);
        expect(text(label.querySelector('strong'))).toBe(m[status]);
        // The note is text in the label, not a tooltip: screen readers read it, nothing to hover.
        expect(visible(label.querySelector('.note'))).toBe(true);
        expect(text(label)).toContain('Checked against footage from two sources.');
        expect(text(label)).toContain('Faktencheck-Team');
        expect(label.querySelector('time')!.getAttribute('datetime')).toBe('2016-12-14');
        expect(text(label.querySelector('time'))).toBe(formatDate(lang, '2016-12-14', undefined, 'short'));
        // Not to be confused with the platform's blue check: own place, own glyph, own colour.
        const header = part(el, 'header')!;
        expect(header.contains(label)).toBe(false);
        expect(label.querySelector('svg path')!.getAttribute('d')).not.toBe(icons.badge);
        const badge = part(el, 'author')!.querySelector('svg[role=img]')!;
        expect(getComputedStyle(label.querySelector('strong')!).color).not.toBe(getComputedStyle(badge).color);
        expect(await axeViolations(el)).toEqual([]);
      });
});

describe('verification label in a narrow card', () => {
  for (const lang of ['en', 'de', 'ar'] as const)
    test(`${lang}: the icon stays on the line of the label, which wraps beside it`, async () => {
      const el = await mountIn(bana('verification="verified" verification-note="Checked."'), lang);
      el.style.width = '12em';
      const label = part(el, 'verification')!;
      const icon = label.querySelector('svg')!.getBoundingClientRect();
      const strong = label.querySelector('strong')!.getBoundingClientRect();
      // "Von der Redaktion überprüft" is wider than a 320 px phone's card: it wraps, but not below its icon.
      expect(strong.top).toBeLessThan(icon.bottom);
      expect(strong.right).toBeLessThanOrEqual(label.getBoundingClientRect().right);
    });
});

describe('translation and original', () => {
  const arabic = 'نحن في حلب الشرقية ونطلب من العالم أن يسمعنا الآن.';
  const german = 'Wir sind in Ost-Aleppo und bitten die Welt, uns jetzt zu hören.';
  const cases = [
    {
      name: 'Arabic original, German translation',
      original: { lang: 'ar', text: arabic, dir: 'rtl' },
      translation: { lang: 'de', text: german, dir: 'ltr' },
    },
    {
      name: 'German original, Arabic translation',
      original: { lang: 'de', text: german, dir: 'ltr' },
      translation: { lang: 'ar', text: arabic, dir: 'rtl' },
    },
  ];
  for (const lang of langs)
    for (const c of cases)
      test(`${lang} page: ${c.name}`, async () => {
        const m = catalogs[lang];
        const el = await mountIn(
          `<post-quote href="https://x.com/i/status/1" platform="x" author="Lina Shamy" datetime="2016-12-12">
            <blockquote lang="${c.original.lang}">${c.original.text}</blockquote>
            <blockquote slot="translation" lang="${c.translation.lang}" data-by="Redaktion">${c.translation.text}</blockquote>
          </post-quote>`,
          lang,
        );
        const card = part(el, 'card')!;
        expect(card.getAttribute('lang')).toBe(lang);
        expect(card.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        // The translation first, in its own language, direction from it (rtl for Arabic, else from its text).
        const tr = part(el, 'translation')!;
        expect(tr.getAttribute('lang')).toBe(c.translation.lang);
        expect(tr.getAttribute('dir')).toBe(c.translation.dir === 'rtl' ? 'rtl' : 'auto');
        expect(getComputedStyle(tr).direction).toBe(c.translation.dir);
        expect(text(tr)).toBe(c.translation.text);
        expect(text(el.shadowRoot!.querySelector('.credit span'))).toBe(fill(m.translationBy, { by: 'Redaktion' }));
        // The original one toggle away, with its own language and direction.
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
        expect(text(toggle)).toBe(`${m.showOriginal} (${languageName(lang, c.original.lang)})`);
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        const original = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
        expect(visible(original)).toBe(false);
        expect(await axeViolations(el)).toEqual([]);
        toggle.click();
        await settle(el);
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(visible(original)).toBe(true);
        const quote = original.querySelector('[part~="text"]')!;
        expect(quote.getAttribute('lang')).toBe(c.original.lang);
        expect(quote.getAttribute('dir')).toBe(c.original.dir === 'rtl' ? 'rtl' : 'auto');
        expect(getComputedStyle(quote).direction).toBe(c.original.dir);
        expect(text(quote)).toBe(c.original.text);
        expect(await axeViolations(el)).toEqual([]);
        toggle.click();
        await settle(el);
        expect(visible(original)).toBe(false);
      });

  test('translation from JSON with no credit reads "newsroom translation"', async () => {
    const el = await mountIn(
      `<post-quote>${json({ text: 'Hello', lang: 'en', translation: { text: 'Hallo', lang: 'de' } })}</post-quote>`,
      'de',
    );
    expect(text(el.shadowRoot!.querySelector('.credit span'))).toBe(de.translation);
  });

  test('a translation of a post without text (photos only) offers no "show original" that would open an empty region', async () => {
    const el = await mountIn(
      `<post-quote author="A">${json({ lang: 'ar', translation: { text: 'Hello', lang: 'en' }, media: [{ url: '/tests/fixtures/img/photo-400x400.png', alt: 'A photo', width: 400, height: 400 }] })}</post-quote>`,
      'en',
    );
    expect(text(part(el, 'translation'))).toBe('Hello');
    expect(el.shadowRoot!.querySelector('button.toggle, .original')).toBeNull();
    expect(part(el, 'media')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('content warning', () => {
  let n = 0;
  /** A URL no other test uses, so the resource timeline tells exactly whether it was requested. */
  const fresh = () => `/tests/fixtures/img/photo-800x600.png?cw=${Date.now()}-${++n}`;
  const requested = (url: string) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(url));

  for (const lang of langs)
    for (const source of ['JSON', 'property'] as const)
      test(`${lang}: media from ${source} stays unrequested until the reveal, which fires postquote-reveal`, async () => {
        const m = catalogs[lang];
        const url = fresh();
        const media = [{ type: 'image', url, alt: 'Destroyed street', width: 800, height: 600 }];
        const el = await mountIn(bana('content-warning="Images of war: injured people."', source === 'JSON' ? json({ media }) : ''), lang);
        if (source === 'property') {
          (el as unknown as { post: unknown }).post = { media };
          await settle(el);
        }
        const reveals: Event[] = [];
        document.addEventListener('postquote-reveal', (e) => reveals.push(e));
        const warning = part(el, 'warning') as HTMLDetailsElement;
        expect(warning.localName).toBe('details');
        expect(warning.open).toBe(false);
        expect(text(warning.querySelector('summary'))).toBe(`${m.warning}: Images of war: injured people. ${m.reveal}`);
        // Hidden means not rendered at all: no text, no <img>, no request.
        expect(el.shadowRoot!.querySelector('[part~="text"]')).toBeNull();
        expect(el.shadowRoot!.querySelector('img.m')).toBeNull();
        await new Promise((r) => setTimeout(r, 300));
        expect(requested(url)).toBe(false);
        expect(reveals).toHaveLength(0);
        expect(await axeViolations(el)).toEqual([]);

        warning.querySelector('summary')!.click();
        await settle(el);
        expect(warning.open).toBe(true);
        expect(reveals).toHaveLength(1);
        expect(reveals[0].composed && reveals[0].bubbles).toBe(true);
        expect(text(part(el, 'text'))).toContain('My name is Bana');
        await vi.waitFor(() => expect(requested(url)).toBe(true), { timeout: 5000 });
        expect(await axeViolations(el)).toEqual([]);
      });

  test('should the card fail to render, a warned post shows the warning alone, never its fallback; a post without one keeps its fallback', async () => {
    const quote = customElements.get('post-quote')!.prototype as unknown as { renderContent(): unknown };
    vi.spyOn(quote, 'renderContent').mockImplementation(() => {
      throw new Error('a broken template');
    });
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const warned = await mountIn(bana('content-warning="Images of war: injured people."'), 'de');
    const plain = await mountIn(bana(''), 'de');
    // The warned post slots none of its light DOM: its text and photo stay out of sight, with or without postquote.css.
    expect(warned.shadowRoot!.querySelector('slot')).toBeNull();
    expect(text(part(warned, 'warning'))).toBe(`${de.warning}: Images of war: injured people.`);
    expect(warned.matches(':state(warned)')).toBe(true);
    expect(plain.shadowRoot!.querySelector('slot')).not.toBeNull();
    expect(plain.matches(':state(warned)')).toBe(false);
    expect(warnings.mock.calls.filter(([w]) => String(w).startsWith('[postquote] internal'))).toHaveLength(2);
    expect(await axeViolations(warned)).toEqual([]);
  });

  test('a PerformanceObserver sees no image before the reveal, and the image after it', async () => {
    const url = fresh();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const el = await mountIn(bana('content-warning="Graphic"', json({ media: [{ url, alt: 'x', width: 800, height: 600 }] })), 'en');
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.some((s) => s.endsWith(url))).toBe(false);
    (part(el, 'warning') as HTMLDetailsElement).open = true;
    await vi.waitFor(() => expect(seen.some((s) => s.endsWith(url))).toBe(true), { timeout: 5000 });
    observer.disconnect();
  });

  test('a warning the page replaces after the reader opened it is closed again, and asks again', async () => {
    const el = await mountIn(bana('content-warning="Strong language"'), 'en');
    const reveals: Event[] = [];
    el.addEventListener('postquote-reveal', (e) => reveals.push(e));
    part(el, 'warning')!.querySelector('summary')!.click();
    await settle(el);
    expect((part(el, 'warning') as HTMLDetailsElement).open).toBe(true);
    el.setAttribute('content-warning', 'Graphic violence: bodies');
    await settle(el);
    const warning = part(el, 'warning') as HTMLDetailsElement;
    expect(text(warning.querySelector('summary'))).toContain('Graphic violence: bodies');
    expect(warning.open).toBe(false);
    expect(el.shadowRoot!.querySelector('[part~="text"]')).toBeNull();
    warning.querySelector('summary')!.click();
    await settle(el);
    expect(text(part(el, 'text'))).toContain('My name is Bana');
    expect(reveals).toHaveLength(2);
    // Another post with the same warning is another post: closed, and asks again.
    (el as unknown as { post: unknown }).post = { url: 'https://x.com/other/status/2', text: 'Another post' };
    await settle(el);
    expect((part(el, 'warning') as HTMLDetailsElement).open).toBe(false);
    expect(el.shadowRoot!.querySelector('[part~="text"]')).toBeNull();
  });

  test("the platform's sensitive flag alone hides behind the generic warning", async () => {
    const el = await mountIn(`<post-quote>${json({ text: 'x', sensitive: true })}</post-quote>`, 'de');
    expect(text(part(el, 'warning')!.querySelector('summary'))).toContain(de.warning);
    expect(el.shadowRoot!.querySelector('[part~="text"]')).toBeNull();
  });

  test('fr: the label is joined to the warning as French writes it, a narrow no-break space (U+202F) before the colon', async () => {
    // Only ASCII whitespace is collapsed: text() (\s) would make the U+202F a plain space.
    const summary = async (attrs: string, inner = '') =>
      (part(await mount(bana(attrs, inner), 'fr'), 'warning')!.querySelector('summary')!.textContent ?? '')
        .replace(/[ \t\n]+/g, ' ')
        .trim();
    expect(await summary('content-warning="Images de guerre"')).toBe('Avertissement\u202f: Images de guerre Afficher la publication');
    // The platform's flag alone: the label without a separator.
    expect(await summary('', json({ sensitive: true }))).toBe('Avertissement Afficher la publication');
  });

  test("the editor's warning takes its own direction: an Arabic warning in an English card reads right to left", async () => {
    const el = await mount(bana('content-warning="صور حرب: مصابون"'), 'en');
    const span = part(el, 'warning')!.querySelector('summary span')!;
    expect(span.textContent).toBe('صور حرب: مصابون');
    expect(getComputedStyle(span).direction).toBe('rtl');
    expect(getComputedStyle(part(el, 'card')!).direction).toBe('ltr');
  });
});

describe('a quoted post has its own warning and translation', () => {
  const quoted = (extra: object) => ({
    text: 'Wir sind in Ost-Aleppo.',
    lang: 'de',
    author: { name: 'Quelle' },
    ...extra,
  });

  test("opening the post's warning leaves the quoted post's own warning closed; each fires its own reveal", async () => {
    const el = await mountIn(
      `<post-quote content-warning="Outer">${json({ text: 'Outer post', quoted: quoted({ contentWarning: 'Graphic injuries' }) })}</post-quote>`,
      'en',
    );
    const reveals: Event[] = [];
    el.addEventListener('postquote-reveal', (e) => reveals.push(e));
    const outer = part(el, 'warning') as HTMLDetailsElement;
    outer.querySelector('summary')!.click();
    await settle(el);
    expect(outer.open).toBe(true);
    const inner = el.shadowRoot!.querySelector('.quoted [part~="warning"]') as HTMLDetailsElement;
    expect(text(inner.querySelector('summary'))).toContain('Graphic injuries');
    expect(inner.open).toBe(false);
    expect(el.shadowRoot!.querySelector('.quoted [part~="text"]')).toBeNull();
    expect(reveals).toHaveLength(1);

    inner.querySelector('summary')!.click();
    await settle(el);
    expect(inner.open).toBe(true);
    expect(text(el.shadowRoot!.querySelector('.quoted [part~="text"]'))).toBe('Wir sind in Ost-Aleppo.');
    expect(outer.open).toBe(true);
    expect(reveals).toHaveLength(2);
    // Closing the outer one closes the inner one with it: reopened, the quoted post warns again
    // before its own content shows (the reader hid all of it).
    outer.open = false;
    await settle(el);
    outer.open = true;
    await settle(el);
    const again = el.shadowRoot!.querySelector('.quoted [part~="warning"]') as HTMLDetailsElement;
    expect(again.open).toBe(false);
    expect(el.shadowRoot!.querySelector('.quoted [part~="text"]')).toBeNull();
    expect(reveals).toHaveLength(3);
    // Closing the inner one alone leaves the outer one open.
    again.querySelector('summary')!.click();
    await settle(el);
    expect(reveals).toHaveLength(4);
    again.open = false;
    await settle(el);
    expect(outer.open).toBe(true);
    expect((el.shadowRoot!.querySelector('.quoted [part~="warning"]') as HTMLDetailsElement).open).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  });

  test("the newsroom's label on the quoted post (a disputed video it quotes) is shown on that post, apart from the post's own", async () => {
    for (const outer of ['verification="verified"', '']) {
      const el = await mountIn(
        `<post-quote ${outer}>${json({ text: 'Outer post', quoted: quoted({ verification: { status: 'disputed', note: 'The video is from 2015.' } }) })}</post-quote>`,
        'de',
      );
      const label = el.shadowRoot!.querySelector('.quoted [part~="verification"]')!;
      expect(label.classList.contains('disputed')).toBe(true);
      expect(text(label)).toBe(`${de.disputed} The video is from 2015.`);
      const labels = [...el.shadowRoot!.querySelectorAll('[part~="verification"]')];
      expect(labels).toHaveLength(outer ? 2 : 1);
      if (outer) expect(part(el, 'quoted')!.contains(labels[0])).toBe(false);
      expect(await axeViolations(el)).toEqual([]);
      cleanup();
    }
  });

  test('each translated card has its own toggle, controlling its own original by a unique id', async () => {
    const el = await mountIn(
      `<post-quote>${json({
        text: 'نحن في حلب',
        lang: 'ar',
        translation: { text: 'Wir sind in Aleppo', lang: 'de' },
        quoted: quoted({ lang: 'es', text: 'Estamos en Alepo', translation: { text: 'We are in Aleppo', lang: 'en' } }),
      })}</post-quote>`,
      'en',
    );
    const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')];
    expect(toggles).toHaveLength(2);
    const ids = toggles.map((b) => b.getAttribute('aria-controls')!);
    expect(new Set(ids).size).toBe(2);
    for (const [i, id] of ids.entries()) {
      const region = el.shadowRoot!.getElementById(id)!;
      expect(region.hidden, id).toBe(true);
      expect(region.closest('.quoted') !== null, id).toBe(i === 1);
    }
    toggles[1].click();
    await settle(el);
    expect(toggles.map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'true']);
    expect(ids.map((id) => el.shadowRoot!.getElementById(id)!.hidden)).toEqual([true, false]);
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('verification by-line in Arabic', () => {
  test("the checker's name is isolated and joined to the date with the Arabic comma", async () => {
    const el = await mountIn(
      `<post-quote verification="verified">${json({ text: 'x', verification: { by: 'Reuters', at: '2024-02-03' } })}</post-quote>`,
      'ar',
    );
    const by = part(el, 'verification')!.querySelector('.by')!;
    expect(by.querySelector('bdi')!.textContent).toBe('Reuters');
    expect(text(by)).toBe(`Reuters، ${formatDate('ar', '2024-02-03', undefined, 'short')}`);
    // The date reads as one piece: its first glyph is right of the name, not split around it.
    const name = by.querySelector('bdi')!.getBoundingClientRect();
    const date = by.querySelector('time')!.getBoundingClientRect();
    expect(date.right).toBeLessThanOrEqual(name.left + 0.5);
  });
});

describe('status of the post', () => {
  const statuses = ['deleted', 'suspended', 'withheld', 'protected', 'unavailable'] as const;
  const archive = 'https://web.archive.org/web/20161214000000/https://twitter.com/AlabedBana/status/808644284496125952';
  for (const lang of langs)
    for (const status of statuses)
      for (const archived of [true, false])
        test(`${lang}: ${status} ${archived ? 'with' : 'without'} archive`, async () => {
          const m = catalogs[lang];
          const el = await mountIn(
            bana(`status="${status}"${archived ? ` archive-href="${archive}" archived-at="2016-12-14"` : ''}`),
            lang,
          );
          const line = part(el, 'status')!;
          expect(text(line)).toContain(m[status]);
          const link = line.querySelector('a');
          if (archived) {
            expect(link!.getAttribute('href')).toBe(archive);
            expect(text(link)).toBe(fill(m.archived, { date: formatDate(lang, '2016-12-14', undefined, 'short') }));
            expect(link!.querySelector('time')!.getAttribute('datetime')).toBe('2016-12-14');
          } else {
            expect(link).toBeNull();
            expect(text(line)).toBe(m[status]);
          }
          // The quoted text stays; no link leads to the vanished original.
          expect(text(part(el, 'text'))).toContain('My name is Bana');
          expect(el.shadowRoot!.querySelector('.origin')).toBeNull();
          expect(el.shadowRoot!.querySelector('a[href*="808644284496125952"]:not([href^="https://web.archive.org"])')).toBeNull();
          expect(part(el, 'card')!.classList.contains('gone')).toBe(true);
          expect(await axeViolations(el)).toEqual([]);
        });

  test('available (or no status) has no status line and keeps the link to the original', async () => {
    const el = await mountIn(bana('status="available"'), 'en');
    expect(part(el, 'status')).toBeNull();
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://x.com/i/status/808644284496125952');
  });
});

describe('anonymize', () => {
  const secrets = ['AlabedBana', 'alabedbana', '/demo/img/avatar-1.jpg', 'avatar-1', 'https://x.com/AlabedBana'];

  /** Every attribute value and text node in the shadow tree, and whatever its slots show. */
  function everything(root: ShadowRoot): string[] {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
      else if (node instanceof Element) {
        for (const a of node.attributes) out.push(a.value);
        if (node instanceof HTMLSlotElement)
          for (const s of node.assignedNodes({ flatten: true })) out.push(s.textContent ?? '', s instanceof Element ? s.outerHTML : '');
        if (node.shadowRoot) out.push(...everything(node.shadowRoot));
      }
    }
    return out;
  }
  const leaks = (el: Element) => everything(el.shadowRoot!).filter((s) => secrets.some((x) => s.toLowerCase().includes(x.toLowerCase())));

  for (const lang of langs)
    test(`${lang}: no handle, avatar or profile URL anywhere in the shadow DOM; the pseudonym as written; no counts`, async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await mountIn(
        `<post-quote anonymize href="https://x.com/i/status/808644284496125952" platform="x" author="Eine Siebenjährige aus Ost-Aleppo" handle="AlabedBana"
          author-href="https://x.com/AlabedBana" avatar="/demo/img/avatar-1.jpg" author-verified datetime="2016-12-13" shares="37000" likes="25300"
          verification="unverified"><blockquote lang="en">I am talking to the world now live from East #Aleppo.</blockquote></post-quote>`,
        lang,
      );
      expect(leaks(el)).toEqual([]);
      expect(part(el, 'author')!.textContent).toBe('Eine Siebenjährige aus Ost-Aleppo');
      expect(part(el, 'handle')).toBeNull();
      expect(part(el, 'counts')).toBeNull();
      expect(part(el, 'avatar')!.querySelector('img')).toBeNull();
      expect(part(el, 'author')!.querySelector('a, svg')).toBeNull();
      // The editor's own href (here one without the handle) is kept.
      expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://x.com/i/status/808644284496125952');
      expect(performance.getEntriesByType('resource').some((e) => e.name.includes('avatar-1.jpg'))).toBe(false);
      expect(warn.mock.calls.filter((c) => String(c[0]).includes('anonymize'))).toEqual([]);
      expect(await axeViolations(el)).toEqual([]);
    });

  test('a pasted embed code in the light DOM: nothing of it leaks into the card, it stays in place, and one warning with a code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: string[] = [];
    document.addEventListener('postquote-error', (e) => errors.push((e as unknown as { code: string }).code));
    const el = await mountIn(`<post-quote anonymize author="Eine Radfahrerin">${xEmbed}</post-quote>`, 'de');
    const light = el.innerHTML;
    const handle = /\(@(\w+)\)/.exec(xEmbed)![1];
    const inShadow = everything(el.shadowRoot!).filter((s) => s.toLowerCase().includes(handle.toLowerCase()));
    expect(inShadow).toEqual([]);
    expect(part(el, 'author')!.textContent).toBe('Eine Radfahrerin');
    expect(el.shadowRoot!.querySelector('.origin')).toBeNull();
    el.setAttribute('verification', 'unverified');
    await settle(el);
    const warned = warn.mock.calls.map((c) => String(c[0])).filter((s) => /anonymi[sz]/.test(s));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/^\[postquote\] [a-z-]+: /);
    expect(errors.filter((c) => /anonymi[sz]/.test(c))).toHaveLength(1);
    expect(el.innerHTML).toBe(light);
  });

  for (const value of ['"true"', '""', '"True"', '"TRUE"', '1', '"1"', '"yes"', '"on"', '2'])
    test(`"anonymize": ${value} in JSON (a boolean as parse() reads it) hides a pasted embed code's handle too`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await mountIn(`<post-quote>${xEmbed}<script type="application/json">{"anonymize": ${value}}</script></post-quote>`, 'de');
      const handle = /\(@(\w+)\)/.exec(xEmbed)![1];
      expect(everything(el.shadowRoot!).filter((s) => s.toLowerCase().includes(handle.toLowerCase()))).toEqual([]);
      expect(el.shadowRoot!.querySelector('.origin')).toBeNull();
    });

  // Platform JSON carries the post URL, which names the account ("https://mastodon.social/@Gargron/…").
  test('platform JSON with anonymize: the post URL that names the account is not rendered', async () => {
    const status = {
      id: '1',
      url: 'https://mastodon.social/@Gargron/103270115826048975',
      content: '<p>hello</p>',
      spoiler_text: '',
      account: {
        acct: 'Gargron',
        username: 'Gargron',
        display_name: 'Eugen',
        url: 'https://mastodon.social/@Gargron',
        avatar: '/demo/img/avatar-2.png',
      },
    };
    const el = await mountIn(`<post-quote anonymize author="Ein Entwickler">${json(status)}</post-quote>`, 'en');
    expect(everything(el.shadowRoot!).filter((s) => s.includes('Gargron'))).toEqual([]);
  });
});

describe('dated counts', () => {
  for (const lang of langs)
    test(`${lang}: counted-at makes the counts a dated snapshot; without it, no date claim`, async () => {
      const m = catalogs[lang];
      const dated = await mountIn(bana('shares="37000" likes="25300" counted-at="2016-12-14"'), lang);
      const counts = part(dated, 'counts')!;
      const shares = m.shares as Record<string, string>;
      const form = shares[new Intl.PluralRules(lang).select(37000)] ?? shares.other;
      expect(text(counts)).toContain(form.replace('#', exactNumber(lang, 37000)));
      const asOf = counts.querySelector('.as-of')!;
      expect(text(asOf)).toBe(fill(m.asOf, { date: formatDate(lang, '2016-12-14', undefined, 'short') }));
      expect(asOf.querySelector('time')!.getAttribute('datetime')).toBe('2016-12-14');
      if (lang === 'de') {
        expect(text(counts)).toContain('37.000 Mal geteilt');
        expect(text(asOf)).toBe('Stand 14.12.2016');
      }
      expect(await axeViolations(dated)).toEqual([]);
      const undated = await mountIn(bana('shares="37000" likes="25300"'), lang);
      expect(part(undated, 'counts')!.querySelector('.as-of, time')).toBeNull();
    });
});

describe('edited posts and platform notes', () => {
  for (const lang of langs)
    test(`${lang}: "edited" with its date, and a platform note labelled with its source`, async () => {
      const m = catalogs[lang];
      const note = {
        text: 'This video is from 2014 and shows a different city.',
        source: 'Community Notes',
        url: 'https://x.com/i/communitynotes/t/1',
      };
      const el = await mountIn(bana('', json({ editedAt: '2016-12-13T12:00:00Z', platformNote: note })), lang);
      const edited = el.shadowRoot!.querySelector('.edited')!;
      const said = fill(m.editedAt, { date: formatDate(lang, '2016-12-13T12:00:00.000Z', 'Europe/Berlin') });
      expect(text(edited.querySelector('[aria-hidden="true"]'))).toBe(m.edited);
      expect(edited.getAttribute('title')).toBe(said);
      // What a screen reader hears: the date in words, in a <time>, not only in a tooltip.
      expect(text(edited.querySelector('.sr'))).toBe(said);
      expect(edited.querySelector('.sr time')!.getAttribute('datetime')).toBe('2016-12-13T12:00:00.000Z');
      // Styled from the page as ::part(platform-note).
      const aside = el.shadowRoot!.querySelector('[part~=platform-note]')!;
      expect(text(aside.querySelector('.note-source'))).toBe(fill(m.platformNote, { source: 'Community Notes' }));
      expect(aside.querySelector('a')!.getAttribute('href')).toBe(note.url);
      expect(text(aside)).toContain(note.text);
      // An English note keeps its own direction in an Arabic card: its full stop stays at its end.
      expect(getComputedStyle(aside.lastElementChild!).direction).toBe('ltr');
      expect(await axeViolations(el)).toEqual([]);
    });

  test("a platform note's text is in its own lang, else the page's (as the newsroom's words); its label is the card's", async () => {
    const spoken = (el: Element | null | undefined) => getComputedStyle(el!).getPropertyValue('-webkit-locale').replace(/"/g, '');
    // An English community note in an Arabic card: a screen reader would voice it in Arabic.
    const el = await mountIn(bana('', json({ platformNote: { text: 'This video is from 2014.', lang: 'en' } })), 'ar');
    const aside = el.shadowRoot!.querySelector('.platform-note')!;
    expect(spoken(aside.lastElementChild)).toBe('en');
    expect(spoken(aside.querySelector('.note-source'))).toBe('ar');
    // Without a lang: a page in a language without a catalog (an English card) keeps its own.
    const pt = await mountIn(bana('', json({ platformNote: { text: 'Vídeo de 2014.' } })), 'pt-BR');
    expect(spoken(pt.shadowRoot!.querySelector('.platform-note')!.lastElementChild)).toBe('pt-BR');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a platform note without a source names the platform by its current name (the note is added now)', async () => {
    const el = await mountIn(bana('', json({ platformNote: { text: 'Context.' } })), 'de');
    expect(text(el.shadowRoot!.querySelector('.note-source'))).toBe(fill(de.platformNote, { source: 'X' }));
  });

  test("in forced colors (Windows' contrast themes) a platform note keeps its box's edge, as the warning and the labels do: its background, the only edge it had, is painted as the page's", async () => {
    const forced = (on: boolean) =>
      cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: on ? 'active' : 'none' }] });
    await forced(true);
    try {
      const el = await mountIn(
        bana(
          'verification="disputed" status="deleted" content-warning="War"',
          json({ platformNote: { text: 'This video is from 2014.' } }),
        ),
        'en',
      );
      el.shadowRoot!.querySelector('details')!.open = true;
      await settle(el);
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      // A box's edge: a border on some side, or an outline (drawn in the theme's colours).
      const edged = (e: Element) => {
        const s = getComputedStyle(e);
        const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
        return (
          sides.some(
            (d) =>
              s.getPropertyValue(`border-${d.toLowerCase()}-style`) !== 'none' &&
              parseFloat(s.getPropertyValue(`border-${d.toLowerCase()}-width`)) > 0,
          ) ||
          (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
        );
      };
      const boxes = ['.platform-note', '.warning', '.verification', '.status'].map((c) => [c, edged(el.shadowRoot!.querySelector(c)!)]);
      expect(boxes).toEqual(['.platform-note', '.warning', '.verification', '.status'].map((c) => [c, true]));
      // Not in the default colours: there the grey background is its edge (no new line drawn).
      await forced(false);
      expect(edged(el.shadowRoot!.querySelector('.platform-note')!)).toBe(false);
    } finally {
      await forced(false);
    }
  });
});

describe("the newsroom's own words are in the page's language, the card's words in the card's", () => {
  /**
   * The language Chromium lays out and speaks an element in (hyphenation, quotes, fonts, its
   * accessibility tree): its computed locale, inherited along the flat tree.
   */
  const spoken = (el: Element | null | undefined) => getComputedStyle(el!).getPropertyValue('-webkit-locale').replace(/"/g, '');
  const editor = (note = 'Vídeo de 2013, não de hoje.') =>
    `<post-quote href="https://x.com/i/status/1" platform="x" author="Lina Shamy" datetime="2016-12-12"
      verification="disputed" verification-note="${note}">
      <blockquote lang="ar">نحن في حلب</blockquote>
      <blockquote slot="translation" data-by="Redação">Estamos em Aleppo</blockquote>
      ${json({ verification: { by: 'Equipe de checagem', at: '2016-12-14' } })}
    </post-quote>`;

  // Languages without a catalog: the card speaks English; what the newsroom wrote is the page's.
  for (const page of ['pt-BR', 'it'])
    test(`${page} page: the content warning, the verification note, who verified, the translation and its translator`, async () => {
      const warned = await mountIn(bana('content-warning="Imagens de guerra: feridos."'), page);
      expect(part(warned, 'card')!.getAttribute('lang')).toBe('en');
      const summary = part(warned, 'warning')!.querySelector('summary')!;
      expect(spoken(summary.querySelector('strong'))).toBe('en');
      expect(spoken(summary.querySelector('.reveal'))).toBe('en');
      const words = summary.querySelector('strong + span')!;
      expect(words.textContent).toBe('Imagens de guerra: feridos.');
      expect(spoken(words)).toBe(page);
      expect(words.matches(`:lang(${page})`)).toBe(true);

      const el = await mountIn(editor(), page);
      const label = part(el, 'verification')!;
      expect(spoken(label.querySelector('strong'))).toBe('en');
      expect(spoken(label.querySelector('.note'))).toBe(page);
      // "Checked by {by}, {date}" is the card's sentence; the name in it is the newsroom's.
      const by = label.querySelector('.by')!;
      expect(spoken(by)).toBe('en');
      expect(by.querySelector('bdi')!.textContent).toBe('Equipe de checagem');
      expect(spoken(by.querySelector('bdi'))).toBe(page);
      // A translation without a lang of its own is the newsroom's, into the page's language (as its
      // light-DOM blockquote is); the post keeps its own.
      expect(spoken(part(el, 'translation'))).toBe(page);
      expect(part(el, 'text')!.getAttribute('lang')).toBe('ar');
      const credit = el.shadowRoot!.querySelector('.credit span')!;
      expect(text(credit)).toBe(fill(en.translationBy, { by: 'Redação' }));
      expect(spoken(credit)).toBe('en');
      expect(spoken([...credit.querySelectorAll('*')].find((n) => n.textContent === 'Redação'))).toBe(page);
      expect(await axeViolations(el)).toEqual([]);
    });

  test("pt-BR page: a post's text without a lang of its own is in the page's language, as its light-DOM blockquote was", async () => {
    const el = await mountIn(
      `<post-quote author="Ana"><blockquote>Estamos bem.</blockquote>${json({ quoted: { text: 'Oi', author: { name: 'Bia' } } })}</post-quote>`,
      'pt-BR',
    );
    expect(part(el, 'card')!.getAttribute('lang')).toBe('en');
    const [post, quoted] = el.shadowRoot!.querySelectorAll('[part~="text"]');
    expect(post.textContent).toBe('Estamos bem.');
    expect(spoken(post)).toBe('pt-BR');
    expect(spoken(quoted)).toBe('pt-BR');
    // A text with its own lang keeps it; a page in the card's language adds nothing.
    const own = await mountIn(`<post-quote author="Ana"><blockquote lang="ar">نحن بخير</blockquote></post-quote>`, 'pt-BR');
    expect(spoken(part(own, 'text'))).toBe('ar');
    const de = await mountIn(`<post-quote author="Ana"><blockquote>Uns geht es gut.</blockquote></post-quote>`, 'de');
    expect(part(de, 'text')!.hasAttribute('lang')).toBe(false);
    expect(spoken(part(de, 'text'))).toBe('de');
  });

  test("pt-BR page: a quoted post's warning too", async () => {
    const el = await mountIn(
      `<post-quote>${json({ text: 'Olá', quoted: { text: 'Oi', contentWarning: 'Violência explícita' } })}</post-quote>`,
      'pt-BR',
    );
    const words = el.shadowRoot!.querySelector('.quoted [part~="warning"] summary strong + span')!;
    expect(words.textContent).toBe('Violência explícita');
    expect(spoken(words)).toBe('pt-BR');
  });

  test('the page switching between two languages without a catalog: the words follow, the card stays English', async () => {
    const el = await mountIn(bana('content-warning="Imagens de guerra"'), 'pt-BR');
    el.parentElement!.lang = 'it';
    await vi.waitFor(() => expect(spoken(part(el, 'warning')!.querySelector('summary strong + span'))).toBe('it'));
    expect(part(el, 'card')!.getAttribute('lang')).toBe('en');
  });

  // A page in a catalog's language: the words inherit it from the card, with no lang of their own.
  for (const page of ['de', 'de-AT', 'en-GB'])
    test(`${page} page: the card is in the page's language, and the words carry no redundant lang`, async () => {
      const el = await mountIn(editor('Video von 2013.'), page);
      expect(part(el, 'card')!.getAttribute('lang')).toBe(page);
      const label = part(el, 'verification')!;
      for (const words of [label.querySelector('.note'), label.querySelector('bdi'), part(el, 'translation')]) {
        expect(words!.hasAttribute('lang')).toBe(false);
        expect(spoken(words)).toBe(page);
      }
      const warned = await mountIn(bana('content-warning="Kriegsbilder"'), page);
      expect(warned.shadowRoot!.querySelector('[lang]:not([part~="card"], [part~="text"])')).toBeNull();
    });

  test('pt-BR page: should the card fail to render, the warning alone keeps the same languages', async () => {
    const quote = customElements.get('post-quote')!.prototype as unknown as { renderContent(): unknown };
    vi.spyOn(quote, 'renderContent').mockImplementation(() => {
      throw new Error('a broken template');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mountIn(bana('content-warning="Imagens de guerra: feridos."'), 'pt-BR');
    const warning = part(el, 'warning')!;
    expect(text(warning)).toBe(`${en.warning}: Imagens de guerra: feridos.`);
    expect(spoken(warning.querySelector('strong'))).toBe('en');
    expect(spoken(warning.querySelector('strong + span'))).toBe('pt-BR');
  });
});
