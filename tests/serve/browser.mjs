// `toc serve` in Debian's Chromium (ctest: serve_in_browser; puppeteer-core from
// tests/tools/node, nothing downloads a browser):
//   node browser.mjs TOC MODEL OUTDIR
// Starts the server on a copy of MODEL, opens the page, opens an element's panel,
// zooms and hides the assumptions; then saves the file: the page shows the new
// label without reloading and keeps the zoom, the toggle and the panel (with the
// new label); a broken save shows the banner with the error's line, marks the
// title and keeps the diagram; a page opened then shows the same; the fix
// clears both pages. No console error, no request beyond the server's own two
// endpoints. Every wait is for an event, with a generous timeout.
// Exit 0 all passed, 1 a check failed, 2 could not run.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tools = path.join(here, '..', 'tools', 'node');
let puppeteer;
try {
  const require = createRequire(path.join(tools, 'package.json'));
  puppeteer = (await import(pathToFileURL(require.resolve('puppeteer-core')).href)).default;
} catch (e) {
  console.error(`browser.mjs: needs npm puppeteer-core in ${tools} (run scripts/setup.sh --test): ${e.message}`);
  process.exit(2);
}
const [toc, model, out] = process.argv.slice(2);
if (!out) { console.error('usage: browser.mjs TOC MODEL OUTDIR'); process.exit(2); }
const WAIT = 60000;

let failures = 0;
function check(ok, what) {
  if (!ok) { failures++; console.log(`  FAIL ${what}`); } else console.log(`  ok   ${what}`);
  return ok;
}

// --- the model and its edits (as in harness.py) -------------------------------
mkdirSync(path.join(out, 'browser'), { recursive: true });
const file = path.join(out, 'browser', 'model.yaml');
copyFileSync(model, file);
const original = readFileSync(file, 'utf8');
const activities = original.indexOf('\nactivities:');
const labelRe = /^(\s+label: )\{sv: "[^"]*", en: "[^"]*"\}$/mg;
labelRe.lastIndex = activities;
const labelAt = labelRe.exec(original);
function withLabel(label) {
  return original.slice(0, labelAt.index) + labelAt[1] + `{sv: "${label}", en: "${label}"}` +
         original.slice(labelAt.index + labelAt[0].length);
}
const actorsRe = /^(\s+actors: \[)([a-z_0-9]+)/mg;
function broken(text) {
  actorsRe.lastIndex = text.indexOf('\nactivities:');
  const m = actorsRe.exec(text);
  const line = text.slice(0, m.index).split('\n').length;
  const at = m.index + m[1].length;
  return [text.slice(0, at) + 'no_such_actor' + text.slice(at + m[2].length), line];
}
function saveInPlace(text) { writeFileSync(file, text); }
function saveByRename(text) { writeFileSync(file + '.tmp~', text); renameSync(file + '.tmp~', file); }
// the id of the first activity: its panel is opened, and its label edited
const firstId = /- id: ([a-z_0-9]+)/.exec(original.slice(activities))[1];

// --- the server ----------------------------------------------------------------
const server = spawn(toc, ['serve', file], { stdio: ['ignore', 'pipe', 'pipe'] });
let stdout = '', stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`toc serve printed no URL: ${stdout} ${stderr}`)), WAIT);
  server.stdout.on('data', (d) => {
    stdout += d;
    const m = /(http:\/\/[^ ]+\/)/.exec(stdout);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`toc serve exited ${code}: ${stderr}`)));
}).catch((e) => { console.error(String(e)); process.exit(2); });
const origin = new URL(url).origin;
console.log(`toc serve at ${url}`);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

async function open(name) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  page.tocErrors = [];
  page.tocRequests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') page.tocErrors.push(m.text()); });
  page.on('pageerror', (e) => page.tocErrors.push(String(e)));
  page.on('dialog', async (d) => { page.tocErrors.push(`dialog ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || !(u.pathname === '/' || u.pathname === '/events')) page.tocRequests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live-build'), { timeout: WAIT, polling: 100 });
  console.log(name);
  return page;
}
const build = (page) => page.evaluate(() => +document.documentElement.getAttribute('data-live-build'));
const waitBuild = (page, n) => page.waitForFunction((k) => +document.documentElement.getAttribute('data-live-build') >= k,
                                                   { timeout: WAIT, polling: 100 }, n);
const svgHas = (page, text) => page.evaluate((t) => {
  const fig = document.querySelector('.report:not([hidden]) .figure[data-view="theory"] svg');
  return !!fig && fig.textContent.includes(t);
}, text);

const pages = [];
try {
  const a = await open('page A');
  pages.push(a);
  // the reader's state: a marker (gone if the page reloads), an open panel, a zoom, no assumptions
  const before = await a.evaluate((id) => {
    window.tocMarker = 'still here';
    const report = document.querySelector('.report:not([hidden])');
    const data = JSON.parse(report.querySelector('script.toc-data').textContent);
    const index = data.elements.findIndex((e) => e.id === id);
    // a large model opens on its overview; the reader switches to the theory view
    const theory = report.querySelector('button[data-action="view"][data-view="theory"]');
    if (theory) theory.click();
    report.querySelector(`.figure[data-view="theory"] g.node[data-element="${index}"]`)
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    report.querySelector('[data-action="zoom-in"]').click();
    report.querySelector('[data-action="zoom-in"]').click();
    const box = report.querySelector('[data-action="toggle"][data-toggle="assumptions"]');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    return { viewBox: report.querySelector('.figure[data-view="theory"] svg').getAttribute('viewBox'),
             panel: document.getElementById('panel').hidden ? null : document.querySelector('#panel h2').textContent };
  }, firstId);
  check(before.panel !== null, `the panel opens on ${firstId}: ${before.panel}`);

  const b0 = await build(a);
  saveInPlace(withLabel('LIVE-BROWSER-ONE'));
  await waitBuild(a, b0 + 1);
  await a.waitForFunction(() => {
    const fig = document.querySelector('.report:not([hidden]) .figure[data-view="theory"] svg');
    return fig && fig.textContent.includes('LIVE-BROWSER-ONE');
  }, { timeout: WAIT, polling: 100 });
  const after = await a.evaluate(() => {
    const report = document.querySelector('.report:not([hidden])');
    const hidden = [...report.querySelectorAll('.figure[data-view="theory"] g.node.assumption')];
    return { marker: window.tocMarker,
             viewBox: report.querySelector('.figure[data-view="theory"] svg').getAttribute('viewBox'),
             panel: document.getElementById('panel').hidden ? null : document.querySelector('#panel h2').textContent,
             toggle: report.querySelector('[data-action="toggle"][data-toggle="assumptions"]').checked,
             assumptionsHidden: hidden.length > 0 && hidden.every((g) => g.classList.contains('hide-assumptions')),
             banner: document.getElementById('live-banner').hidden,
             view: !report.querySelector('.figure[data-view="theory"]').hidden };
  });
  check(await svgHas(a, 'LIVE-BROWSER-ONE'), 'the saved label is in the diagram');
  check(after.marker === 'still here', 'the page did not reload');
  check(after.view, 'the view the reader chose (theory) is still shown');
  check(after.viewBox === before.viewBox, `the zoom and pan are kept (${before.viewBox} → ${after.viewBox})`);
  check(after.panel !== null && after.panel.includes('LIVE-BROWSER-ONE'), `the panel stays open, with the new label: ${after.panel}`);
  check(after.toggle === false && after.assumptionsHidden, 'the assumptions stay hidden');
  check(after.banner === true, 'no banner on a good version');

  // broken: banner with the line, title marked, diagram kept
  const [text, line] = broken(withLabel('LIVE-BROWSER-BROKEN'));
  saveInPlace(text);
  await a.waitForFunction(() => !document.getElementById('live-banner').hidden, { timeout: WAIT, polling: 100 });
  const banner = await a.evaluate(() => ({ text: document.getElementById('live-banner').textContent, title: document.title }));
  check(banner.text.includes(`model.yaml:${line}:`) && banner.text.includes('no_such_actor'),
        `the banner names line ${line}: ${banner.text.slice(0, 200)}`);
  check(banner.title.startsWith('\u2716'), `the title is marked: ${banner.title}`);
  check(await svgHas(a, 'LIVE-BROWSER-ONE'), 'the last good diagram stays');
  const b = await open('page B, opened while broken');
  pages.push(b);
  await b.waitForFunction(() => !document.getElementById('live-banner').hidden, { timeout: WAIT, polling: 100 });
  check(await svgHas(b, 'LIVE-BROWSER-ONE'), 'a page opened later shows the last good diagram and the banner');

  // fixed, by a rename: both pages clear
  const b1 = await build(a);
  saveByRename(withLabel('LIVE-BROWSER-TWO'));
  for (const [name, p] of [['A', a], ['B', b]]) {
    await waitBuild(p, b1 + 1);
    await p.waitForFunction(() => document.getElementById('live-banner').hidden, { timeout: WAIT, polling: 100 });
    check(await svgHas(p, 'LIVE-BROWSER-TWO'), `page ${name}: the fixed version is shown`);
    const title = await p.evaluate(() => document.title);
    check(!title.startsWith('\u2716'), `page ${name}: the title is clear again: ${title}`);
  }
  check(await build(a) === b1 + 1, 'the rename gave exactly one rebuild');
  for (const [name, p] of [['A', a], ['B', b]]) {
    check(p.tocErrors.length === 0, `page ${name}: no console error: ${p.tocErrors.join(' | ')}`);
    check(p.tocRequests.length === 0, `page ${name}: no request elsewhere: ${p.tocRequests.join(' ')}`);
  }
} catch (e) {
  check(false, `the browser test ran through: ${e.stack || e}`);
  for (const p of pages) console.log(`  page: build ${await build(p)}, errors: ${p.tocErrors.join(' | ')}`);
  console.log(`  toc serve said: ${stdout}${stderr}`);
} finally {
  await browser.close();
  const code = await new Promise((resolve) => { server.on('exit', resolve); server.kill('SIGINT'); });
  check(code === 0, `toc serve stops on Ctrl-C with status 0 (${code})`);
}
console.log(failures ? `${failures} failure(s)` : 'serve_in_browser: all passed');
process.exit(failures ? 1 : 0);
