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
