// English UI catalog: the reference every other catalog mirrors key for key. It ships in two
// parts: en-base.ts in the bundle, en-newsroom.ts with the newsroom chunk (src/render/newsroom.ts).
import base from './en-base.js';
import newsroom from './en-newsroom.js';

export default { ...base, ...newsroom };
