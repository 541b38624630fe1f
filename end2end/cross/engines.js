// Two browser engines behind one small interface, so that each cross-engine check
// (cross.test.js) is written once and run in both:
//   - Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver);
//   - WebKitGTK's MiniBrowser, driven by WebKitWebDriver (classic WebDriver) through
//     selenium-webdriver, on a private Xvfb display (MiniBrowser has no headless mode).
// Playwright's own firefox and webkit need its patched builds, which cannot be
// downloaded here; Debian's browsers are what these two routes drive.
//
// Every process started here (Xvfb, WebKitWebDriver and the MiniBrowser it starts,
// Firefox and its content processes) is in a process group of its own, stopped when the
// engine stops and killed when this process exits for any reason, so that a failing
// test leaves nothing behind.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// ---- processes -------------------------------------------------------------------

const groups = new Set();
// Folders made for a run (a browser's home, its downloads): removed when it stops, or at exit.
const folders = new Set();

async function tempFolder(prefix) {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  folders.add(folder);
  return folder;
}

async function removeFolder(folder) {
  folders.delete(folder);
  await rm(folder, { recursive: true, force: true });
}

/** Kills `child`'s process group too if this process exits first. */
function watchGroup(child) {
  groups.add(child);
  child.on('exit', () => groups.delete(child));
}

/** Starts `command` as the leader of a new process group (its children join it). */
function startGroup(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], ...options });
  watchGroup(child);
  // Kept for the error message if it fails to start; not shown otherwise.
  child.stderrText = '';
  child.stderr?.on('data', (chunk) => { child.stderrText = (child.stderrText + chunk).slice(-4000); });
  return child;
}

function signalGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

/** Stops a process group: TERM (Xvfb then removes its lock file), KILL if it lingers. */
async function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
  // What the leader started may outlive it: the rest of the group goes too.
  signalGroup(child, 'SIGKILL');
}

// Whatever way this process ends, no browser, driver or display survives it (nor its folders).
process.on('exit', () => {
  // Xvfb is asked (it then removes its lock and socket); browsers and drivers are killed.
  for (const child of groups) signalGroup(child, child.spawnfile === 'Xvfb' ? 'SIGTERM' : 'SIGKILL');
  // Retried: a browser just killed may still be writing into its folder.
  for (const folder of folders) rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128));

/** A TCP port nobody listens on now. */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Xvfb on a display it chooses itself (-displayfd: the first free one). */
async function startXvfb() {
  const xvfb = startGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let timer;
  const display = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${xvfb.stderrText}`)));
    timer = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
  }).finally(() => clearTimeout(timer));
  return { xvfb, display };
}

/** Waits until `child` (a driver) answers at `url`. */
async function waitForHttp(url, child, seconds = 10) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the driver exited: ${child.stderrText}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer in ${seconds} s`);
}

// ---- the interface ----------------------------------------------------------------

/**
 * What every engine's tab offers. Coordinates are CSS pixels in the viewport; keys are
 * named as in KeyboardEvent.key ('ArrowRight', 'PageUp', 'Tab', 'Escape').
 *   goto(url)                   load a page and wait for its load event
 *   eval(fn, ...args)           run fn(...args) in the page (a promise is awaited)
 *   waitFor(fn, arg, message)   poll fn(arg) in the page until it is truthy
 *   click(selector)             a trusted click in the middle of the element
 *   press(key)                  a trusted key press to the focused element
 *   select(selector, value)     choose an <option> of a <select>
 *   drag(from, to)              mouse down at `from`, move in steps, up at `to`
 *   wheel(at, deltaY)           a wheel turn over a point (negative: up, zoom in)
 *   setViewport(width, height)  the page's viewport size
 *   screenshot(path)            the viewport as PNG
 *   errors()                    page errors, console errors and CSP violations so far
 *   downloads, savedFiles()     the folder the browser saves downloads into, and its files
 *   close()
 */
class Tab {
  async waitFor(fn, arg, message = String(fn), timeout = 10_000) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.eval(fn, arg);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${message}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  /** What the error collector (server.js, errorCollector) recorded in the page and its frames. */
  collected() {
    return this.eval(() => {
      const all = [];
      const visit = (w) => {
        try {
          if (Array.isArray(w.__errors)) all.push(...w.__errors.map((e) => `${w.location.pathname}: ${e}`));
          for (let i = 0; i < w.frames.length; i += 1) visit(w.frames[i]);
        } catch { /* another origin */ }
      };
      visit(window);
      return all;
    });
  }
}

// ---- Firefox: puppeteer-core over WebDriver BiDi ---------------------------------

class FirefoxTab extends Tab {
  constructor(context, page, downloads) {
    super();
    Object.assign(this, { context, page, downloads, log: [] });
    page.on('console', (m) => { if (m.type() === 'error') this.log.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => this.log.push(`page error: ${e}`));
  }

  goto(url) { return this.page.goto(url, { waitUntil: 'load' }); }
  eval(fn, ...args) { return this.page.evaluate(fn, ...args); }
  click(selector) { return this.page.click(selector); }
  press(key) { return this.page.keyboard.press(key); }
  async select(selector, value) { await this.page.select(selector, value); }

  async drag(from, to, steps = 8) {
    const { mouse } = this.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    for (let i = 1; i <= steps; i += 1) {
      await mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
    await mouse.up();
  }

  async wheel(at, deltaY) {
    await this.page.mouse.move(at.x, at.y);
    await this.page.mouse.wheel({ deltaY });
  }

  setViewport(width, height) { return this.page.setViewport({ width, height }); }
  screenshot(path) { return this.page.screenshot({ path }); }
  async errors() { return [...this.log, ...(await this.collected())]; }
  async savedFiles() { return readdir(this.downloads); }
  close() { return this.context.close(); }
}

export function firefox() {
  let browser;
  const downloadFolders = [];
  return {
    name: 'firefox',
    async start() {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        // The page's language comes from the browser's unless the address says: English.
        extraPrefsFirefox: { 'intl.accept_languages': 'en-US, en' },
      });
      // puppeteer starts Firefox in a process group of its own and kills it at exit; so do we.
      if (browser.process()) watchGroup(browser.process());
      return (await browser.version()).replace('firefox/', 'Firefox ');
    },
    async open({ width = 1280, height = 900 } = {}) {
      // Downloads go to a folder of this tab's own (WebDriver BiDi's browser.setDownloadBehavior).
      const downloads = await tempFolder('cross-firefox-downloads-');
      downloadFolders.push(downloads);
      const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return new FirefoxTab(context, page, downloads);
    },
    async stop() {
      await browser?.close().catch(() => browser.process()?.kill('SIGKILL'));
      for (const folder of downloadFolders) await removeFolder(folder);
    },
  };
}

// ---- WebKit: WebKitWebDriver + MiniBrowser, selenium-webdriver ----------------------

const KEYS = {
  ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
  PageUp: Key.PAGE_UP, PageDown: Key.PAGE_DOWN, Home: Key.HOME, End: Key.END,
  Tab: Key.TAB, Escape: Key.ESCAPE, Enter: Key.ENTER,
};

class WebKitTab extends Tab {
  constructor(driver, downloads) {
    super();
    Object.assign(this, { driver, downloads });
    // Set when the viewport asked for is narrower than MiniBrowser's window can be (its
    // toolbar keeps the page at least 447 px wide): the page is then loaded in an iframe of
    // exactly that size at the top left of a blank page, and every command goes into it.
    this.frame = null;
  }

  async goto(url) {
    if (!this.frame) return this.driver.get(url);
    await this.driver.switchTo().defaultContent();
    // The blank page around the frame is of the page's own origin (any document will do: a
    // 404 of the server): WebKitWebDriver cannot run scripts in a frame of another origin.
    await this.driver.get(new URL('/__frame-host', url).href);
    // Switched into only once the page has loaded: a frame switched into while it still
    // holds its first, blank document stays there for WebKitWebDriver.
    await this.driver.executeScript((src, [width, height]) => new Promise((loaded) => {
      document.body.style.margin = '0';
      const frame = document.createElement('iframe');
      frame.style.cssText = `position:fixed;left:0;top:0;border:0;width:${width}px;height:${height}px`;
      // In WebKit a src set before the frame is in the document is not loaded.
      document.body.append(frame);
      frame.onload = loaded;
      frame.src = src;
    }), url, this.frame);
    await this.driver.switchTo().frame(this.driver.findElement(By.css('iframe')));
  }

  // selenium sends a function as `return (fn).apply(null, arguments)`; WebDriver awaits a promise.
  eval(fn, ...args) { return this.driver.executeScript(fn, ...args); }
  async click(selector) { await this.driver.findElement(By.css(selector)).click(); }
  press(key) { return this.driver.actions().sendKeys(KEYS[key] ?? key).perform(); }
  // WebDriver's Element Click on an <option> selects it, as a person choosing it would.
  async select(selector, value) { await this.driver.findElement(By.css(`${selector} option[value="${value}"]`)).click(); }

  // In a frame, its top left is the window's: the same coordinates either way.
  async drag(from, to, steps = 8) {
    const at = (p) => ({ x: Math.round(p.x), y: Math.round(p.y), duration: 20 });
    let actions = this.driver.actions().move(at(from)).press();
    for (let i = 1; i <= steps; i += 1) {
      actions = actions.move(at({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }));
    }
    await actions.release().perform();
  }

  wheel(at, deltaY) {
    return this.driver.actions().scroll(Math.round(at.x), Math.round(at.y), 0, deltaY).perform();
  }

  /** Sizes the window so that the viewport (not the window) is width × height, or frames the page. */
  async setViewport(width, height) {
    await this.driver.switchTo().defaultContent();
    const exact = await this.sizeWindow(width, height);
    this.frame = exact ? null : [width, height];
    if (!exact && !(await this.sizeWindow(Math.max(width, 1280), Math.max(height, 900)))) {
      throw new Error(`WebKit's window cannot hold a ${width} × ${height} frame`);
    }
  }

  /** Resizes the window for a viewport of width × height; true if it got it. */
  async sizeWindow(width, height) {
    const window = this.driver.manage().window();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const inner = await this.eval(() => [innerWidth, innerHeight]);
      if (inner[0] === width && inner[1] === height) return true;
      const outer = await window.getRect();
      await window.setRect({ width: outer.width + width - inner[0], height: outer.height + height - inner[1] });
    }
    const inner = await this.eval(() => [innerWidth, innerHeight]);
    return inner[0] === width && inner[1] === height;
  }

  async screenshot(path) {
    if (!this.frame) return writeFile(path, await this.driver.takeScreenshot(), 'base64');
    // The window's screenshot cut to the frame at its top left (WebKitWebDriver's screenshot
    // of the iframe element comes out shifted), cut in the blank page around it.
    await this.driver.switchTo().defaultContent();
    const image = await this.driver.executeScript(async (whole, [width, height]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${whole}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width * devicePixelRatio;
      canvas.height = height * devicePixelRatio;
      canvas.getContext('2d').drawImage(img, 0, 0);
      return canvas.toDataURL('image/png').split(',')[1];
    }, await this.driver.takeScreenshot(), this.frame);
    await this.driver.switchTo().frame(this.driver.findElement(By.css('iframe')));
    return writeFile(path, image, 'base64');
  }

  errors() { return this.collected(); }
  async savedFiles() { return (await readdir(this.downloads)).filter((name) => !name.startsWith('.')); }
  // The session lives as long as the engine: a tab "closes" by leaving its page.
  async close() {
    await this.driver.switchTo().defaultContent();
    await this.driver.get('about:blank');
  }
}

export function webkit() {
  let xvfb;
  let server;
  let driver;
  let home;
  return {
    name: 'webkit',
    async start() {
      const started = await startXvfb();
      xvfb = started.xvfb;
      const port = await freePort();
      // A home of its own: MiniBrowser keeps its caches there and saves downloads into it
      // (classic WebDriver has no download command; the tests look for the files there).
      home = await tempFolder('cross-webkit-home-');
      server = startGroup('WebKitWebDriver', [`--port=${port}`], {
        env: { ...process.env, HOME: home, DISPLAY: started.display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
      });
      await waitForHttp(`http://127.0.0.1:${port}/status`, server);
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
      const version = (await driver.getCapabilities()).get('browserVersion');
      return `WebKitGTK ${version} (MiniBrowser)`;
    },
    async open({ width = 1280, height = 900 } = {}) {
      const tab = new WebKitTab(driver, home);
      await driver.switchTo().defaultContent();
      await driver.get('about:blank');
      await tab.setViewport(width, height);
      return tab;
    },
    async stop() {
      await driver?.quit().catch(() => {});
      await stopGroup(server);
      await stopGroup(xvfb);
      if (home) await removeFolder(home);
    },
  };
}

export const ENGINES = [firefox, webkit];
