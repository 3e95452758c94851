// The `video` field is added to parse() by model/video.ts: the quote elements' bundle (parse.ts
// alone) ignores it as an unknown field; the model entry validates it.
import { expect, test } from 'vitest';
import { parse, postFields } from '../../src/model/parse.js';

test('parse.ts alone ignores `video`; the model entry reads and validates it', async () => {
  const input = { text: 'Hi', video: { start: '0:12', src: 'javascript:alert(1)' } };
  expect(postFields).not.toContain('video');
  expect(parse(input)).toEqual({ post: expect.objectContaining({ text: 'Hi' }), problems: [] });
  expect(parse(input).post.video).toBeUndefined();

  const model = await import('../../src/model/index.js');
  expect(model.postFields).toContain('video');
  const { post, problems } = model.parse(input);
  expect(post.video).toEqual({ start: 12 });
  expect(problems.map((p) => p.field)).toEqual(['video.src']);
});

test('a start or duration is under 10 million seconds, written as a number or as a string', async () => {
  const model = await import('../../src/model/index.js');
  const read = (value: unknown) => model.parse({ video: { start: value } });
  expect(['PT1H2M5S', '1:02:05', '3725', 3725].map((v) => read(v).post.video?.start)).toEqual([3725, 3725, 3725, 3725]);
  for (const v of [1e8, '99999999999999999999', 'PT99999999H', '9999999:00:00']) {
    expect(read(v).post.video, String(v)).toBeUndefined();
    expect(
      read(v).problems.map((p) => p.code),
      String(v),
    ).toEqual(['invalid-number']);
  }
});

test("a track whose src is refused or missing is left out (marked default, it kept the player from choosing the reader's)", async () => {
  const model = await import('../../src/model/index.js');
  const tracks = [{ src: 'javascript:alert(1)', default: true, srclang: 'en' }, { label: 'x' }, { src: '/en.vtt', srclang: 'en' }];
  const { post, problems } = model.parse({ video: { src: '/v.mp4', tracks } });
  expect(post.video?.tracks).toEqual([{ src: '/en.vtt', srclang: 'en' }]);
  expect(problems.map((p) => p.field)).toEqual(['video.tracks[0].src']);
});
