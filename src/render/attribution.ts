// The author line, shared by every element: avatar (or initials), name (and the platform's badge), and
// under it the handle and the platform's icon and label (not beside the name: postquote.css cannot know
// the label's width, so a long name breaks where the waiting fallback's does).
import { html, nothing } from 'lit/html.js';
import type { Post } from '../model/post.js';
import { msg } from '../i18n/catalog.js';
import { safeUrl } from '../safety/url.js';
import { icons, namedIcon } from './icon.js';
import { platformLabel, type RenderContext } from './context.js';

/** Up to two initials from a name, by user-perceived characters: "Bana Alabed" → "BA"; one in a joining script: "بانا العبد" → "ب". */
export function initials(name: string): string {
  // Per word, its first letter or digit (a whole code point, thanks to the u flag); words without one don't count.
  const [first = '', ...rest] = name.split(/\s+/).flatMap((w) => w.match(/[\p{L}\p{N}]/u) ?? []);
  const last = rest.at(-1) ?? '';
  // Two letters of a joining script join into one shape that reads as a syllable ("بانا العبد" gave
  // "با"). One initial, not two kept apart by a ZERO WIDTH NON-JOINER: the second is often no
  // initial at all, since many Arabic family names begin with the article "ال" (al-), so "العبد"
  // gives its alif; and one letter needs no invisible character that a font or a copy could lose.
  // Joining scripts (HarfBuzz's list): U+0600–08FF holds Arabic (Persian, Urdu, …), Syriac, N'Ko and
  // Mandaic (and Thaana and Samaritan, which do not join but lose only a second letter), U+1800–18AF
  // Mongolian, U+A840–A87F Phags-pa, U+FB50–FEFF Arabic presentation forms (text copied out of a PDF;
  // no letter between its two blocks). Beyond the BMP: U+10AC0–10FDF from Manichaean to Chorasmian
  // (Psalter Pahlavi, Hanifi Rohingya, Arabic Extended-C, Sogdian, Old Uyghur; between them a few
  // that do not join, nearly all historic: Avestan, Old Turkic, Old Hungarian, Garay, Yezidi, …),
  // U+1E900–1E95F Adlam. The u flag makes those whole code points, not halves of surrogate pairs.
  // Ranges, not \p{sc=…} escapes, and inline: fewer bytes in the bundle. toUpperCase(), not a
  // language's: the name's language is not known (a post's lang is its text's), and a Turkish
  // capital İ guessed from a Turkish post would be wrong for an "ian"; names come capitalized.
  return (
    /[\u0600-\u08ff\u1800-\u18af\ua840-\ua87f\ufb50-\ufeff\u{10ac0}-\u{10fdf}\u{1e900}-\u{1e95f}]/u.test(first + last)
      ? first
      : first + last
  ).toUpperCase();
}

/** One of six tints, stable per name, so neighbouring initials avatars differ. */
function tint(name: string): number {
  let h = 0;
  for (const c of name) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h % 6;
}

function hideBroken(event: Event) {
  (event.target as HTMLImageElement).hidden = true;
}

export function renderAttribution(post: Post, ctx: RenderContext) {
  // No prototype: a page's polluted Object.prototype.name must not become the author (hostile-page e2e).
  const a: NonNullable<Post['author']> = post.author ?? Object.create(null);
  const label = platformLabel(ctx, post);
  const profile = post.anonymize ? undefined : safeUrl(a.url, 'link');
  const handle = !post.anonymize && a.handle ? (ctx.platform.handle?.(a.handle, post.url) ?? a.handle) : undefined;
  const name = a.name ?? handle ?? msg(ctx.lang, 'post');
  // The avatar's initials and tint come from the name as given (the raw handle without a name).
  const who = a.name ?? a.handle ?? '';
  const avatar = post.anonymize ? undefined : safeUrl(a.avatar, 'image');
  // Avatar and platform icon inline, not templates of their own: fewer template instances per card.
  return html`<div part="header" class="header">
    <span part="avatar" class="avatar t${tint(who)}" aria-hidden="true"
      >${initials(who)}${
        avatar
          ? html`<img src=${avatar} alt="" width="48" height="48" decoding="async" referrerpolicy="no-referrer" @error=${hideBroken} />`
          : nothing
      }</span
    >
    <span class="who">
      <cite part="author" class="author"
        >${
          profile
            ? html`<a href=${profile} rel="noopener noreferrer" target="_blank" aria-describedby="nt"><bdi>${name}</bdi></a>`
            : html`<bdi>${name}</bdi>`
        }${a.verified && !post.anonymize ? namedIcon(icons.badge, msg(ctx.lang, 'platformVerified', { platform: label })) : nothing}</cite
      >
      <span class="meta"
        >${handle && a.name ? html`<span part="handle" class="handle"><bdi dir="ltr">${handle}</bdi></span>` : nothing}<span part="platform" class="platform"
          ><svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d=${ctx.platform.icon}></path></svg><span class=${label === ctx.platform.wordmark ? 'sr' : ''}>${label}</span></span
        ></span
      >
    </span>
    ${ctx.level ? nothing : html`<span id="nt" hidden>${msg(ctx.lang, 'newTab')}</span>`}
  </div>`;
}
