// The three browser engines the suite runs in (DESIGN §4): where each is found, how Debian
// installs it, and the WebKit driver that runs under a virtual X display.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './chromium.js';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const firstExisting = (paths) => paths.find((path) => existsSync(path)) ?? null;

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return firstExisting([
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
  ]);
}

export function findWebKit() {
  const driver = firstExisting(['/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver']);
  const browser = process.env.MINIBROWSER_PATH ?? firstExisting(MINIBROWSER_PATHS);
  const xvfb = firstExisting(['/usr/bin/Xvfb']);
  return driver && browser && xvfb ? { driver, browser, xvfb } : null;
}

/** Each engine: how to find it, and the Debian packages that bring it. */
export const ENGINES = {
  chromium: {
    find: findChromium,
    packages: ['chromium'],
    what: 'Chromium or Google Chrome (or set CHROME_PATH)',
  },
  firefox: {
    find: findFirefox,
    packages: ['firefox-esr'],
    what: 'Firefox (firefox-esr), or set FIREFOX_PATH',
  },
  webkit: {
    find: findWebKit,
    packages: ['webkit2gtk-driver', 'xvfb'],
    what: "WebKitGTK's WebKitWebDriver and MiniBrowser (Debian: webkit2gtk-driver) and Xvfb",
  },
};

/**
 * Makes sure the engines are there: on Debian as root, missing ones are installed with apt-get
 * (and it says so); anywhere else it stops with one line saying what to install.
 */
export function ensureEngines(names = Object.keys(ENGINES)) {
  const missing = names.filter((name) => !ENGINES[name].find());
  if (missing.length === 0) return;
  const packages = missing.flatMap((name) => ENGINES[name].packages);
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log(
      `Browser engines missing (${missing.join(', ')}): installing Debian's ${packages.join(', ')} with apt-get…`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    const still = missing.filter((name) => !ENGINES[name].find());
    if (still.length === 0) return;
    missing.splice(0, missing.length, ...still);
  }
  console.error(
    `Browser tests need ${missing.map((name) => ENGINES[name].what).join('; and ')}: install them and run again.`,
  );
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port (MiniBrowser has no headless
 * mode). Returns the port, the MiniBrowser path and a stop function.
 */
export async function startWebKitDriver() {
  const found = findWebKit();
  if (!found) throw new Error(`WebKit tests need ${ENGINES.webkit.what}`);
  const display = `:${90 + Math.floor(Math.random() * 400)}`;
  const xvfb = spawn(found.xvfb, [display, '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.once('exit', stop);
  await waitForPort(port, 15_000);
  return { port, browser: found.browser, display, stop };
}
