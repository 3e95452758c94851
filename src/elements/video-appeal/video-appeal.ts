// Placeholder module so the build graph is stable; the <video-appeal> element lands with its issue.
export {};
