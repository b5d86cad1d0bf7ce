// 我要调解: journeys by tapping, danger first, review and change, triage by URL, print, QR in a
// fresh context, wipe, and axe on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, go, axe, shot, VIEWPORTS } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Taps answers whose labels match, in order, then confirms the review page. */
async function answer(page, labels) {
  for (const label of labels) {
    const btn = page.locator('main button.answer', { hasText: label }).first();
    await btn.waitFor();
    await btn.click();
  }
}

async function toResult(page) {
  await page.getByRole('button', { name: '没问题，看结果' }).click();
  await page.waitForSelector('.outcome');
}

test('family with children: danger first, four taps, review, then the family room with what to bring', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake');
  assert.match(await page.locator('.question-text').first().innerText(), /危险/);
  await answer(page, ['没有危险', '夫妻', '离婚', '有孩子']);
  await page.waitForSelector('h1:has-text("检查我的回答")');
  await toResult(page);
  const o = page.locator('.outcome');
  assert.equal(await o.getAttribute('data-room'), 'family');
  const text = await o.innerText();
  assert.match(text, /二楼 203 室/);
  assert.match(text, /要带的东西/);
  assert.match(text, /身份证/);
  assert.match(text, /不收费/);
  assert.match(text, /司法确认/);
  assert.match(text, /第\d+条/);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('domestic violence happening now → urgent screen with 110, 12338 and the protection order', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake');
  await answer(page, ['没有危险']);
  await page.locator('button.answer[data-branch="domestic_violence"], main button.answer:has-text("打我")').first().click();
  await answer(page, ['正在']);
  const urgent = page.locator('[data-urgent="true"]');
  await urgent.waitFor();
  const text = await urgent.innerText();
  for (const n of ['110', '12338']) assert.ok(await page.locator(`.urgent a[href="tel:${n}"]`).count() > 0, n);
  assert.match(text, /保护令/);
  assert.ok(await page.getByRole('button', { name: /紧急离开/ }).count() === 1);
  assert.deepEqual(await axe(page), []);
  // Past the urgent screen, the result repeats 110 / 120 on top, and so does its shared link.
  await page.locator('.urgent button.btn.primary').click();
  for (let i = 0; i < 8 && !(await page.locator('.outcome').count()); i++) {
    if (await page.getByRole('button', { name: '没问题，看结果' }).count()) await toResult(page);
    else await page.locator('main button.answer').first().click();
  }
  await page.waitForSelector('.outcome .urgent-banner');
  const link = await page.locator('.outcome .qr').getAttribute('data-url');
  const fresh = await open(browser, server.url);
  await fresh.page.goto(link);
  await fresh.page.waitForSelector('.outcome');
  assert.equal(await fresh.page.locator('.outcome .urgent-banner').count(), 1, 'a shared urgent result keeps 110 / 120 on top');
  await fresh.context.close();
  await context.close();
});

test('a neighbour 采光 dispute goes to the 人民调解 room', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake');
  await answer(page, ['没有危险', '邻居', '过路、排水', '挡光']);
  await toResult(page);
  assert.equal(await page.locator('.outcome').getAttribute('data-result'), 'neighbour-light');
  assert.equal(await page.locator('.outcome').getAttribute('data-room'), 'neighbour');
  await context.close();
});

test('medical with a death within 48 hours: 尸检 deadline and records sealed now', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake');
  await answer(page, ['没有危险', '看病', '去世', '不到']);
  await toResult(page);
  const text = await page.locator('.outcome').innerText();
  assert.equal(await page.locator('.outcome').getAttribute('data-room'), 'medical');
  assert.match(text, /48小时/);
  assert.match(text, /封存/);
  assert.match(text, /第26条/);
  await context.close();
});

test('back, and changing an answer on the check page, changes the result', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake');
  await answer(page, ['没有危险', '邻居', '过路、排水', '挡光']);
  await page.waitForSelector('h1:has-text("检查我的回答")');
  await page.getByRole('button', { name: '⬅ 上一题' }).click();
  await page.waitForSelector('.question-text');
  await answer(page, ['噪音']);
  await page.waitForSelector('h1:has-text("检查我的回答")');
  const rows = page.locator('.review-row');
  assert.ok(await rows.count() >= 3);
  await rows.nth(1).getByRole('button', { name: '改一改' }).click();
  await answer(page, ['看病', '人还在']);
  await toResult(page);
  assert.equal(await page.locator('.outcome').getAttribute('data-room'), 'medical');
  await context.close();
});

for (const [text, category, urgent] of [
  ['隔壁盖房挡了俺家的光', 'neighbour', 'false'],
  ['俺婆娘要离昏娃归谁', 'family', 'false'],
  ['他喝了酒正在打我', 'domestic_violence', 'true'],
  ['老汉说不想活了要喝农药', null, 'true'],
  ['包工头欠了三个月工钱', 'labour', 'false'],
]) {
  test(`/intake?q=${text} → ${category ?? 'urgent'}`, async () => {
    const { context, page } = await open(browser, server.url);
    await go(page, '/intake?q=' + encodeURIComponent(text));
    const el = page.locator('[data-urgent]').first();
    await el.waitFor();
    assert.equal(await el.getAttribute('data-urgent'), urgent);
    if (category) assert.equal(await el.getAttribute('data-category'), category);
    if (urgent === 'true') assert.ok(await page.locator('a[href="tel:110"]').count() > 0);
    assert.equal(new URL(page.url()).search, '', 'the sentence is removed from the address');
    await context.close();
  });
}

test('the labour result shows the 工伤认定 deadline next to the 1-year arbitration limit, and links the new articles', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await go(page, '/intake');
  await answer(page, ['没有危险', '工钱、工伤']);
  await toResult(page);
  assert.equal(await page.locator('.outcome').getAttribute('data-room'), 'legal_aid');
  const text = await page.locator('.outcome').innerText();
  assert.match(text, /工伤认定/);
  assert.match(text, /30日|30天/, 'the employer applies within 30 days');
  assert.match(text, /1年/, 'the worker or family within 1 year');
  assert.match(text, /《工伤保险条例》第17条/);
  assert.ok(await page.locator('.outcome a[href="/library/a/work-injury"]').count() > 0, 'the result links the 工伤认定 article');
  await context.close();
});

test('confirming a suggestion still asks about danger first, then skips the category question', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/intake?q=' + encodeURIComponent('隔壁盖房挡了俺家的光'));
  await page.getByRole('button', { name: '对，就是这类事' }).click();
  await answer(page, ['没有危险']);
  await page.waitForSelector('[data-question="neighbour-kind"]');
  await context.close();
});

test('the result prints as a slip, its QR link reproduces it in a fresh context, and 结束 wipes it', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await go(page, '/intake');
  await answer(page, ['没有危险', '邻居', '过路、排水', '挡光']);
  await toResult(page);
  await page.locator('.slip-details summary').click();
  await page.locator('#slip-name').fill('王大妈');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.frame').isVisible(), false);
  assert.match(await page.locator('.slip-person').innerText(), /王大妈/);
  await page.emulateMedia({ media: 'screen' });
  const link = await page.locator('.outcome .qr').getAttribute('data-url');
  assert.match(link, /\/intake\/result\?v=[0-9a-f]+&a=[0-9a-z]+/);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(!storage.includes('王大妈'), 'nothing typed is stored');
  const fresh = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await fresh.page.goto(link);
  await fresh.page.waitForSelector('.outcome');
  assert.equal(await fresh.page.locator('.outcome').getAttribute('data-result'), 'neighbour-light');
  assert.equal(await fresh.page.locator('#slip-name').count(), 0, 'no name on a shared result');
  assert.equal(await fresh.page.locator('.urgent-banner').count(), 0, 'no emergency banner where there was no danger');
  await shot(fresh.page, 'intake-result-phone');
  await fresh.page.goto(link.replace(/a=[0-9a-z]+/, 'a=zz9'));
  await fresh.page.waitForSelector('.link-error');
  await fresh.page.goto(link.replace(/v=[0-9a-f]+/, 'v=00000000'));
  await fresh.page.waitForSelector('.link-error');
  await fresh.context.close();
  await page.getByRole('button', { name: '结束并清除' }).click();
  await page.waitForSelector('h1.centre-name');
  await page.locator('.door', { hasText: '我要调解' }).click();
  await page.waitForSelector('.intake.start');
  await context.close();
});

test('紧急离开 wipes the session, replaces the history entry and lands on a neutral page; Esc ×3 too', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/');
  await page.locator('.door', { hasText: '我要调解' }).click();
  await page.waitForSelector('.intake.start');
  await answer(page, ['没有危险']);
  await page.getByRole('button', { name: /紧急离开/ }).click();
  await page.waitForSelector('main h1:has-text("调解是怎么回事")');
  await page.goBack();
  await page.waitForSelector('h1.centre-name');
  await page.locator('.door', { hasText: '我要调解' }).click();
  await page.waitForSelector('.intake.start');
  await answer(page, ['没有危险']);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await page.waitForSelector('main h1:has-text("调解是怎么回事")');
  await context.close();
});

test('question, urgent and result screens are axe clean at all three viewports', async () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const { context, page } = await open(browser, server.url, { viewport });
    await go(page, '/intake');
    assert.deepEqual(await axe(page), [], `start ${name}`);
    await answer(page, ['没有危险']);
    assert.deepEqual(await axe(page), [], `question ${name}`);
    await shot(page, `intake-question-${name}`);
    await go(page, '/intake?q=' + encodeURIComponent('他正在打我'));
    await page.waitForSelector('[data-urgent="true"]');
    assert.deepEqual(await axe(page), [], `urgent ${name}`);
    await context.close();
  }
});
