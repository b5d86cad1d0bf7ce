// Measures the built app against the mdBook peer and writes docs/benchmarks.md.
// Run by bench/run; prints the table too.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { serve, launch, ROOT } from '../tests/e2e/harness.mjs';

const out = process.argv[2] || 'target/bench';
const app = await serve(path.join(ROOT, 'dist'));
// BENCH_ONLY=triage measures the triage rows alone (no peer, no Lighthouse), for a quick check.
const only = process.env.BENCH_ONLY;
const peer = only ? null : await serve(path.join(ROOT, out, 'peer/book'));
const browser = await launch();
const library = await (await fetch(app.url + '/data/library.json')).json();
const ARTICLE = 'cooling-off';
const peerArticle = peer && `${peer.url}/${ARTICLE}.html`;

/** Bytes transferred (compressed, headers included) for a cold first load. */
async function firstLoad(url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return bytes;
}

function lighthouse(url) {
  const bin = path.join(ROOT, 'bench/node_modules/.bin/lighthouse');
  const r = spawnSync(bin, [url, '--output=json', '--quiet', '--only-categories=performance,accessibility',
    '--form-factor=mobile', '--throttling-method=simulate',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 << 20, encoding: 'utf8' });
  if (r.status !== 0) throw new Error('lighthouse failed: ' + r.stderr.slice(-2000));
  const j = JSON.parse(r.stdout);
  const a = j.audits;
  return {
    perf: Math.round(j.categories.performance.score * 100),
    a11y: Math.round(j.categories.accessibility.score * 100),
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
  };
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

/** Search, keystroke by keystroke, over every prefix of eight queries, on three fresh page loads.
 *  `settled`: start typing once the offline copy is saved (a kiosk's normal state, and every
 *  return visit); otherwise type at once on a first visit, while the service worker downloads it. */
async function searchLatency(settled) {
  const work = [], layout = [];
  for (let load = 0; load < 3; load++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(app.url + '/search');
    await page.waitForSelector('#search-box');
    await page.waitForFunction(() => !document.querySelector('main .loading'));
    if (settled) await page.waitForSelector('.offline-ok', { timeout: 60000 });
    const queries = ['离婚冷静期', '宅基地纠纷', 'caili', 'lhljq', '医疗事故赔偿', '老人不给赡养费', '邻居盖房挡光', '人身安全保护令怎么申请'];
    // From the input event to the results in the DOM answering that query, spun on microtasks so
    // nothing else runs in between: the app's own work (search + update). Then the browser's
    // style and layout of that update, forced at once: what must happen before the next frame.
    const times = await page.evaluate(async (queries) => {
      const box = document.querySelector('#search-box');
      const out = [];
      const answered = (q) => document.querySelector('[data-query]')?.getAttribute('data-query') === q;
      for (const q of queries) {
        for (let i = 1; i <= q.length; i++) {
          const part = q.slice(0, i);
          box.value = part;
          const t0 = performance.now();
          box.dispatchEvent(new Event('input', { bubbles: true }));
          let spins = 0;
          while (!answered(part) && spins++ < 100000) await Promise.resolve();
          if (!answered(part)) await new Promise((r) => setTimeout(r, 50)); // never starve: fall back to a task
          const t1 = performance.now();
          document.body.getBoundingClientRect();
          out.push([t1 - t0, performance.now() - t0]);
          await new Promise((r) => setTimeout(r, 30)); // let the browser draw, as between real keystrokes
        }
      }
      return out;
    }, queries);
    await context.close();
    for (const [a, l] of times) { work.push(a); layout.push(l); }
  }
  const stats = (xs) => ({ n: xs.length, median: pct(xs, 0.5), p95: pct(xs, 0.95) });
  return { app: stats(work), layout: stats(layout) };
}

/** Tap → next screen drawn, timed from Node around a real click (includes the driver's own
 *  round trips, so it is an upper bound). */
async function intakeLatency() {
  const page = await browser.newPage();
  const times = [];
  const steps = [['没有危险', '[data-question="what"]'], ['和邻居', '[data-question="neighbour-kind"]'],
    ['过路、排水', '[data-question="neighbour-use"]'], ['挡光', 'h1:has-text("检查我的回答")']];
  for (let run = 0; run < 10; run++) {
    await page.goto(app.url + '/intake'); // a reload is a clean start: the session lives in memory only
    await page.waitForSelector('main button.answer');
    for (const [label, next] of steps) {
      const button = page.locator('main button.answer', { hasText: label }).first();
      await button.waitFor();
      const t0 = performance.now();
      await button.click();
      await page.waitForSelector(next);
      times.push(performance.now() - t0);
    }
  }
  await page.close();
  return { n: times.length, median: pct(times, 0.5), p95: pct(times, 0.95) };
}

/** Triage of a 1,000-character paste in the app: from the sentence box's submit to the verdict in
 *  the DOM, spun on microtasks (the app's own work: normalise, danger signals, keywords, both
 *  models, and the suggestion's update). Calm pastes stay on the first screen and alternate
 *  between two categories, so each answer is seen in place; a paste with danger at its very end
 *  is timed to the urgent screen. */
async function triageLatency() {
  const calm = [], danger = [];
  // Two calm stories of different categories, so every submit changes the suggestion's category.
  const stories = {
    neighbour: '我跟隔壁为了宅基地的边界吵了好几年，村里调解过两回，他家盖房又往我家这边挪了半米，还把水沟堵了，一下雨我家院子就淹。',
    labour: '我在镇上的砖厂干了大半年，说好一个月四千，老板只发了两个月，剩下的说年底结，现在年底了人找不着，包工头也不接电话。',
  };
  const paste = (story, tail) => story.repeat(Math.ceil(1000 / story.length)).slice(0, 1000 - tail.length) + tail;
  for (let load = 0; load < 3; load++) {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(app.url + '/intake');
    await page.waitForSelector('#typed-box');
    await page.waitForSelector('.offline-ok', { timeout: 60000 }); // as for search: not competing with the offline download
    const texts = Array.from({ length: 20 }, (_, i) => i % 2 ? ['labour', paste(stories.labour, `第${i}回`)] : ['neighbour', paste(stories.neighbour, `第${i}回`)]);
    calm.push(...await page.evaluate(async (texts) => {
      const box = document.querySelector('#typed-box');
      const out = [];
      const shown = () => document.querySelector('main .suggestion')?.getAttribute('data-category');
      for (const [category, text] of texts) {
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const t0 = performance.now();
        box.form.requestSubmit();
        let spins = 0;
        while (shown() !== category && spins++ < 200000) await Promise.resolve();
        if (shown() !== category) throw new Error(`no ${category} suggestion for a paste`);
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    }, texts));
    danger.push(await page.evaluate(async (text) => {
      const box = document.querySelector('#typed-box');
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const t0 = performance.now();
      box.form.requestSubmit();
      let spins = 0;
      while (!document.querySelector('main [data-urgent-screen]') && spins++ < 200000) await Promise.resolve();
      return performance.now() - t0;
    }, paste(stories.neighbour, '今天他拿着刀站在我家门口说要砍死我')));
    await page.close();
  }
  const stats = (xs) => ({ n: xs.length, median: pct(xs, 0.5), p95: pct(xs, 0.95) });
  return { calm: stats(calm), danger: stats(danger) };
}

function wasmSizes() {
  const dist = path.join(ROOT, 'dist');
  const file = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
  const buf = readFileSync(path.join(dist, file));
  const raw = buf.length, gz = gzipSync(buf, { level: 9 }).length, br = brotliCompressSync(buf).length;
  // Share by crate, from the names section of the unstripped cargo output.
  const wasm = path.join(ROOT, 'target/wasm32-unknown-unknown/release/mediation-kiosk.wasm');
  const csv = execFileSync('twiggy', ['top', '-n', '100000', '--format', 'csv', wasm], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const byCrate = new Map();
  let total = 0;
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^(.*),(\d+),([\d.]+),/);
    if (!m) continue;
    const name = m[1].replace(/^"|"$/g, '');
    const size = Number(m[2]);
    if (/subsection|custom section/.test(name)) continue;
    total += size;
    const crate = (name.match(/(?:<|^)(?:&(?:mut )?)?([a-z_][a-z0-9_]*)::/) || [])[1] || (name.startsWith('data[') ? 'static data' : 'other');
    byCrate.set(crate, (byCrate.get(crate) || 0) + size);
  }
  const top = [...byCrate.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([c, s]) => [c, (100 * s / total).toFixed(1)]);
  return { raw, gz, br, top };
}

if (only === 'triage') {
  console.log(JSON.stringify(await triageLatency()));
  await browser.close(); app.stop();
  process.exit(0);
}

const rows = {};
rows.firstHome = await firstLoad(app.url + '/');
rows.firstArticle = await firstLoad(`${app.url}/library/a/${ARTICLE}`);
rows.peerHome = await firstLoad(peer.url + '/');
rows.peerArticle = await firstLoad(peerArticle);
const search = await searchLatency(true);
const firstVisit = await searchLatency(false);
const intake = await intakeLatency();
const triage = await triageLatency();
const lh = {
  home: lighthouse(app.url + '/'),
  article: lighthouse(`${app.url}/library/a/${ARTICLE}`),
  quiz: lighthouse(app.url + '/quiz'),
  peer: lighthouse(peerArticle),
};
const size = wasmSizes();
await browser.close(); app.stop(); peer.stop();

const kb = (b) => (b / 1024).toFixed(1) + ' KB';
const ms = (x) => Math.round(x) + ' ms';
const cpu = os.cpus()[0]?.model || 'unknown CPU';
const lhRow = (name, r) => `| ${name} | ${r.perf} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${r.a11y} |`;
const ratio = lh.article.lcp / lh.peer.lcp;
const md = `# Benchmarks

One run of \`bench/run\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB,
Debian Chromium, nginx with \`deploy/nginx/kiosk.conf\` on 127.0.0.1 for both sites. The peer is an
mdBook (0.4.52) of the same ${library.articles.length} articles, its SUMMARY generated from content/.

## First load, bytes transferred (cold, no service worker, compressed)

| page | this app | mdBook |
|---|---|---|
| home | ${kb(rows.firstHome)} | ${kb(rows.peerHome)} |
| article (\`${ARTICLE}\`) | ${kb(rows.firstArticle)} | ${kb(rows.peerArticle)} |

## Lighthouse 12, mobile, simulated throttling

| page | performance | LCP | TBT | CLS | accessibility |
|---|---|---|---|---|---|
${lhRow('app: home', lh.home)}
${lhRow('app: article', lh.article)}
${lhRow('app: quiz start', lh.quiz)}
${lhRow('mdBook: article', lh.peer)}

App article LCP / mdBook article LCP = **${ratio.toFixed(2)}** (budget ≤ 0.60).

## In the browser (desktop Chromium, no throttling)

Search is typed once the offline copy is saved unless the row says otherwise; three page loads each.

| what | n | median | p95 |
|---|---|---|---|
| search, per keystroke, full corpus (${library.articles.length} articles): app work | ${search.app.n} | ${search.app.median.toFixed(2)} ms | ${search.app.p95.toFixed(2)} ms |
| search, per keystroke: app work + the browser's style and layout | ${search.layout.n} | ${search.layout.median.toFixed(2)} ms | ${search.layout.p95.toFixed(2)} ms |
| search on a first visit, typing while the offline copy downloads: app work + layout | ${firstVisit.layout.n} | ${firstVisit.layout.median.toFixed(2)} ms | ${firstVisit.layout.p95.toFixed(2)} ms |
| intake, tap → next screen drawn (timed from the test driver: an upper bound) | ${intake.n} | ${intake.median.toFixed(1)} ms | ${intake.p95.toFixed(1)} ms |
| triage of a 1,000-character paste, submit → suggestion updated (app work) | ${triage.calm.n} | ${triage.calm.median.toFixed(2)} ms | ${triage.calm.p95.toFixed(2)} ms |
| triage of a 1,000-character paste with danger at its end, submit → urgent screen drawn | ${triage.danger.n} | ${triage.danger.median.toFixed(2)} ms | ${triage.danger.p95.toFixed(2)} ms |

## Wasm

| raw | gzip | brotli |
|---|---|---|
| ${size.raw.toLocaleString('en')} B | ${size.gz.toLocaleString('en')} B | ${size.br.toLocaleString('en')} B |

Largest shares of code by crate (twiggy, before wasm-bindgen/wasm-opt): ${size.top.map(([c, p]) => `${c} ${p}%`).join(', ')}.
`;
writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), md);
console.log(md);
