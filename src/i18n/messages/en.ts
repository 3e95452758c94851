// English UI catalog: the reference every other catalog mirrors key for key. It ships in three
// parts: en-base.ts in the bundle, en-newsroom.ts with the newsroom chunk (src/render/newsroom.ts),
// en-video.ts with <video-appeal> (src/elements/video-appeal/video-appeal.ts).
import base from './en-base.js';
import newsroom from './en-newsroom.js';
import video from './en-video.js';

export default { ...base, ...newsroom, ...video };
