// The foundation: home, doors, frame, 大字, deep links, 404, idle reset, axe at three viewports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, go, booted, axe, shot, mainText, shortIdle, VIEWPORTS } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('home shows the centre name from the config, three doors and tel: hotlines, 12338 first', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/');
  const site = await (await fetch(server.url + '/data/site.json')).json();
  assert.equal(await page.locator('h1.centre-name').innerText(), site.centre.name);
  for (const door of ['了解法律', '我要调解', '法律明白人']) {
    assert.equal(await page.locator('.door', { hasText: door }).count(), 1, door);
  }
  const tels = await page.locator('.hotline-strip a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(tels.slice(0, 4), ['tel:12338', 'tel:12348', 'tel:110', 'tel:120']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('each door leads to a real screen and back returns home', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/');
  for (const [door, heading] of [['了解法律', '了解法律'], ['我要调解', '我要调解'], ['法律明白人', '法律明白人']]) {
    await page.locator('.door', { hasText: door }).click();
    await page.waitForSelector(`main h1:has-text("${heading}")`);
    assert.ok((await mainText(page)).length > 20, `${door} screen has content`);
    await page.getByRole('button', { name: '⬅ 返回' }).click();
    await page.waitForSelector('h1.centre-name');
  }
  await context.close();
});

test('大字 persists across a reload, and a corrupt stored setting falls back to defaults', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await rootSize();
  await page.getByRole('button', { name: /大字/ }).click();
  assert.ok((await rootSize()) > normal, 'text grows');
  // The pre-rendered copy already shows the centre's name; the setting is the app's to apply, so
  // wait until the app has taken over, not just for the name.
  await page.reload();
  await booted(page);
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('large')), 'still large after reload');
  await page.evaluate(() => localStorage.setItem('mk.settings', '{"v":1,"large":"banana"'));
  await page.reload();
  await booted(page);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large')), false);
  // A full storage quota: the setting cannot be saved, but nothing breaks.
  await page.evaluate(() => {
    localStorage.clear();
    const chunk = 'x'.repeat(512 * 1024);
    try { for (let i = 0; i < 64; i++) localStorage.setItem('fill' + i, chunk); } catch { /* full now */ }
  });
  await page.getByRole('button', { name: /大字/ }).click();
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('large')), 'still works with a full quota');
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a deep link reloads to the same screen; an unknown path shows 404 with a way home', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/library/neighbour');
  await page.reload();
  await page.waitForSelector('main h1:has-text("邻居之间")');
  await go(page, '/no/such/page');
  await page.waitForSelector('main h1:has-text("没有找到这一页")');
  await page.getByRole('link', { name: '返回首页' }).click();
  await page.waitForSelector('h1.centre-name');
  await context.close();
});

test('content that fails to load shows a plain message with a way home, never a blank page', async () => {
  const { context, page } = await open(browser, server.url);
  await page.route('**/data/library.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await go(page, '/library');
  const failed = page.locator('.load-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /没能打开/);
  await failed.getByRole('link', { name: '返回首页' }).click();
  await page.waitForSelector('h1.centre-name');
  await context.close();
});

test('请工作人员帮忙 shows the reception desk and the staff phone from the config', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/quiz');
  await page.getByRole('button', { name: /请工作人员帮忙/ }).click();
  const panel = page.locator('#help-panel');
  await panel.waitFor();
  const text = await panel.innerText();
  assert.match(text, /群众接待大厅/);
  assert.match(text, /0530-8123000/);
  await context.close();
});

// Where the pre-rendered copy and the app draw the same thing. Below the article the app adds a QR.
const ABOVE_FOLD = ['header.frame', '.frame-actions', '.status-line', 'main h1', 'main .door, main .tile, main .prose p'];
const boxes = (page) => page.evaluate((sels) => sels.map((s) => {
  const e = [...document.querySelectorAll(s)].find((x) => x.getClientRects().length > 0);
  if (!e) return null;
  const r = e.getBoundingClientRect();
  return [r.x, r.y, r.width, r.height].map(Math.round);
}), ABOVE_FOLD);

test('the pre-rendered copy lines up with the app, so nothing moves when the app takes over', async () => {
  for (const viewport of Object.values(VIEWPORTS)) {
    for (const p of ['/', '/library', '/library/violence', '/library/a/cooling-off', '/library/a/protection-order']) {
      const still = await open(browser, server.url, { viewport, javaScriptEnabled: false });
      await still.page.goto(server.url + p);
      const before = await boxes(still.page);
      await still.context.close();
      const { context, page } = await open(browser, server.url, { viewport });
      await go(page, p);
      const after = await boxes(page);
      assert.ok(before.every(Boolean), `${p}: the copy has every part: ${JSON.stringify(before)}`);
      assert.deepEqual(after, before, `${p} at ${viewport.width}×${viewport.height}`);
      await context.close();
    }
  }
});

test('if the app cannot load, the pre-rendered page stays readable and says so plainly', async () => {
  const { context, page } = await open(browser, server.url);
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto(server.url + '/library/a/cooling-off');
  await page.waitForSelector('#prerender .status-line:has-text("没能打开全部功能")');
  assert.match(await page.locator('#prerender .prose').innerText(), /冷静期/);
  assert.equal(await page.locator('#prerender .hotline-strip a[href="tel:12338"]').count(), 1);
  await context.close();
});

test('a path with no pre-rendered page shows the frame, the hotlines and 正在打开…, never the home page', async () => {
  const { context, page } = await open(browser, server.url, { javaScriptEnabled: false });
  await page.goto(server.url + '/quiz');
  assert.equal(await page.locator('#prerender main .loading').innerText(), '正在打开…');
  assert.equal(await page.locator('#prerender .centre-name').count(), 0);
  assert.equal(await page.locator('#prerender .hotline-strip a[href="tel:12338"]').count(), 1);
  await context.close();
});

test('read-aloud says so plainly when this browser has no Chinese voice, without moving the buttons', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await go(page, '/');
  const help = await page.locator('button.help').boundingBox();
  await page.waitForSelector('button.read:not([data-voice="checking"])'); // voices listed, or given up on
  const hasZh = await page.evaluate(() => speechSynthesis.getVoices().some((v) => /^zh|^cmn/i.test(v.lang)));
  assert.deepEqual(await page.locator('button.help').boundingBox(), help, 'the label change re-wraps nothing');
  await page.locator('button.read').click();
  if (hasZh) {
    await page.waitForSelector('.reading');
  } else {
    assert.match(await page.locator('button.read').innerText(), /无语音/);
    assert.match(await page.locator('.status-line').innerText(), /没有中文朗读语音/);
  }
  await context.close();
});

test('idle reset: countdown, then home with the session wiped (config timeout shortened for the test)', async () => {
  const { context, page } = await open(browser, server.url);
  await shortIdle(page, 3);
  await go(page, '/intake');
  await page.locator('#typed-box').fill('隔壁盖房挡了俺家的光');
  await page.locator('.answer', { hasText: '没有危险' }).click();
  await page.waitForSelector('.idle-guard', { timeout: 10000 });
  assert.match(await page.locator('.idle-guard').innerText(), /还在使用吗/);
  await page.waitForSelector('h1.centre-name', { timeout: 15000 });
  await page.locator('.door', { hasText: '我要调解' }).click();
  await page.waitForSelector('.intake.start');
  assert.equal(await page.locator('#typed-box').inputValue(), '', 'typed text is gone');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(stored.every((k) => k === 'mk.settings' || k === 'mk.quiz'), `only settings stored: ${stored}`);
  await context.close();
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`home at ${name} ${viewport.width}x${viewport.height}: axe clean, big enough, screenshot saved`, async () => {
    const { context, page } = await open(browser, server.url, { viewport });
    await go(page, '/');
    assert.deepEqual(await axe(page), []);
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.lead')).fontSize));
    assert.ok(body >= (name === 'phone' ? 18 : 24), `body text ${body}px`);
    const h1 = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize));
    assert.ok(h1 >= 30, `heading ${h1}px`);
    const small = await page.evaluate(() => [...document.querySelectorAll('a, button')]
      .filter((e) => e.offsetParent)
      .map((e) => { const r = e.getBoundingClientRect(); return { t: e.innerText.trim(), w: r.width, h: r.height }; })
      .filter((r) => r.w < 44 || r.h < 44));
    assert.deepEqual(small, [], 'every target at least 44x44');
    const doors = await page.locator('.door').evaluateAll((ds) => ds.map((d) => d.getBoundingClientRect().height));
    assert.ok(doors.every((h) => h >= 60), 'doors at least 60px high');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    assert.equal(overflow, false, 'no sideways scrolling');
    await shot(page, `home-${name}`);
    await context.close();
  });
}
