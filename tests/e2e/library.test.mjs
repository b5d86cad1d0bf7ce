// The library: browse, read, search (Chinese, pinyin, initials), QR take-home, print view, axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serve, launch, open, go, axe, shot, OUT, VIEWPORTS } from './harness.mjs';

const require = createRequire(import.meta.url);
const jsQR = require('jsqr');
const { PNG } = require('pngjs');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('home → 知识库 → category → article, with counts, summary, law basis and checked date', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/');
  await page.locator('.door', { hasText: '了解法律' }).click();
  await page.waitForSelector('.tile-count');
  const tile = page.locator('.tile', { hasText: '家里的事' });
  assert.match(await tile.innerText(), /\d+ 篇/);
  await tile.click();
  await page.waitForSelector('main h1:has-text("家里的事")');
  await page.locator('.tile', { hasText: '冷静期' }).first().click();
  await page.waitForSelector('.prose h2');
  const text = await page.locator('article').innerText();
  assert.match(text, /要点/);
  assert.match(text, /法律依据/);
  assert.match(text, /第1077条/);
  assert.match(text, /最后核对：\d{4}-\d{2}-\d{2}/);
  assert.equal(await page.locator('.next-steps a', { hasText: '我遇到了这个问题' }).getAttribute('href'), '/intake?branch=family');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a glossary term in an article shows its plain definition when tapped', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/library/a/judicial-confirmation');
  const term = page.locator('button.term').first();
  const word = await term.innerText();
  await term.click();
  const panel = page.locator('.term-panel');
  await panel.waitFor();
  assert.match(await panel.innerText(), new RegExp(word));
  await context.close();
});

// A stand-in for the Web Speech API with one Chinese voice. Headless Chromium has no voices, so
// this is how the reading path itself is tested: the test ends each utterance by calling __spoken().
function fakeSpeech() {
  const voice = Object.create(SpeechSynthesisVoice.prototype, {
    name: { value: '测试中文' }, lang: { value: 'zh-CN' }, localService: { value: true }, default: { value: true }, voiceURI: { value: 'test' },
  });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; this.onend = null; } };
  const log = (window.__speech = []);
  let queue = [], current = null;
  const synth = {
    getVoices: () => [voice],
    speak(u) { log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name }); queue.push(u); if (!current) current = queue.shift(); },
    cancel() { queue = []; current = null; log.push('cancel'); },
    pause() { log.push('pause'); },
    resume() { log.push('resume'); },
    onvoiceschanged: null,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__spoken = () => { const u = current; current = queue.shift() || null; if (u && u.onend) u.onend(); };
}

test('read-aloud with a Chinese voice reads paragraph by paragraph, highlighted; pause, resume, slow and stop work', async () => {
  const { context, page } = await open(browser, server.url);
  await page.addInitScript(fakeSpeech);
  await go(page, '/library/a/cooling-off');
  const said = () => page.evaluate(() => window.__speech.filter((e) => typeof e === 'object'));
  const reading = () => page.locator('.reading').evaluateAll((els) => els.map((e) => e.textContent.trim()));
  await page.locator('button.read').click();
  const first = await reading();
  assert.deepEqual(first, ['登记离婚与冷静期'], 'the title comes first: crumbs are not read');
  assert.deepEqual((await said()).map((u) => [u.text, u.lang, u.voice, u.rate]), [[first[0], 'zh-CN', '测试中文', 1]]);
  assert.match(await page.locator('button.read').innerText(), /从头读/);
  await page.evaluate(() => window.__spoken());
  const second = await reading();
  assert.equal(second.length, 1);
  assert.notEqual(second[0], first[0], 'the highlight moves on');
  assert.equal((await said()).at(-1).text, second[0]);
  await page.getByRole('button', { name: '⏸ 暂停' }).click();
  await page.getByRole('button', { name: '▶ 继续' }).click();
  assert.deepEqual((await page.evaluate(() => window.__speech)).filter((e) => e === 'pause' || e === 'resume'), ['pause', 'resume']);
  await page.getByRole('button', { name: '🐢 慢一点' }).click();
  assert.equal(await page.getByRole('button', { name: '🐢 慢一点' }).getAttribute('aria-pressed'), 'true');
  const slow = (await said()).at(-1);
  assert.deepEqual([slow.text, Math.round(slow.rate * 10) / 10], [first[0], 0.7], 'slow starts again from the top, slower');
  await page.getByRole('button', { name: '⏹ 停止' }).click();
  assert.deepEqual(await reading(), []);
  assert.equal(await page.getByRole('button', { name: '⏹ 停止' }).count(), 0);
  assert.match(await page.locator('button.read').innerText(), /^🔊 朗读$/);
  const n = (await said()).length;
  await page.evaluate(() => window.__spoken());
  assert.equal((await said()).length, n, 'nothing more is read after stop');
  // Leaving the page stops reading too: nothing of one screen is read over the next.
  await page.locator('button.read').click();
  await page.locator('header .frame-btn', { hasText: '首页' }).click();
  await page.waitForSelector('h1.centre-name');
  assert.equal(await page.getByRole('button', { name: '⏹ 停止' }).count(), 0);
  assert.equal((await page.evaluate(() => window.__speech)).at(-1), 'cancel');
  // A glossary definition is read as one sentence, with no highlight anywhere.
  await go(page, '/library/a/judicial-confirmation');
  await page.locator('button.term').first().click();
  await page.getByRole('button', { name: '🔊 读给我听' }).click();
  const definition = await page.locator('.term-panel p').first().innerText();
  const plain = (t) => t.replace(/\s/g, '');
  assert.equal(plain((await said()).at(-1).text), plain(definition), 'the definition is read');
  assert.deepEqual(await reading(), []);
  await context.close();
});

for (const [query, id] of [['冷静期', 'cooling-off'], ['caili', 'bride-price'], ['lhljq', 'cooling-off'], ['宅基', 'homestead'],
  ['交通事故', 'traffic-at-scene'], ['借钱', 'debt-iou']]) {
  test(`search "${query}" finds ${id} with the match highlighted`, async () => {
    const { context, page } = await open(browser, server.url);
    await go(page, '/search');
    await page.locator('#search-box').fill(query);
    await page.waitForSelector('.hit');
    const hrefs = await page.locator('.hit').evaluateAll((hs) => hs.slice(0, 3).map((h) => h.getAttribute('href')));
    assert.ok(hrefs.includes(`/library/a/${id}`), `${query}: ${hrefs}`);
    assert.ok(await page.locator('.hit mark').count() > 0, 'highlighted');
    await context.close();
  });
}

test('a search becomes a link once typing pauses, and a quick tap on a hit is not overwritten', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/search');
  await page.clock.install(); // the app's own timers from here on run only when the test says
  await page.locator('#search-box').fill('彩礼');
  await page.clock.runFor(500); // past the 0.4 s pause
  await page.waitForURL((u) => u.searchParams.get('q') === '彩礼');
  await page.locator('#search-box').fill('冷静期');
  await page.locator('.hit[href="/library/a/cooling-off"]').click(); // before the pause is over
  await page.waitForSelector('.prose h2');
  await page.clock.runFor(2000); // long past the pause: a pending address write would have fired
  assert.equal(new URL(page.url()).pathname, '/library/a/cooling-off');
  await page.goBack();
  await page.waitForSelector('.hit');
  assert.equal(await page.locator('#search-box').inputValue(), '彩礼');
  assert.equal(await page.locator('.hits').getAttribute('data-query'), '彩礼');
  await context.close();
});

test('a search with no result offers categories and hotlines', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/search?q=' + encodeURIComponent('火星探测器'));
  await page.waitForSelector('.no-result');
  assert.ok(await page.locator('.no-result .tile').count() >= 5);
  assert.ok(await page.locator('.no-result a[href="tel:12338"]').count() === 1);
  await context.close();
});

test('an article deep link survives a reload, and its QR code decodes to the article', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.landscape });
  await go(page, '/library/a/protection-order');
  await page.reload();
  await page.waitForSelector('main h1:has-text("人身安全保护令")');
  const png = PNG.sync.read(await page.locator('.qr-img svg').screenshot());
  const code = jsQR(png.data, png.width, png.height);
  assert.ok(code, 'QR decodes');
  assert.equal(code.data, server.url + '/library/a/protection-order');
  await context.close();
});

test('the print view hides the kiosk frame', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/library/a/medical-records');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['header.frame', '.frame-footer', '.next-steps']) {
    assert.equal(await page.locator(sel).isVisible(), false, `${sel} hidden in print`);
  }
  assert.equal(await page.locator('article h1').isVisible(), true);
  await page.pdf({ path: path.join(OUT, 'article-print.pdf'), format: 'A4' });
  await context.close();
});

test('axe is clean on the library, a category and an article at every viewport', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { context, page } = await open(browser, server.url, { viewport });
    for (const p of ['/library', '/library/violence', '/library/a/cooling-off', '/search?q=彩礼']) {
      await go(page, p);
      assert.deepEqual(await axe(page), [], `${p} at ${name}`);
    }
    await shot(page, `search-${name}`);
    await go(page, '/library/a/cooling-off');
    await shot(page, `article-${name}`);
    await context.close();
  }
});
