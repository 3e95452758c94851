// Same Chromium as the tests (tests/chromium.ts), copied so plain Node can import it.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
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
  // Every host name but the local ones fails to resolve: whatever a test renders (a YouTube iframe
  // after a press, an avatar on a platform's CDN) can never reach the internet, whatever the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
