// Shared test harness: serves the built dist/ with the production nginx config, launches Debian's
// Chromium through playwright-core, and offers axe-core, screenshots and small helpers.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(new URL('.', import.meta.url).pathname, '../..');
export const OUT = path.join(ROOT, 'test-output');
mkdirSync(OUT, { recursive: true });

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
};

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Starts nginx on a free port serving dist/; returns { url, stop }. */
export async function serve(dist = path.join(ROOT, 'dist')) {
  const port = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
  const proc = spawn(path.join(ROOT, 'scripts/serve'), [String(port), dist], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let exited = false;
  proc.stderr.on('data', (d) => (err += d));
  proc.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      const r = await fetch(url + '/');
      if (r.ok) return { url, port, stop: () => proc.kill('SIGTERM') };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error('nginx did not start: ' + err);
}

/** Launches headless Chromium with the flags that work on these machines. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

/** A new context + page; records console errors and every request URL. */
export async function open(browser, base, { viewport = VIEWPORTS.landscape, sw = 'block', bypassCSP = true, ...rest } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: sw, bypassCSP, locale: 'zh-CN', ...rest });
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.requests.push(r.url()));
  page.base = base;
  return { context, page };
}

/** Shortens the idle timeout to `seconds` by rewriting the site config as the page fetches it. */
export async function shortIdle(page, seconds) {
  await page.route('**/data/site.json', async (route) => {
    const res = await route.fetch();
    const site = await res.json();
    site.centre.idle_seconds = seconds;
    await route.fulfill({ response: res, json: site });
  });
}

/** Goes to an app path and waits until the app (not the pre-rendered copy) shows it. */
export async function go(page, p) {
  await page.goto(page.base + p);
  await booted(page);
}

/** Waits until the app has taken over: the pre-rendered copy is gone (it stays until the app has
 *  drawn the same screen) and nothing is loading. Before the wasm runs, the copy is all there is. */
export async function booted(page) {
  await page.waitForSelector('main#main');
  await page.waitForFunction(() => !document.getElementById('prerender')
    && !document.body.classList.contains('booting') && !document.querySelector('main#main .loading'));
}

/** Runs axe-core on the page; returns the violations (WCAG 2.x A/AA and best practice). */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

/** Saves a full-page screenshot under test-output/. */
export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
}

/** The text of the main region. */
export async function mainText(page) {
  return page.locator('main#main').innerText();
}
