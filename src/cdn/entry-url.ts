// A script-tag bundle's on-demand parts (catalogs, newsroom layer, sanitizer, platforms, player) import
// it by its bare name. Loaded with a query or hash (a CMS's cache-busting "postquote.min.js?ver=6.4"),
// the first part it loads would run a second copy of the bundle beside it, the parts would talk to
// that copy, and the cards that need one would keep their fallback. So this copy holds its elements
// back and loads the bundle again by its plain URL: that copy registers them, and its parts are its
// own. Under Trusted Types the second copy cannot run (Lit's policy exists once), so this one
// registers after all, and its cards that need a part keep their fallback. Either way it says why.
import { held } from '../elements/held.js';

const plain = import.meta.url.replace(/[?#].*/s, '');
if (plain !== import.meta.url) {
  held.calls = [];
  console.warn('[postquote] entry-url: load without ?query (see README)');
  // Its error is in the console already (a failed fetch, or Trusted Types refusing `lit-html`).
  import(plain).catch(() => {
    const calls = held.calls!;
    held.calls = undefined;
    calls.forEach((define) => define());
  });
}
