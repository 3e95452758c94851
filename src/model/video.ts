// The `video` field of a post (what <video-appeal> plays), added to parse() on import: by the
// video element and by the model entry (model/index.ts), never by the quote elements' bundle.
// Pure like parse.ts: no DOM, runs in Node.
import type { Track } from './post.js';
import { addField, bool, lang, list, LIMITS, obj, oneOf, report, size, str, url, type Check } from './parse.js';

/** h:m:s parts (the missing or empty ones 0) as seconds; also for a video URL's `t=1h2m3s` (see providers.ts). */
export const hms = (parts: (string | undefined)[]) => parts.reduce((t: number, p) => t * 60 + Number(p ?? 0), 0);

/** Seconds as a number, "39", "PT39S", "PT1M5S" or "1:05". */
const seconds: Check<number> = (v, field, problems) => {
  let n = v;
  if (typeof v === 'string') {
    const s = v.trim();
    const iso = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(s);
    n = iso && s.length > 2 ? hms(iso.slice(1)) : /^((\d+:)?\d{1,2}:\d{2}|\d+(\.\d+)?)$/.test(s) ? hms(s.split(':')) : NaN;
  }
  // Under 10 million seconds (16 weeks), written as a number or as a string.
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 1e7
    ? n
    : report(problems, 'invalid-number', field, `${field}: not a duration in seconds`);
};

/**
 * The field of each track parse() kept (`video.tracks[i]`), `i` counting the tracks as the page gave
 * them: one left out before it (a refused src) counts, so that a report names the track the page wrote.
 */
export const trackField = new WeakMap<Track, string>();

/** One subtitle, caption or chapter track of a video. */
const track = obj(() => ({
  src: url('media'),
  kind: oneOf(['subtitles', 'captions', 'descriptions', 'chapters', 'metadata'] as const),
  srclang: lang,
  label: str(LIMITS.name),
  default: bool,
}));

addField(
  'video',
  obj(() => ({
    src: url('media'),
    type: str(100),
    provider: oneOf(['youtube', 'vimeo'] as const),
    id: str(100),
    start: seconds,
    duration: seconds,
    poster: url('image'),
    width: size,
    height: size,
    // A track without a usable src is left out, as media without a url: marked default, it kept the
    // player from choosing the reader's language among the tracks that play.
    // Each kept track's field, with its index as given (see tracks), for the player's report of its file.
    tracks: list((v, f, p, d) => {
      const t = track(v, f, p, d) as Track | undefined;
      return t?.src ? (trackField.set(t, f), t) : undefined;
    }, LIMITS.tracks),
  })),
);
