// Handle helpers shared by the platform modules. X uses them too, so they are in the bundle
// and the on-demand platform chunks import them from it (no extra chunk, no second round trip).

/** "user" from "@user", "user", or "＠user" (the full-width at sign of Japanese input). */
export const bare = (h: string): string => h.replace(/^[@＠]/, '');

/** "@user" from "user" or "@user". */
export const at = (h: string): string => '@' + bare(h);
