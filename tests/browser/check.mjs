#!/usr/bin/env node
// Checks pages in headless Chromium, as a reader and a validator would:
//
// - axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice) on every page at 375 px
//   and 1280 px wide, light and dark (prefers-color-scheme), with a 16 px and a 32 px
//   default font size: no violation;
// - no page is wider than its viewport, in any of those states;
// - the page makes no request outside its own origin, runs no script but JSON-LD, opens
//   no dialog and logs no error;
// - the Nu HTML Checker: no error, no warning (but, on a page in a pseudo-locale, its guess
//   that the English text is not in the page's language);
// - every JSON-LD block (and every --jsonld file) expands with a JSON-LD processor, with
//   no network (the schema.org context is read from disk), and every type and property
//   is in the schema.org vocabulary, each property on a type it belongs to, each value
//   of a type the property takes.
//
// Usage: node check.mjs [options] NAME=TARGET...
//   TARGET       a file (a page), or an http(s) URL: a running front end.
//   --out DIR    screenshots, page sources and the Nu report go here (target/browser).
//   --vocab DIR  holds schemaorg-current-https.jsonld and schemaorgcontext.jsonld.
//   --vnu PATH   the Nu HTML Checker's class path (a folder of jars, as java -cp wants).
//   --jsonld F   a JSON-LD file to check too (repeatable).
//   --error-page NAME=STATUS  target NAME is an error page, answered with STATUS (400,
//                404, ...): that status is checked, the browser's console line for it is
//                expected, and the page has no JSON-LD (repeatable).
//   --flow NAME=MODULE  a flow to run on target NAME (repeatable): MODULE's default
//                export is `async ({ page, check, assert, url }) => {}`; it may click,
//                type and submit, and calls `await check(label)` on each state to check
//                it as a page of its own.
//
// The last line is the summary:
//   browser: N passed, F failed (pages P, axe rules passed R, V violations)
// and the exit status is 0 only when nothing failed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

import puppeteer from 'puppeteer-core';
import jsonld from 'jsonld';

import { Vocabulary } from './schemaorg.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'];
const FONT_SIZES = [16, 32];

function parseArgs(argv) {
  const options = { out: 'target/browser', vocab: null, vnu: null, jsonld: [], flows: [], targets: [], errorPages: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--vocab') options.vocab = value();
    else if (arg === '--vnu') options.vnu = value();
    else if (arg === '--jsonld') options.jsonld.push(value());
    else if (arg === '--flow') options.flows.push(named(value()));
    else if (arg === '--error-page') {
      const page = named(value());
      options.errorPages.set(page.name, Number(page.value));
    }
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.targets.push(named(arg));
  }
  if (options.targets.length === 0) throw new Error('no page to check: give NAME=FILE or NAME=URL');
  return options;
}

function named(text) {
  const at = text.indexOf('=');
  if (at < 1) throw new Error(`${text}: write NAME=VALUE`);
  return { name: text.slice(0, at), value: text.slice(at + 1) };
}

/** The URL of a target: a URL as given, or a file's file: URL. */
function urlOf(value) {
  return /^https?:\/\//.test(value) ? value : pathToFileURL(path.resolve(value)).href;
}

class Results {
  constructor() {
    this.passed = 0;
    this.failed = [];
    this.pages = new Set();
    this.rulesPassed = new Set();
    this.rulesViolated = new Set();
    this.violations = 0;
  }
  pass() {
    this.passed++;
  }
  fail(what, detail) {
    this.failed.push(what);
    console.log(`FAIL ${what}\n${detail.replace(/^/gm, '     ')}`);
  }
  /** Runs `test`, counting it; a thrown error or a returned message is a failure. */
  async check(what, test) {
    try {
      const problem = await test();
      if (problem) this.fail(what, problem);
      else this.pass();
    } catch (error) {
      this.fail(what, error.stack || String(error));
    }
  }
}

/** Everything a state of a page must be; `state` names the page and its settings. */
async function checkState(results, page, state, watch, out) {
  results.pages.add(state.page);
  const label = `${state.page} ${state.width}px ${state.scheme} ${state.font}px`;
  const file = label.replace(/[^A-Za-z0-9-]+/g, '-');
  await page.screenshot({ path: path.join(out, 'screenshots', `${file}.png`), fullPage: true });
  await results.check(`${label}: axe`, async () => {
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS,
    );
    result.passes.forEach((rule) => results.rulesPassed.add(rule.id));
    result.violations.forEach((rule) => results.rulesViolated.add(rule.id));
    const nodes = result.violations.reduce((sum, rule) => sum + rule.nodes.length, 0);
    results.violations += nodes;
    if (result.violations.length === 0) return null;
    return result.violations
      .map((rule) => `${rule.id} (${rule.impact}): ${rule.help}\n${rule.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
      .join('\n');
  });
  await results.check(`${label}: fits its width`, async () => {
    const { scroll, client, widest } = await page.evaluate(() => {
      const root = document.documentElement;
      let widest = null;
      for (const element of document.body.querySelectorAll('*')) {
        const right = element.getBoundingClientRect().right;
        if (right > root.clientWidth + 0.5 && (!widest || right > widest.right)) {
          widest = { right, tag: element.tagName.toLowerCase(), text: (element.textContent || '').slice(0, 40) };
        }
      }
      return { scroll: root.scrollWidth, client: root.clientWidth, widest };
    });
    if (scroll <= client && !widest) return null;
    return `the page is ${scroll}px wide in a ${client}px viewport; widest: ${JSON.stringify(widest)}`;
  });
  await results.check(`${label}: no outside request, dialog, script or error`, async () => {
    const scripts = await page.evaluate(() =>
      [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80)),
    );
    const problems = [...watch.problems, ...scripts.map((s) => `a script: ${s}`)];
    watch.problems.length = 0;
    return problems.length ? problems.join('\n') : null;
  });
}

/** Watches a page for requests outside `origin`, dialogs, errors and console errors (but
 * the line Chromium logs for a document answered with `status`, an error page's). */
async function watchPage(page, origin, status) {
  const watch = { problems: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const inside = url.startsWith('data:') || (origin === 'file:' ? url.startsWith('file:') : url.startsWith(origin));
    if (inside) request.continue();
    else {
      watch.problems.push(`a request outside the page's origin: ${url}`);
      request.abort();
    }
  });
  page.on('dialog', async (dialog) => {
    watch.problems.push(`a dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.problems.push(`an error: ${error.message}`));
  page.on('console', (message) => {
    const expected =
      status && message.text().startsWith(`Failed to load resource: the server responded with a status of ${status} (`);
    if (message.type() === 'error' && !expected) watch.problems.push(`a console error: ${message.text()}`);
  });
  return watch;
}

/** A new page in `state`'s width, colour scheme and default font size. */
async function openPage(browser, state, origin, status) {
  const page = await browser.newPage();
  await page.setViewport({ width: state.width, height: 800 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: state.scheme }]);
  const session = await page.createCDPSession();
  await session.send('Page.setFontSizes', { fontSizes: { standard: state.font, fixed: Math.round(state.font * 0.8125) } });
  const watch = await watchPage(page, origin, status);
  return { page, watch };
}

function originOf(url) {
  return url.startsWith('file:') ? 'file:' : new URL(url).origin;
}

function states(name) {
  const all = [];
  for (const width of WIDTHS) for (const scheme of SCHEMES) for (const font of FONT_SIZES) all.push({ page: name, width, scheme, font });
  return all;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const out = options.out;
  fs.mkdirSync(path.join(out, 'screenshots'), { recursive: true });
  fs.mkdirSync(path.join(out, 'pages'), { recursive: true });
  const results = new Results();
  const sources = new Map(); // file name -> HTML, for the Nu checker
  const jsonLd = new Map(); // label -> JSON-LD text

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    for (const target of options.targets) {
      const url = urlOf(target.value);
      const origin = originOf(url);
      for (const state of states(target.name)) {
        const status = options.errorPages.get(target.name);
        const { page, watch } = await openPage(browser, state, origin, status);
        const response = await page.goto(url, { waitUntil: 'load' });
        if (status !== undefined && response.status() !== status) {
          watch.problems.push(`answered with status ${response.status()}, not ${status}`);
        }
        if (!sources.has(target.name)) {
          sources.set(target.name, await response.text());
          const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((e) => e.textContent));
          blocks.forEach((text, i) => jsonLd.set(`${target.name} JSON-LD ${i + 1}`, text));
        }
        await checkState(results, page, state, watch, out);
        await page.close();
      }
    }
    for (const flow of options.flows) {
      const target = options.targets.find((t) => t.name === flow.name);
      if (!target) throw new Error(`--flow ${flow.name}: no such target`);
      const run = (await import(pathToFileURL(path.resolve(flow.value)).href)).default;
      const flowStates = states(`${flow.name} flow`);
      for (const state of flowStates) {
        const url = urlOf(target.value);
        const { page, watch } = await openPage(browser, state, originOf(url));
        let step = 0;
        const check = async (label) => {
          step++;
          const name = `${flow.name} flow ${step} ${label}`;
          await checkState(results, page, { ...state, page: name }, watch, out);
          if (state === flowStates[0]) {
            sources.set(`${flow.name}-flow-${step}`, await page.content());
            const blocks = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((e) => e.textContent));
            blocks.forEach((text, i) => jsonLd.set(`${name} JSON-LD ${i + 1}`, text));
          }
        };
        const assert = (ok, message) => {
          if (!ok) throw new Error(message);
        };
        await results.check(`${flow.name} flow at ${state.width}px ${state.scheme} ${state.font}px`, async () => {
          await page.goto(url, { waitUntil: 'load' });
          await run({ page, check, assert, url });
          return null;
        });
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }

  // The Nu HTML Checker, on each page's source as served (a flow's states as serialized).
  if (options.vnu) {
    const files = [];
    // Pages in a pseudo-locale (en-XA, ar-XB): their text is English by design, so the
    // checker's guess that the page is not in its language is expected there, and only there.
    const pseudo = new Set();
    for (const [name, html] of sources) {
      const file = path.join(out, 'pages', `${name.replace(/[^A-Za-z0-9-]+/g, '-')}.html`);
      fs.writeFileSync(file, html);
      files.push(file);
      if (/<html lang="[a-z]{2,3}-X[AB]"/.test(html)) pseudo.add(file);
    }
    const expected = (file, m) => pseudo.has(file) && m.message.startsWith('This document appears to be written in');
    // It writes its JSON report on standard error, and exits 1 when it finds an error.
    const run = spawnSync(
      'java',
      ['-cp', path.join(options.vnu, '*'), 'nu.validator.client.SimpleCommandLineValidator', '--format', 'json', '--also-check-css', ...files],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const report = `${run.stderr || ''}${run.error ? String(run.error) : ''}`;
    fs.writeFileSync(path.join(out, 'nu-report.json'), report);
    let messages;
    try {
      messages = JSON.parse(report.trim().split('\n').pop()).messages;
    } catch {
      messages = null;
    }
    for (const file of files) {
      await results.check(`Nu HTML Checker: ${path.basename(file)}`, () => {
        if (!messages) return `no report: ${report.slice(0, 500)}`;
        // Errors and warnings fail; plain information does not.
        const mine = messages.filter(
          (m) =>
            m.url &&
            decodeURIComponent(m.url).endsWith(path.resolve(file)) &&
            (m.type !== 'info' || m.subType === 'warning') &&
            !expected(file, m),
        );
        return mine.length ? mine.map((m) => `${m.type}${m.subType ? `/${m.subType}` : ''} line ${m.lastLine}: ${m.message}`).join('\n') : null;
      });
    }
    if (messages) {
      const unplaced = messages.filter(
        (m) => m.type !== 'info' && !files.some((f) => m.url && decodeURIComponent(m.url).endsWith(path.resolve(f))),
      );
      if (unplaced.length) results.fail('Nu HTML Checker', JSON.stringify(unplaced, null, 1));
    }
  }

  // JSON-LD: valid, expanded without the network, and every term in schema.org's vocabulary.
  if (options.vocab) {
    const vocabulary = Vocabulary.load(options.vocab);
    const loader = vocabulary.documentLoader();
    for (const file of options.jsonld) jsonLd.set(path.basename(file), fs.readFileSync(file, 'utf8'));
    for (const target of options.targets.filter((t) => !options.errorPages.has(t.name))) {
      await results.check(`${target.name}: has JSON-LD`, () =>
        [...jsonLd.keys()].some((label) => label.startsWith(`${target.name} JSON-LD `)) ? null : 'no JSON-LD found',
      );
    }
    for (const [label, text] of jsonLd) {
      await results.check(`${label}: expands as JSON-LD with schema.org terms only`, async () => {
        const doc = JSON.parse(text);
        const expanded = await jsonld.expand(doc, { documentLoader: loader, safe: true });
        const problems = vocabulary.check(expanded);
        return problems.length ? problems.join('\n') : null;
      });
    }
  }

  const clean = [...results.rulesPassed].filter((rule) => !results.rulesViolated.has(rule));
  console.log(
    `browser: ${results.passed} passed, ${results.failed.length} failed ` +
      `(pages ${results.pages.size}, axe rules passed ${clean.length}, ${results.violations} violations)`,
  );
  process.exitCode = results.failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(`browser: ${error.stack || error}`);
  console.log('browser: 0 passed, 1 failed');
  process.exitCode = 1;
});
