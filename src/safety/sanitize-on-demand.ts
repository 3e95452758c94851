// The way in to the sanitizer: DOMPurify and its configuration (./sanitize.ts) are one chunk,
// fetched once per page and only when a post carries HTML.
export const sanitizeHtml = (html: string): Promise<DocumentFragment> => import('./sanitize.js').then((m) => m.sanitizeHtml(html));
