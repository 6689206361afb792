// web-test-runner commands that work the same in Chromium, Firefox (puppeteer over BiDi) and
// WebKit (WebDriver classic), where @web/test-runner-commands' own refuse one of them.

/** WebDriver's key codes for the keys the tests hold down or press. */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Backspace: '\uE003',
  Delete: '\uE017',
};

const webdriverKey = (key) => WEBDRIVER_KEYS[key] ?? key;

/**
 * `engine-viewport` with `{ width, height }`: the page's viewport in CSS px. WebDriver has no
 * viewport command, so the window is resized until the viewport has the size asked for.
 * `engine-chord` with `{ keys: ['Shift', 'Tab'] }`: holds each key down in order, then lets go.
 */
export function engineCommandsPlugin(engine) {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine-viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        if (session.browser.type === 'webdriver') {
          const driver = session.browser.driver;
          const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
          let [w, h] = [width, height + 38];
          for (let i = 0; i < 4; i++) {
            await driver.setWindowSize(w, h);
            const [iw, ih] = await inner();
            if (iw === width && ih === height) return true;
            // A window kept larger than asked has reached its least size (MiniBrowser's toolbar
            // keeps it 447 px wide): asking for less again would only go below zero.
            const rect = await driver.getWindowRect();
            if (rect.width > w || rect.height > h) {
              throw new Error(
                `engine-viewport: asked for ${width}×${height}, but the window stays ` +
                  `${rect.width}×${rect.height} px when asked for ${w}×${h} (its least size), ` +
                  `a viewport of ${iw}×${ih}`,
              );
            }
            w += width - iw;
            h += height - ih;
          }
          const [iw, ih] = await inner();
          throw new Error(
            `engine-viewport: asked for ${width}×${height}, the viewport is ${iw}×${ih}`,
          );
        }
        throw new Error(`engine-viewport: not supported for ${session.browser.type}`);
      }
      if (command === 'engine-chord') {
        const keys = payload.keys;
        if (session.browser.type === 'puppeteer') {
          const keyboard = session.browser.getPage(session.id).keyboard;
          for (const key of keys) await keyboard.down(key);
          for (const key of [...keys].reverse()) await keyboard.up(key);
          return true;
        }
        if (session.browser.type === 'webdriver') {
          const actions = [
            ...keys.map((key) => ({ type: 'keyDown', value: webdriverKey(key) })),
            ...[...keys].reverse().map((key) => ({ type: 'keyUp', value: webdriverKey(key) })),
          ];
          await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
          await session.browser.driver.releaseActions();
          return true;
        }
        throw new Error(`engine-chord: not supported for ${session.browser.type}`);
      }
      if (command === 'engine-name') return engine;
      return undefined;
    },
  };
}
