// Production grade: offline after one visit (service worker), same-origin requests only, the CSP
// the app runs under, no injection through any outside input, security headers from nginx, and a
// soak of route changes, intake sessions and quiz answers with a memory check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync, readFileSync as read, writeFileSync as write } from 'node:fs';
import { serve, launch, open, go, shortIdle, ROOT, VIEWPORTS } from './harness.mjs';

let server, browser, library, intake;
before(async () => {
  server = await serve();
  browser = await launch();
  library = await (await fetch(server.url + '/data/library.json')).json();
  intake = await (await fetch(server.url + '/data/intake.json')).json();
});
after(async () => { await browser?.close(); server?.stop(); });

/** Every route of the app, with a selector that proves it rendered. */
function routes() {
  const list = [['/', 'h1.centre-name'], ['/library', '.tile-count'], ['/search?q=彩礼', '.hit'], ['/centre', '.room-card'],
    ['/quiz', '.tile'], ['/quiz/practice/marriage', '.quiz-text'], ['/quiz/exam', '.exam-setup'], ['/quiz/exam?n=3&s=1234', '.quiz-text'],
    ['/quiz/class', '.class-setup'], ['/quiz/cards', '.answer-card'], ['/quiz/review', 'main h1'], ['/intake', '.intake.start'],
    ['/no/such/page', '.not-found']];
  for (const c of library.categories) list.push([`/library/${c.id}`, '.tile']);
  for (const a of library.articles) list.push([`/library/a/${a.id}`, '.prose h2']);
  return list;
}

/** Result links for every result of the questionnaire (one route each). */
function resultLinks() {
  const links = new Map();
  const walk = (node, choices) => {
    if (node.kind === 'result') { if (!links.has(node.id)) links.set(node.id, `/intake/result?v=${intake.version}&a=${choices.map((c) => c.toString(36)).join('')}`); return; }
    if (node.kind === 'urgent') { const u = intake.urgent.find((x) => x.id === node.id); return walk(u.next, [...choices, 0]); }
    const q = intake.questions.find((x) => x.id === node.id);
    q.answers.forEach((a, i) => walk(a.go, [...choices, i]));
  };
  walk({ kind: 'question', id: intake.start }, []);
  return links;
}

test('after one visit every route works offline: pages, articles, search, quizzes, class, intake results, 404', async () => {
  const { context, page } = await open(browser, server.url, { sw: 'allow', viewport: VIEWPORTS.phone });
  await go(page, '/');
  await page.waitForSelector('.offline-ok', { timeout: 60000 });
  await context.setOffline(true);
  const failed = [];
  for (const [path, sel] of routes()) {
    try {
      await page.goto(server.url + path);
      await page.waitForSelector(sel, { timeout: 10000 });
    } catch (e) { failed.push(`${path}: ${e.message.split('\n')[0]}`); }
  }
  for (const [id, link] of resultLinks()) {
    try {
      await page.goto(server.url + link);
      await page.waitForSelector(`.outcome[data-result="${id}"]`, { timeout: 10000 });
    } catch (e) { failed.push(`${link}: ${e.message.split('\n')[0]}`); }
  }
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.frame').isVisible(), false, 'print view offline');
  assert.deepEqual(failed, []);
  await context.close();
});

test('every request on every route goes to the app’s own origin', async () => {
  const { context, page } = await open(browser, server.url, { sw: 'allow' });
  for (const [path, sel] of routes().slice(0, 20)) {
    await page.goto(server.url + path);
    await page.waitForSelector(sel);
  }
  const outside = page.requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(outside, []);
  await context.close();
});

test('the app runs under its strict CSP (meta tag and nginx header agree) with no violations', async () => {
  const res = await fetch(server.url + '/library/a/cooling-off');
  const header = res.headers.get('content-security-policy');
  assert.match(header, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(header, /unsafe-inline/);
  const html = await res.text();
  assert.ok(html.includes(`content="${header.replace("; frame-ancestors 'none'", '')}"`), 'meta CSP equals the header (frame-ancestors only in the header)');
  for (const h of ['x-content-type-options', 'referrer-policy', 'x-frame-options']) assert.ok(res.headers.get(h), h);
  const { context, page } = await open(browser, server.url, { bypassCSP: false });
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  for (const p of ['/', '/library/a/cooling-off']) await go(page, p);
  await go(page, '/intake');
  await page.locator('main button.answer').first().waitFor();
  await go(page, '/quiz/class');
  await page.getByRole('button', { name: '开始上课' }).click();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'A 加一' }).click();
  const bar = await page.locator('.bar').first().evaluate((b) => b.getBoundingClientRect().width);
  assert.ok(bar > 20, `the tally bar is drawn under the CSP (${bar}px)`);
  assert.deepEqual(violations, []);
  await context.close();
});

const PAYLOADS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', 'javascript:window.__pwned=1', '"><svg onload=window.__pwned=1>'];

test('outside input is never turned into HTML: intake text, search, quiz links, result codes, result links', async () => {
  const { context, page } = await open(browser, server.url);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const clean = async (what) => {
    assert.equal(await page.evaluate(() => window.__pwned), undefined, what);
    assert.equal(await page.locator('main img, main script, main svg[onload], main iframe').count(), 0, what);
  };
  for (const p of PAYLOADS) {
    await go(page, '/intake?q=' + encodeURIComponent(p));
    await page.locator('[data-urgent], .intake.start').first().waitFor();
    await clean(`intake ${p}`);
    await go(page, '/search?q=' + encodeURIComponent(p));
    await clean(`search ${p}`);
    await page.goto(server.url + '/quiz/exam?n=2&s=' + encodeURIComponent(p) + '&t=' + encodeURIComponent(p));
    await page.waitForSelector('main h1');
    await clean(`exam link ${p}`);
    await page.goto(server.url + '/intake/result?v=' + encodeURIComponent(p) + '&a=' + encodeURIComponent(p));
    await page.waitForSelector('.link-error');
    await clean(`result link ${p}`);
  }
  await go(page, '/quiz/class');
  await page.getByRole('button', { name: '开始上课' }).click();
  await page.locator('.class-extras summary').click();
  await page.locator('#codes-box').fill(PAYLOADS.join('\n'));
  await page.locator('#team-names').fill(PAYLOADS.slice(0, 2).join('\n'));
  await page.getByRole('button', { name: '开始计分' }).click();
  await clean('codes and team names');
  assert.equal(dialogs, 0);
  await context.close();
});

test('soak: route changes, intake sessions with idle resets and quiz answers; memory stays flat, idle still works', async () => {
  const full = process.env.KIOSK_SOAK === 'full';
  const steps = full ? 5000 : 1000;
  const sessions = full ? 300 : 60;
  const answers = full ? 300 : 60;
  const { context, page } = await open(browser, server.url);
  await shortIdle(page, 4);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__memory = e.detail.wasm.memory; }));
  await go(page, '/');
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__memory.buffer.byteLength);
    return { js: usedSize, wasm };
  };
  const paths = routes().filter(([p]) => !p.includes('?')).map(([p]) => p).slice(0, 40);
  // Warm up every route once so caches are filled before the first measurement.
  await page.evaluate(async (paths) => {
    for (const p of paths) { window.dispatchEvent(new Event('pointerdown')); const a = document.createElement('a'); a.href = p; document.body.append(a); a.click(); a.remove(); await new Promise((r) => setTimeout(r, 30)); }
  }, paths);
  const start = await measure();
  await page.evaluate(async ({ paths, steps }) => {
    for (let i = 0; i < steps; i++) {
      window.dispatchEvent(new Event('pointerdown')); // a person is using it: no idle reset mid-loop
      const a = document.createElement('a'); a.href = paths[i % paths.length]; document.body.append(a); a.click(); a.remove();
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  }, { paths, steps });
  for (let s = 0; s < sessions; s++) {
    await page.evaluate(() => { const a = document.createElement('a'); a.href = '/intake'; document.body.append(a); a.click(); a.remove(); });
    await page.locator('main button.answer', { hasText: '没有危险' }).click();
    await page.locator('main button.answer').first().click();
    if (s % 10 === 0) {
      await page.waitForSelector('.idle-guard', { timeout: 10000 });
      await page.waitForSelector('h1.centre-name', { timeout: 20000 });
    } else {
      await page.getByRole('button', { name: '结束并清除' }).first().click();
      await page.waitForSelector('h1.centre-name');
    }
  }
  for (let n = 0; n < answers; n++) {
    if (n % 20 === 0) {
      await page.evaluate((n) => { const a = document.createElement('a'); a.href = `/quiz/exam?n=20&s=${1000 + n}`; document.body.append(a); a.click(); a.remove(); }, n);
    }
    const multi = (await page.locator('.quiz-meta').innerText()).includes('多选');
    await page.locator('.option').first().click();
    if (multi) await page.getByRole('button', { name: '确定' }).click();
  }
  const end = await measure();
  const growth = (end.js - start.js) + (end.wasm - start.wasm);
  console.log(`soak: ${steps} route changes, ${sessions} intake sessions, ${answers} answers; JS heap ${start.js} → ${end.js}, wasm ${start.wasm} → ${end.wasm}, growth ${growth} bytes`);
  assert.ok(growth <= 5 * 1024 * 1024, `memory grew by ${growth} bytes`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new deployment waits in the background and is applied only when asked, never mid-questionnaire', async () => {
  const dir = `${ROOT}/target/update-test`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(`${ROOT}/dist`, dir, { recursive: true });
  const local = await serve(dir);
  const { context, page } = await open(browser, local.url, { sw: 'allow' });
  try {
    await go(page, '/');
    await page.waitForSelector('.offline-ok', { timeout: 60000 });
    const oldName = await page.locator('h1.centre-name').innerText();
    await go(page, '/intake');
    await page.locator('main button.answer', { hasText: '没有危险' }).click();
    // Deploy a new version: new centre name, new service worker (cache name derived from content).
    const site = JSON.parse(read(`${dir}/data/site.json`, 'utf8'));
    site.centre.name = '新版本测试镇调解中心';
    write(`${dir}/data/site.json`, JSON.stringify(site));
    write(`${dir}/sw.js`, read(`${dir}/sw.js`, 'utf8').replace(/const CACHE = "mk-[0-9a-f]+"/, 'const CACHE = "mk-0000000000000001"'));
    for (const f of ['data/site.json', 'sw.js']) for (const z of ['.gz', '.br']) rmSync(`${dir}/${f}${z}`, { force: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByRole('button', { name: /有新版本/ }).waitFor({ timeout: 60000 });
    assert.ok(await page.locator('[data-question]').count() > 0, 'still in the questionnaire');
    assert.match(await page.locator('.brand').innerText(), new RegExp(oldName), 'old version still running');
    await page.getByRole('button', { name: /有新版本/ }).click();
    await page.waitForFunction(() => document.querySelector('h1.centre-name')?.innerText.includes('新版本'), null, { timeout: 30000 });
  } finally {
    await context.close();
    local.stop();
  }
});
