// Every browser test file: no test may follow a link. A followed target=_blank link opens a tab, and
// the test page behind it gets one animation frame per second for the rest of the run: every later
// file slows down (the whole project once took 25 minutes) and some time out, far from the cause.
// A press on a link that its test did not prevent is stopped here and fails that test.
import { afterEach, expect } from 'vitest';

const followed: string[] = [];

addEventListener('click', (e) => {
  const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && !!n.href);
  if (link && !e.defaultPrevented) {
    e.preventDefault();
    followed.push(link.href);
  }
});

afterEach(() => {
  const links = followed.splice(0);
  expect(links, 'links this test followed: prevent the click, or inspect the link without pressing it').toEqual([]);
});
