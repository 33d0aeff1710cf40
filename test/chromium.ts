/**
 * The browser every test and the benchmark run: Debian's Chromium (apt-get install chromium;
 * Playwright downloads none here), headless, with the same flags everywhere.
 *
 * `--disable-features=WebUIOmnibox…`: Chromium 156 builds its omnibox popup (a WebUI page in a
 * renderer of its own) in every new browser context, invisible in headless mode; on this
 * two-core machine that renderer took 2.5 s of CPU during a measured page load. A person's
 * browser has it ready long before they open the dashboard, so it is harness noise, not what
 * the user waits for.
 */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
