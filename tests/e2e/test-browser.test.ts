// The browser every test, the benchmark and the screenshots launch (scripts/chromium.mjs): Playwright's
// own disabled features kept, and no address-bar popup built behind each page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath, omniboxFeatures, playwrightDisabledFeatures } from '../../scripts/chromium.mjs';

const browsers: Browser[] = [];
afterAll(() => Promise.all(browsers.map((b) => b.close())));

/** The disabled features in playwright-core's own source, as installed. */
function playwrightsList(): string[] {
  const core = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(core, 'lib/coreBundle.js'), 'utf8');
  const block = /\bdisabledFeatures = \[([\s\S]*?)\]/.exec(bundle);
  if (!block) throw new Error('playwright-core changed: its disabledFeatures list was not found in lib/coreBundle.js');
  return [...block[1].replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/** What a browser launched with `args` runs behind one open page: its browser-UI targets and its last --disable-features. */
async function behindAPage(args: string[]): Promise<{ ui: string[]; disabled: string[] }> {
  // --enable-automation only lets Browser.getBrowserCommandLine answer.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...args, '--enable-automation'] });
  browsers.push(browser);
  const page = await browser.newPage();
  await page.setContent('<p>A page.</p>');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  const { arguments: line } = (await cdp.send('Browser.getBrowserCommandLine')) as { arguments: string[] };
  const last = line.filter((a) => a.startsWith('--disable-features=')).pop() ?? '';
  return {
    ui: targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url),
    disabled: last.slice(last.indexOf('=') + 1).split(','),
  };
}

test("our --disable-features repeats every feature Playwright's own list turns off", () => {
  const theirs = playwrightsList();
  expect(theirs.length).toBeGreaterThan(10);
  expect(theirs.filter((f) => !playwrightDisabledFeatures.includes(f))).toEqual([]);
});

test('Chromium without our list builds the address-bar popup behind a page (what the next test rules out)', async () => {
  const { ui } = await behindAPage(chromiumArgs.filter((a) => !a.startsWith('--disable-features=')));
  expect(ui.join(' ')).toMatch(/omnibox-popup/);
});

test("with our arguments: no browser UI behind a page, and Chromium's last --disable-features holds Playwright's and ours", async () => {
  const { ui, disabled } = await behindAPage(chromiumArgs);
  expect(ui).toEqual([]);
  expect([...playwrightDisabledFeatures, ...omniboxFeatures].filter((f) => !disabled.includes(f))).toEqual([]);
});
