// A typed sentence and danger: the wasm app shows the verdicts native triage gives
// (tests/fixtures/triage-verdicts.json, checked against native by crates/content/tests/triage_routes.rs);
// every dangerous sentence puts 110 and 120 above the fold on a 360×740 phone; a weak sign asks
// "现在有没有人有危险？" first; calm sentences, hard ones included, get a calm suggestion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, open, go, axe, shot, ROOT, VIEWPORTS } from './harness.mjs';

const VERDICTS = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/triage-verdicts.json'), 'utf8'));

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Opens /intake?q=<text> and returns the element that carries the verdict. */
async function typed(page, text) {
  await go(page, '/intake?q=' + encodeURIComponent(text));
  const el = page.locator('main [data-urgent]').first();
  await el.waitFor();
  return el;
}

test('native and wasm agree on every fixture sentence; dangers show 110 and 120 above the fold at 360×740', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  assert.ok(VERDICTS.filter((v) => v.danger === 'strong').length >= 10 && VERDICTS.filter((v) => !v.urgent).length >= 5);
  for (const v of VERDICTS) {
    const el = await typed(page, v.text);
    const got = {
      urgent: await el.getAttribute('data-urgent'),
      danger: await el.getAttribute('data-danger'),
      category: await el.getAttribute('data-category'),
      signals: await el.getAttribute('data-signals'),
    };
    assert.deepEqual(got, { urgent: String(v.urgent), danger: v.danger, category: v.category, signals: v.signals.join(' ') }, v.text);
    if (v.urgent) {
      for (const n of ['110', '120']) {
        const box = await page.locator(`main a[href="tel:${n}"]`).first().boundingBox();
        assert.ok(box && box.y >= 0 && box.y + box.height <= VIEWPORTS.phone.height, `tel:${n} above the fold for ${v.text}`);
      }
      const reason = await page.locator('main .triage-reason').first().innerText();
      assert.ok(v.danger === 'strong' || reason.includes('“'), `the reason quotes the words: ${reason}`);
    } else {
      assert.equal(await page.locator('main .doubt, main .urgent').count(), 0, v.text);
    }
  }
  await context.close();
});

test('a weak sign asks about danger first: 现在没有危险 goes on to its branch, 有危险 to the urgent screen', async () => {
  const weak = VERDICTS.find((v) => v.danger === 'weak');
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await typed(page, weak.text);
  const doubt = page.locator('main .doubt');
  assert.match(await doubt.locator('h2').innerText(), /现在有没有人有危险/);
  for (const n of ['110', '120', '12338', '12356']) assert.equal(await doubt.locator(`a[href="tel:${n}"]`).count(), 1, n);
  assert.equal(await page.locator('main .suggestion').count(), 0, 'no calm suggestion while danger is in doubt');
  assert.deepEqual(await axe(page), []);
  await shot(page, 'triage-doubt-phone');
  for (const [name, viewport] of [['landscape', VIEWPORTS.landscape], ['portrait', VIEWPORTS.portrait]]) {
    await page.setViewportSize(viewport);
    assert.deepEqual(await axe(page), [], name);
    await shot(page, `triage-doubt-${name}`);
  }
  await page.setViewportSize(VIEWPORTS.phone);
  await doubt.getByRole('button', { name: '现在没有危险' }).click();
  await page.waitForSelector(`main [data-question="dv-now"]`);

  await typed(page, weak.text);
  await page.locator('main .doubt').getByRole('button', { name: '有危险', exact: true }).click();
  await page.waitForSelector('main [data-urgent-screen="danger"]');
  await context.close();
});

test('self-harm opens the self-harm screen with 12356; a long pasted text with danger at the end is still caught', async () => {
  const { context, page } = await open(browser, server.url);
  await typed(page, '我站在楼顶上，不想再拖累家里人了');
  assert.equal(await page.locator('main [data-urgent-screen]').getAttribute('data-urgent-screen'), 'self-harm');
  assert.equal(await page.locator('main a[href="tel:12356"]').count() > 0, true);
  const long = '我跟邻居为了宅基地的事吵了好几年，村里调解过几次，'.repeat(25) + '今天他拿着刀站在我家门口说要砍死我';
  assert.ok(long.length > 600);
  const el = await typed(page, long);
  assert.equal(await el.getAttribute('data-danger'), 'strong');
  await context.close();
});
