// web-test-runner commands the accessibility tests need beyond @web/test-runner-commands' own.

/**
 * `emulate-media-features` with `{ colorScheme, reducedMotion, forcedColors }`, set together in one call,
 * and `type: 'print'` to lay the page out as for paper (Chromium only).
 * @web/test-runner-commands' emulateMedia passes forcedColors only to Playwright: through the
 * Chrome launcher (puppeteer) it is dropped, and puppeteer's emulateMediaFeatures refuses it. And
 * each Emulation.setEmulatedMedia replaces every emulated feature, so one call must carry them all.
 */
export function mediaFeaturesPlugin() {
  const features = {
    colorScheme: ['prefers-color-scheme', ['light', 'dark']],
    reducedMotion: ['prefers-reduced-motion', ['no-preference', 'reduce']],
    forcedColors: ['forced-colors', ['none', 'active']],
  };
  return {
    name: 'emulate-media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const { type = '', ...rest } = payload ?? {};
      if (!['', 'print', 'screen'].includes(type)) {
        throw new Error(`emulate-media-features: type: '${type}' is not print or screen`);
      }
      const list = Object.entries(rest).map(([key, value]) => {
        const [name, values] = features[key] ?? [];
        if (!name || !values.includes(value)) {
          throw new Error(`emulate-media-features: ${key}: '${value}' is not one of ${values}`);
        }
        return { name, value };
      });
      const page = puppeteerPage(command, session);
      // The page's own DevTools session, so the override lives and dies with the page.
      await page._client().send('Emulation.setEmulatedMedia', { media: type, features: list });
      return true;
    },
  };
}

/**
 * `a11y-tree` with `{ selector }`: Chromium's whole accessibility tree under the element, with the
 * structural nodes (lists, list items, tables, rows) that a11ySnapshot leaves out as uninteresting.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = puppeteerPage(command, session);
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`a11y-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}

function puppeteerPage(command, session) {
  if (session.browser.type !== 'puppeteer') {
    throw new Error(`${command}: not supported for ${session.browser.type}`);
  }
  return session.browser.getPage(session.id);
}

/**
 * `keep-no-response-bodies`: DevTools (which drives Chromium here) stops keeping a copy of each
 * response body. It decodes a fetched body as text on the page's thread when it ends, a long task
 * that no page outside DevTools has, and the loading test measures the page's own.
 */
export function responseBodiesPlugin() {
  return {
    name: 'keep-no-response-bodies-command',
    async executeCommand({ command, session }) {
      if (command !== 'keep-no-response-bodies') return undefined;
      const page = puppeteerPage(command, session);
      await page
        ._client()
        .send('Network.enable', { maxTotalBufferSize: 0, maxResourceBufferSize: 0 });
      return true;
    },
  };
}
