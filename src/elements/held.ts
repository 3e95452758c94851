// Registrations a script-tag entry holds back while it loads itself again by its plain URL (cdn/entry-url.ts).
export const held: { calls?: (() => void)[] } = {};
