// The platforms that are only data (label, icon, link prefixes), in one on-demand chunk: each is a
// few hundred bytes, so one request for all of them beats one each.
import type { Platform } from './platform.js';
import { threads } from './threads.js';
import { instagram } from './instagram.js';
import { facebook } from './facebook.js';
import { telegram } from './telegram.js';
import { tiktok } from './tiktok.js';
import { youtube } from './youtube.js';
import { linkedin } from './linkedin.js';
import { vimeo } from './vimeo.js';

export const others: Platform[] = [threads, instagram, facebook, telegram, tiktok, youtube, linkedin, vimeo];
