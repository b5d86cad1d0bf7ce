// 法律明白人: practice with 解析, the 错题本, the mock exam and its print view, class mode by
// keyboard, team contest, the same seeded quiz on two phones, result codes, CSV, corrupt storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, open, go, axe, shot, VIEWPORTS } from './harness.mjs';

let server, browser, bank;
before(async () => {
  server = await serve();
  browser = await launch();
  bank = await (await fetch(server.url + '/data/quiz.json')).json();
});
after(async () => { await browser?.close(); server?.stop(); });

const byText = (text) => bank.questions.find((q) => q.text === text);

/** Answers the question on screen right or wrong; returns the question. */
async function answerShown(page, right) {
  const text = await page.locator('.quiz-text').innerText();
  const q = byText(text);
  assert.ok(q, `question found in bank: ${text}`);
  let pick = right ? q.answer : [q.options.findIndex((_, i) => !q.answer.includes(i))];
  for (const i of pick) await page.locator('.option').nth(i).click();
  if (q.kind === 'multi') await page.getByRole('button', { name: '确定' }).click();
  return q;
}

test('practice a topic: right/wrong, 解析 and citation after each answer; a wrong answer lands in the 错题本 and two right answers clear it', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/quiz');
  await page.locator('.tile', { hasText: '婚姻家庭' }).click();
  await page.waitForSelector('.quiz-text');
  const q = await answerShown(page, false);
  const explain = page.locator('.explain');
  await explain.waitFor();
  assert.match(await explain.innerText(), /答错了/);
  assert.match(await explain.innerText(), new RegExp(q.cite.replace(/[()（）《》]/g, '.')));
  assert.ok(await explain.locator('a[href^="/library/a/"]').count() === 1);
  let stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mk.quiz')));
  assert.ok(stored.wrong.some((w) => w.id === q.id), 'in the 错题本');
  for (let round = 0; round < 2; round++) {
    // review days are capped; move the stored review day back so the question is due again
    await page.evaluate(() => { const p = JSON.parse(localStorage.getItem('mk.quiz')); p.review = { day: 0, done: 0 }; p.wrong.forEach((w) => (w.reviewed = 0)); localStorage.setItem('mk.quiz', JSON.stringify(p)); });
    await go(page, '/quiz/review');
    await page.waitForSelector('.quiz-text');
    await answerShown(page, true);
    await page.locator('.explain.right').waitFor();
  }
  stored = await page.evaluate(() => JSON.parse(localStorage.getItem('mk.quiz')));
  assert.ok(!stored.wrong.some((w) => w.id === q.id), 'cleared after two right answers');
  await context.close();
});

test('corrupt quiz progress in localStorage is recovered without a blank screen', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/quiz');
  await page.evaluate(() => localStorage.setItem('mk.quiz', '{"version":1,"topics":[[['));
  await go(page, '/quiz');
  await page.waitForSelector('.tile');
  await page.evaluate(() => localStorage.setItem('mk.quiz', '{"version":999,"foreign":true}'));
  await go(page, '/quiz/review');
  await page.waitForSelector('main h1');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the mock exam runs to the end, shows score and pass line, and prints a clean slip that is not a certificate', async () => {
  const { context, page } = await open(browser, server.url);
  await go(page, '/quiz/exam?n=5&s=4242');
  for (let i = 0; i < 5; i++) {
    await page.waitForSelector(`.quiz-meta:has-text("第 ${i + 1} 题")`);
    await answerShown(page, i % 2 === 0);
  }
  await page.waitForSelector('.exam-result');
  assert.equal(await page.locator('.exam-result').getAttribute('data-score'), '60');
  assert.match(await page.locator('.pass').innerText(), /及格线 80 分/);
  assert.match(await page.locator('.not-certificate').innerText(), /不是正式的证书/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.frame').isVisible(), false);
  assert.equal(await page.locator('.score').isVisible(), true);
  await context.close();
});

test('two separate browser contexts opening the same seeded link see the same questions in the same order', async () => {
  const link = '/quiz/exam?n=6&s=7310&t=marriage,medical&c=1';
  const seen = [];
  for (let k = 0; k < 2; k++) {
    const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
    await go(page, link);
    const order = [];
    for (let i = 0; i < 6; i++) {
      await page.waitForSelector(`.quiz-meta:has-text("第 ${i + 1} 题")`);
      order.push(await page.locator('.quiz-question').getAttribute('data-question'));
      await answerShown(page, true);
    }
    seen.push(order);
    await context.close();
  }
  assert.deepEqual(seen[0], seen[1]);
  // The native engine draws the same list (crates/content/tests/real_content.rs checks this file).
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/seeded-order.json', import.meta.url), 'utf8'));
  assert.equal(link, `/quiz/exam?n=${fixture.count}&s=${fixture.seed}&t=${fixture.topics.join(',')}&c=1`);
  assert.deepEqual(seen[0], fixture.ids, 'wasm order equals native order');
});

test('class mode: keyboard drives reveal, next and black screen; tally; a learner code gives the right score; CSV', async () => {
  // A learner answers the class quiz on a phone and reads out the code.
  const learner = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  await go(learner.page, '/quiz/exam?n=5&s=5151&c=1');
  for (let i = 0; i < 5; i++) {
    await learner.page.waitForSelector(`.quiz-meta:has-text("第 ${i + 1} 题")`);
    await answerShown(learner.page, i !== 2);
  }
  const code = await learner.page.locator('.code').innerText();
  await learner.context.close();

  const { context, page } = await open(browser, server.url, { acceptDownloads: true });
  await go(page, '/quiz/class');
  await page.getByRole('button', { name: '5 道' }).click();
  await page.locator('#seed').fill('5151');
  await page.getByRole('button', { name: '开始上课' }).click();
  await page.waitForSelector('.class-question');
  await page.keyboard.press('Space');
  await page.waitForSelector('.class .explain');
  await page.getByRole('button', { name: 'A 加一' }).click();
  await page.getByRole('button', { name: 'A 加一' }).click();
  assert.match(await page.locator('.tally-count[data-option="A"]').innerText(), /2 人/);
  await page.keyboard.press('b');
  assert.equal(await page.locator('.blackout').isVisible(), true);
  await page.keyboard.press('b');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('.class-meta:has-text("第 2 题")');
  await page.keyboard.press('PageUp');
  await page.waitForSelector('.class-meta:has-text("第 1 题")');
  await shot(page, 'class-landscape');
  await page.locator('.class-extras summary').click();
  await page.locator('#codes-box').fill(`张三 ${code}\n李四 ${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`);
  assert.match(await page.locator('.code-table tr.ok .learner-score').innerText(), /80 分（4\/5）/);
  assert.match(await page.locator('.code-table tr.bad').innerText(), /校验|抄错|不对/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全班成绩（CSV）' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  assert.match(csv, /张三/);
  assert.match(csv, /学员/);
  await context.close();
});

test('team contest: scoreboard ranks teams and exports', async () => {
  const { context, page } = await open(browser, server.url, { acceptDownloads: true });
  await go(page, '/quiz/class');
  await page.getByRole('button', { name: '开始上课' }).click();
  await page.locator('.class-extras summary').click();
  await page.locator('#team-names').fill('红队\n蓝队');
  await page.getByRole('button', { name: '开始计分' }).click();
  const blue = page.locator('tr[data-team="蓝队"]');
  await blue.getByRole('button', { name: /必答/ }).first().click();
  await page.waitForSelector('tr[data-team="蓝队"] td:has-text("第 1 名")');
  assert.equal(await page.locator('.award-buttons button', { hasText: '抢答' }).count(), 0, 'no speed scoring by default');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出比分（CSV）' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  assert.match(csv, /蓝队/);
  await context.close();
});

test('quiz screens are axe clean', async () => {
  const { context, page } = await open(browser, server.url, { viewport: VIEWPORTS.phone });
  for (const p of ['/quiz', '/quiz/practice/violence', '/quiz/exam', '/quiz/review', '/quiz/cards']) {
    await go(page, p);
    assert.deepEqual(await axe(page), [], p);
  }
  await go(page, '/quiz/practice/violence');
  await answerShown(page, false);
  assert.deepEqual(await axe(page), [], 'after answering');
  await context.close();
  const big = await open(browser, server.url, { viewport: { width: 1280, height: 720 } });
  await go(big.page, '/quiz/class');
  await big.page.getByRole('button', { name: '开始上课' }).click();
  await big.page.keyboard.press('Enter');
  assert.deepEqual(await axe(big.page), [], 'class mode 1280x720');
  await shot(big.page, 'class-projector-1280');
  await big.context.close();
});
