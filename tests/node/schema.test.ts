// The shipped JSON Schema and parse() describe the same fields.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { postFields } from '../../src/model/index.js';

const schema = JSON.parse(readFileSync(new URL('../../post.schema.json', import.meta.url), 'utf8'));

test('schema top-level properties are exactly the fields parse() reads', () => {
  expect(Object.keys(schema.properties).sort()).toEqual([...postFields].sort());
});

test('package.json ships the schema and exports it', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(pkg.files).toContain('post.schema.json');
  expect(pkg.exports['./post.schema.json']).toBe('./post.schema.json');
});
