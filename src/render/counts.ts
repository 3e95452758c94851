// Share counts: a compact figure to see, the exact figure with its plural label to hear.
import { html, nothing } from 'lit/html.js';
import type { Metrics } from '../model/post.js';
import { compactNumber, exactNumber } from '../i18n/format.js';
import { msg, msgParts, plural } from '../i18n/catalog.js';
import { icons } from './icon.js';
import { renderTime } from './time.js';
import type { RenderContext } from './context.js';

const kinds = ['replies', 'shares', 'quotes', 'likes', 'views'] as const;

export function renderCounts(metrics: Metrics | undefined, ctx: RenderContext) {
  const present = kinds.filter((k) => metrics?.[k] !== undefined);
  if (!metrics || ctx.noCounts || !present.length) return nothing;
  return html`<div part="counts" class="counts">
    <ul aria-label=${msg(ctx.lang, 'counts')}>
      ${present.map((k) => {
        const n = metrics[k]!;
        // The icon inline, as icon() draws it: one template less per count.
        return html`<li>
          <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d=${icons[k]}></path></svg><span aria-hidden="true">${compactNumber(ctx.lang, n)}</span
          ><span class="sr">${plural(ctx.lang, k, n, exactNumber(ctx.lang, n))}</span>
        </li>`;
      })}
    </ul>
    ${metrics.countedAt ? html`<span class="as-of">${msgParts(ctx.lang, 'asOf', { date: renderTime(metrics.countedAt, ctx, 'short') })}</span>` : nothing}
  </div>`;
}
