import { expect, test } from 'vitest';
test('chromium runs', () => {
  const d = new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2016-12-13T10:00:00Z'));
  expect(d).toBe('13. Dezember 2016');
  expect(navigator.userAgent).toContain('Chrome');
});
