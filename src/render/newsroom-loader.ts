// Loads the newsroom layer (newsroom.ts: its templates, styles and English messages) on demand,
// once per page, and only for posts that show any of it.
import type { Post } from '../model/post.js';
import { addEnglish } from '../i18n/catalog.js';
import type { Styles } from '../elements/base-element.js';
import { onDemand } from '../on-demand.js';

let sheets: Styles[] = [];

/**
 * The layer: requested once per page; a post that needs it and finds it failed keeps its fallback
 * (see missingFor in chunks.ts).
 */
export const newsroomPart = onDemand(
  () => import('./newsroom.js'),
  (m) => {
    addEnglish(m.messages);
    sheets = m.styles;
  },
);

/** Whether `post` sits behind a content warning: the editor's, or the platform's sensitive flag. */
export const hasWarning = (post: Post): boolean => Boolean(post.contentWarning || post.sensitive);

/** Whether the post is gone from its platform (deleted, withheld, …): neither linked to nor played. */
export const isGone = (post: Post): boolean => !!post.status && post.status !== 'available';

/**
 * Whether `post` shows any of the newsroom layer: verification label, translation, status line,
 * platform note or content warning, on the post or its quoted post.
 */
export function needsNewsroom(post: Post): boolean {
  return Boolean(
    post.verification?.status ||
    post.translation?.text ||
    isGone(post) ||
    post.platformNote?.text ||
    hasWarning(post) ||
    (post.quoted && needsNewsroom(post.quoted)),
  );
}

/** The layer's templates, once loaded. */
export const newsroom = () => newsroomPart.module;

/** Its styles (one sheet per document, shared by every element: see sheet()), once loaded. */
export const newsroomSheets = () => sheets;
