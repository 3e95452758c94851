// A script-tag bundle's on-demand parts (catalogs, newsroom layer, sanitizer, platforms, player) import
// it by its bare name. Loaded with a query or hash (a CMS's cache-busting "postquote.min.js?ver=6.4"),
// the first part it loads runs a second copy of the bundle beside it: under Trusted Types Lit's second
// `lit-html` policy is refused and the part fails; without them the part talks to the second copy. The
// cards then keep their fallback, with warnings that do not say why; this one does.
if (/[?#]/.test(import.meta.url)) console.warn('[postquote] entry-url: load without ?query (see README)');
