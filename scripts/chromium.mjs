// How the tests, the benchmark and the screenshots launch Debian's Chromium: never a downloaded
// browser, never the network. One list, for plain Node and (through chromium.d.mts) TypeScript.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The features Playwright turns off itself (playwright-core's chromiumSwitches.ts). Chromium keeps
 * only the last --disable-features it is given, so ours must repeat them; tests/e2e/test-browser.test.ts
 * fails when Playwright's list grows.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 in headless mode builds the address bar's WebUI popup for every window, so for every
 * page Playwright opens: a renderer of its own that took 60-70% of a core while each e2e test ran
 * (themes.test.ts: 43 s with it, 32 s without). No page under test has an address bar.
 */
export const omniboxFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  `--disable-features=${[...playwrightDisabledFeatures, ...omniboxFeatures].join(',')}`,
  // Every host name but the local ones fails to resolve: whatever a test renders (a YouTube iframe
  // after a press, an avatar on a platform's CDN) can never reach the internet, whatever the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
