import { expect, test } from 'vitest';
test('node runs', () => expect(1 + 1).toBe(2));
