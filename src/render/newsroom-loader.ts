// Loads the newsroom layer (newsroom.ts: its templates, styles and English messages) on demand,
// once per page, and only for posts that show any of it.
import type { Post } from '../model/post.js';
import { addEnglish } from '../i18n/catalog.js';
import { sheet } from '../elements/base-element.js';
import type * as NewsroomModule from './newsroom.js';

type Newsroom = typeof NewsroomModule;

let loaded: Newsroom | undefined;
let sheets: CSSStyleSheet[] = [];
let loading: Promise<void> | undefined;
let failed = false;

/**
 * Whether `post` shows any of the newsroom layer: verification label, translation, status line,
 * platform note or content warning, on the post or its quoted post (which shows no label).
 */
export function needsNewsroom(post: Post, nested = false): boolean {
  return Boolean(
    (!nested && post.verification?.status) ||
    post.translation?.text ||
    (post.status && post.status !== 'available') ||
    post.platformNote?.text ||
    post.contentWarning ||
    post.sensitive ||
    (post.quoted && needsNewsroom(post.quoted, true)),
  );
}

/**
 * Resolves once the layer is here; `undefined` when it already is (or failed to load: it is
 * requested once per page, and a post that needs it then keeps its fallback, see missingFor in chunks.ts).
 */
export function loadNewsroom(): Promise<void> | undefined {
  if (loaded || failed) return undefined;
  return (loading ??= import('./newsroom.js').then(
    (m) => {
      addEnglish(m.messages);
      sheets = m.styles.map(sheet);
      loaded = m;
    },
    () => void (failed = true),
  ));
}

/** The layer's templates, once loaded. */
export function newsroom(): Newsroom | undefined {
  return loaded;
}

/** Its style sheets (created once per page, shared by every element), once loaded. */
export function newsroomSheets(): CSSStyleSheet[] {
  return sheets;
}
