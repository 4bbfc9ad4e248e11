// Loads toc's review reports in Debian's Chromium (puppeteer-core; no browser is
// downloaded) and checks them as a reader would use them:
//   node report-browser.mjs [--hostile] [--pdf DIR] [--screenshot FILE] [--bench] REPORT.html...
// For every page: no console error (a CSP violation is one), no request beyond
// the file itself, every element in the diagram and openable in the panel with
// its indicators and findings, the pathway highlight, the language switch, no
// serious or critical axe-core violation, and an A4 PDF of sensible length.
// --hostile: also no dialog and no injected node (the hostile-label fixture).
// Exit 0 all passed, 1 a check failed, 2 could not run.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';

const args = process.argv.slice(2);
let hostile = false, pdfDir = null, screenshot = null, bench = false;
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--hostile') hostile = true;
  else if (args[i] === '--pdf') pdfDir = args[++i];
  else if (args[i] === '--screenshot') screenshot = args[++i];
  else if (args[i] === '--bench') bench = true;
  else files.push(args[i]);
}
if (!files.length) { console.error('usage: report-browser.mjs [--hostile] [--pdf DIR] [--screenshot PNG] REPORT.html...'); process.exit(2); }

let failures = 0;
function check(ok, what) {
  if (!ok) { failures++; console.log(`  FAIL ${what}`); }
  return ok;
}

const browser = await puppeteer.launch({
  executablePath: browserPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
try {
  for (const file of files) {
    const url = pathToFileURL(path.resolve(file)).href;
    console.log(`${file}`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const errors = [], requests = [], dialogs = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    page.on('request', (r) => { if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url()); });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    const loadMs = Date.now() - t0;
    const timing = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { interactive: n.domInteractive, complete: n.domComplete, size: document.documentElement.outerHTML.length };
    });
    if (bench) console.log(`  bench: domInteractive ${timing.interactive.toFixed(0)} ms, domComplete ${timing.complete.toFixed(0)} ms, load ${loadMs} ms`);

    // a model too large for one page opens on its overview, with fewer boxes than the theory view
    const views = await page.evaluate(() => {
      const report = document.querySelector('.report:not([hidden])');
      const overview = report.querySelector('.figure[data-view="overview"]');
      const theory = report.querySelector('.figure[data-view="theory"]');
      const boxes = (fig) => fig.querySelectorAll('g.node[data-element]').length;
      if (!overview) return { overview: false, first: !theory.hidden };
      const first = !overview.hidden && theory.hidden &&
                    report.querySelector('button[data-view="overview"]').getAttribute('aria-pressed') === 'true';
      const fewer = boxes(overview) > 0 && boxes(overview) < boxes(theory);
      report.querySelector('button[data-view="theory"]').click();
      const switched = overview.hidden && !theory.hidden;
      report.querySelector('button[data-view="overview"]').click();
      // opening an element the overview folded away shows it in the theory view
      const folded = [...theory.querySelectorAll('g.node[data-element]')].map((g) => g.getAttribute('data-element'))
        .find((i) => !overview.querySelector(`g.node[data-element="${i}"]`));
      window.tocReport.open(+folded);
      const unfolded = overview.hidden && !theory.hidden;
      window.tocReport.close();
      report.querySelector('button[data-view="overview"]').click();
      return { overview: true, first, fewer, switched, unfolded, counts: [boxes(overview), boxes(theory)] };
    });
    if (views.overview) {
      check(views.first, 'the overview is the first view shown');
      check(views.fewer, `the overview has fewer boxes than the theory view (${views.counts})`);
      check(views.switched, 'the view switch shows the theory view');
      check(views.unfolded, 'an element folded away opens in the theory view');
      console.log(`  overview: ${views.counts[0]} of ${views.counts[1]} boxes`);
    } else {
      check(views.first, 'the theory view is shown when there is no overview');
    }

    // every element is in the diagram and opens in the panel
    const result = await page.evaluate(() => {
      const report = document.querySelector('.report:not([hidden])');
      const data = JSON.parse(report.querySelector('script.toc-data').textContent);
      const fig = report.querySelector('.figure[data-view="theory"]');
      const problems = [];
      data.elements.forEach((e, i) => {
        const g = fig.querySelector(`g.node[data-element="${i}"]`);
        if (!g) { problems.push(`${e.n} ${e.id} is not in the diagram`); return; }
        g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        const panel = document.getElementById('panel');
        if (panel.hidden) { problems.push(`${e.n} does not open the panel`); return; }
        const h = panel.querySelector('h2').textContent;
        if (h !== `${e.n} ${e.label}`) problems.push(`${e.n}: the panel says '${h}'`);
        const inds = panel.querySelectorAll('ul.indicators li').length;
        if (inds !== e.indicators.length) problems.push(`${e.n}: ${inds} indicators in the panel, ${e.indicators.length} in the data`);
        const finds = panel.querySelectorAll('ul.findings li').length;
        if (finds !== e.findings.length) problems.push(`${e.n}: ${finds} findings in the panel, ${e.findings.length} in the data`);
        if (!g.classList.contains('selected')) problems.push(`${e.n}: not marked selected`);
        for (const j of e.next) {
          const n = fig.querySelector(`g.node[data-element="${j}"]`);
          if (n && !n.classList.contains('on')) problems.push(`${e.n}: the next element ${data.elements[j].n} is not on its pathway`);
        }
      });
      // the pathway dims what is not on it: an element with neither links in nor out stays dimmed
      const lonely = data.elements.findIndex((e, i) => e.next.length > 0);
      let dimmed = 0;
      if (lonely >= 0) {
        fig.querySelector(`g.node[data-element="${lonely}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
        dimmed = fig.querySelectorAll('g.node[data-element]:not(.on)').length;
      }
      window.tocReport.close();
      const closed = document.getElementById('panel').hidden && !fig.classList.contains('selecting');
      return { problems, count: data.elements.length, dimmed, closed, lang: data.lang,
               selecting: lonely >= 0 };
    });
    result.problems.forEach((p) => check(false, p));
    check(result.count > 0, 'the report has elements');
    check(result.closed, 'the panel closes and the highlight goes');
    console.log(`  ${result.count} elements opened in the panel; ${result.dimmed} dimmed outside a pathway`);

    // the language switch
    const other = result.lang === 'sv' ? 'en' : 'sv';
    await page.click(`button[data-action="lang"][data-lang="${other}"]`);
    const switched = await page.evaluate((other) => {
      const shown = [...document.querySelectorAll('.report')].filter((r) => !r.hidden).map((r) => r.dataset.lang);
      const report = document.querySelector('.report:not([hidden])');
      const g = report.querySelector('.figure[data-view="theory"] g.node[data-element="0"]');
      g.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const panel = document.getElementById('panel');
      const ok = !panel.hidden && panel.getAttribute('lang') === other;
      window.tocReport.close();
      return { shown, lang: document.documentElement.lang, ok };
    }, other);
    check(switched.shown.length === 1 && switched.shown[0] === other && switched.lang === other, `the language switch shows ${other}`);
    check(switched.ok, `the panel opens in ${other}`);
    await page.click(`button[data-action="lang"][data-lang="${result.lang}"]`);

    // the toggles and the indicator view
    const toggles = await page.evaluate(() => {
      const report = document.querySelector('.report:not([hidden])');
      const box = report.querySelector('input[data-toggle="assumptions"]');
      box.click();
      const hidden = report.querySelectorAll('.figure g.assumption.hide-assumptions').length;
      box.click();
      const view = report.querySelector('button[data-view="indicators"]');
      let map = true;
      if (view) {
        view.click();
        map = !report.querySelector('.figure[data-view="indicators"]').hidden && report.querySelector('.figure[data-view="theory"]').hidden;
        report.querySelector('button[data-view="theory"]').click();
      }
      return { hidden, all: report.querySelectorAll('.figure g.assumption').length, map };
    });
    check(toggles.hidden === toggles.all, 'the assumptions toggle hides every assumption');
    check(toggles.map, 'the view switch shows the indicator map');

    // accessibility
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')}`);
    });
    axe.forEach((v) => check(false, `axe: ${v}`));

    if (hostile) {
      const injected = await page.evaluate(() => ({
        nodes: document.querySelectorAll('img, iframe, marquee, b, i, a[href^="javascript"], style:not(:first-of-type)').length,
        scripts: document.querySelectorAll('script').length,
        title: document.querySelector('.report:not([hidden]) h1').textContent,
        jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^(https?:|#)/.test(a.getAttribute('href'))).length,
      }));
      check(dialogs.length === 0, `no dialog (got ${dialogs.join(', ')})`);
      check(injected.nodes === 0, `no injected node (found ${injected.nodes})`);
      check(injected.scripts === 3, `only the page's own three scripts (found ${injected.scripts})`);
      check(injected.jsLinks === 0, 'every link is http(s) or in the page');
      check(injected.title.includes("<script>alert('title')</script>"), `the title verbatim: ${injected.title}`);
    }

    // printing
    if (pdfDir) {
      mkdirSync(pdfDir, { recursive: true });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const out = path.join(pdfDir, path.basename(file, '.html') + '.pdf');
      writeFileSync(out, pdf);
      const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      console.log(`  PDF: ${pages} pages (${out})`);
      check(pages >= 3 && pages <= 80, `a sensible page count (${pages})`);
    }
    if (screenshot) {
      await page.setViewport({ width: 1400, height: 900 });
      // an outcome with indicators, the diagram zoomed on its pathway
      await page.evaluate(() => {
        const report = document.querySelector('.report:not([hidden])');
        const data = JSON.parse(report.querySelector('script.toc-data').textContent);
        let i = data.elements.findIndex((e) => e.kind_id === 'outcome' && e.indicators.length && e.next.length);
        if (i < 0) i = 0;
        const theory = report.querySelector('button[data-view="theory"]');
        if (theory) theory.click();
        window.tocReport.open(i);
        const g = report.querySelector(`.figure[data-view="theory"] g.node[data-element="${i}"]`);
        const svg = g.ownerSVGElement;
        const r = g.getBoundingClientRect();
        const toUser = (x, y) => { const p = svg.createSVGPoint(); p.x = x; p.y = y; return p.matrixTransform(svg.getScreenCTM().inverse()); };
        const a = toUser(r.left, r.top), b = toUser(r.right, r.bottom);
        const w = Math.max((b.x - a.x) * 7, 700), h = w * svg.clientHeight / svg.clientWidth;
        svg.setAttribute('viewBox', [(a.x + b.x) / 2 - w * 0.4, (a.y + b.y) / 2 - h / 2, w, h].join(' '));
        window.scrollTo(0, report.querySelector('.diagram').offsetTop);
      });
      await page.screenshot({ path: screenshot });
      console.log(`  screenshot: ${screenshot}`);
    }
    errors.forEach((e) => check(false, `console: ${e}`));
    requests.forEach((r) => check(false, `request: ${r}`));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(failures ? `${failures} checks failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
