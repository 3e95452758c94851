// The `video` field of a post (what <video-appeal> plays), added to parse() on import: by the
// video element and by the model entry (model/index.ts), never by the quote elements' bundle.
// Pure like parse.ts: no DOM, runs in Node.
import { addField, bool, lang, list, LIMITS, obj, oneOf, report, size, str, url, type Check } from './parse.js';

/** Seconds as a number, "39", "PT39S", "PT1M5S" or "1:05". */
const seconds: Check<number> = (v, field, problems) => {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e7) return v;
  if (typeof v === 'string') {
    const s = v.trim();
    const iso = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(s);
    if (iso && s.length > 2) return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
    if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
    if (/^(\d+:)?\d{1,2}:\d{2}$/.test(s)) return s.split(':').reduce((t, p) => t * 60 + Number(p), 0);
  }
  return report(problems, 'invalid-number', field, `${field}: not a duration in seconds`);
};

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
    tracks: list(
      obj(() => ({
        src: url('media'),
        kind: oneOf(['subtitles', 'captions', 'descriptions', 'chapters', 'metadata'] as const),
        srclang: lang,
        label: str(LIMITS.name),
        default: bool,
      })) as Check<unknown>,
      LIMITS.tracks,
    ),
  })),
);
