#!/usr/bin/env node
// Smoke test of the Camunda 7 Tasklist in headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; no browser download).
//
//   node tasklist-smoke.mjs                       log in, screenshot the Tasklist
//   node tasklist-smoke.mjs --filter "All tasks"  ... after choosing a saved filter (left column)
//   node tasklist-smoke.mjs --task "Annex A a)"   open the first task whose name contains
//                                                 "Annex A a)" (paging through the list; with
//                                                 --filter, in that filter), screenshot its form
//   node tasklist-smoke.mjs --start "ISO/IEC 20000-1 implementation"
//                                                 "Start process" -> choose Pathway's programme,
//                                                 screenshot its start form
// The CLI only looks: it neither claims, starts nor completes anything. Scripts that
// need to can import login, chooseFilter, openTask, claim, complete and startProcess.
//
// Environment (all optional):
//   BASE_URL          default http://localhost:8080   (Tasklist at $BASE_URL/camunda/app/tasklist/)
//   CAMUNDA_USER      default demo   (not $USER: the shell sets that to the login name)
//   CAMUNDA_PASSWORD  default demo   (PASSWORD is accepted too)
//   OUT               default target/ui-screenshots (relative to the current directory)
//   TIMEOUT_MS        default 30000  per wait
//   CHROMIUM_PATH     default /usr/bin/chromium
//   --user/--password/--out/--base-url on the command line override the environment.
//
// Exit status: 0 on success, 1 on any failure (login rejected, filter/task/process not
// found, form not rendered, ...), with a one-line reason on stderr and a
// screenshot of the page as it was in $OUT/failure.png.
//
// Selectors follow Camunda 7.24's Tasklist as rendered (checked in headless Chromium):
// login is form[name="signinForm"] with inputs bound by ng-model; filters are
// [cam-tasklist-filters] .task-filter; the list is [cam-tasks] ol.tasks-list > li.task;
// the open task is [cam-tasklist-task], its Camunda Form .fjs-form, its buttons
// button.claim and button[ng-click="complete()"]; errors and refusals (also the
// server's 400 on submit) show as toasts in .page-notifications .alert-danger.
// A task's form stays read-only until it is claimed; "My groups' tasks" lists only
// unclaimed tasks, so a claimed task is found under "My tasks".

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SEL = {
  loginForm: 'form[name="signinForm"]',
  username: 'form[name="signinForm"] input[ng-model="username"]',
  password: 'form[name="signinForm"] input[ng-model="password"]',
  signIn: 'form[name="signinForm"] button[type="submit"]',
  loginError: '.page-notifications .alert-danger:visible, .notifications .alert-danger:visible',
  taskList: '[cam-tasks]',
  filters: '[cam-tasklist-filters] .task-filter',
  taskListLoaded: '[cam-tasks] .well, [cam-tasks] .tasks-list li.task',
  taskLinks: '[cam-tasks] ol.tasks-list > li h4 a',
  taskPane: '[cam-tasklist-task]',
  camundaForm: '.fjs-form',
  formError: '[cam-tasklist-form] .alert-danger:visible',
  claimButton: '[cam-tasklist-task] button.claim',
  assignee: 'li.assignee [cam-widget-inline-field]',
  completeButton: '[cam-tasklist-task] button[ng-click="complete()"]',
  fieldWithError: '.fjs-has-errors',
  noTask: '.no-task:visible',
  errorNotice: '.page-notifications .alert-danger:visible',
  noticeClose: '.page-notifications .alert button.close:visible',
  nextPage: '[cam-tasks] .pagination-next:not(.disabled) a',
  startProcessLink: 'li.start-process-action a',
  startModal: '.modal-dialog',
  startSearch: '.modal-header input[ng-model="page.searchValue"]',
  processLinks: '.modal-body ul.processes li a',
  startFormHost: '.modal-body [cam-tasklist-form]',
};

export class SmokeError extends Error {}

/** Launch headless Chromium from Debian's package. Playwright gives it a fresh temporary --user-data-dir. */
export function launchChromium(executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium') {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
}

async function visible(locator, timeout) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fill in the login form and submit it until Tasklist sends the login request. On a busy machine a click can land
 * before Tasklist's login handler is bound and send nothing (seen in CI: still on #/login after 30 s); it is tried
 * again then. A login request that was sent is never repeated: its answer decides.
 */
async function signIn(page, user, password, timeout) {
  const attempts = 3;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await page.locator(SEL.username).first().fill(user);
    await page.locator(SEL.password).first().fill(password);
    const sent = page
      .waitForRequest((request) => request.method() === 'POST' && /\/auth\/user\/[^/]+\/login\//.test(request.url()),
        { timeout: Math.min(10000, timeout) })
      .then(() => true, () => false);
    await page.locator(SEL.signIn).click();
    if (await sent) return;
  }
  throw new SmokeError(`login as "${user}": Tasklist sent no login request after ${attempts} clicks on "Sign in"`);
}

/** Open the Tasklist, log in, wait until the task list has loaded. */
export async function login(page, { baseUrl, user, password, timeout }) {
  const url = `${baseUrl}/camunda/app/tasklist/`;
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  } catch (err) {
    throw new SmokeError(`cannot open ${url}: ${err.message.split('\n')[0]}`);
  }
  if (response && response.status() >= 400) {
    throw new SmokeError(`${url} answered HTTP ${response.status()}`);
  }
  if (!(await visible(page.locator(SEL.loginForm), timeout))) {
    throw new SmokeError(`no Camunda login form (${SEL.loginForm}) at ${page.url()}`);
  }
  await signIn(page, user, password, timeout);

  // Either the task list shows up, or the login page shows an error.
  const outcome = page.locator(SEL.taskList).or(page.locator(SEL.loginError));
  if (!(await visible(outcome, timeout))) {
    throw new SmokeError(`login as "${user}" did not complete within ${timeout} ms (still at ${page.url()})`);
  }
  if (await page.locator(SEL.loginError).first().isVisible()) {
    const msg = (await page.locator(SEL.loginError).first().innerText()).replace(/\s+/g, ' ').replace(/^× /, '').trim();
    throw new SmokeError(`login as "${user}" failed: ${msg}`);
  }
  if (!(await visible(page.locator(SEL.taskListLoaded), timeout))) {
    throw new SmokeError('logged in, but the task list did not finish loading');
  }
}

/** Screenshot an element whole: grow the viewport so nothing is clipped by the Tasklist's scroll panes. */
export async function screenshotWhole(page, locator, file) {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { bottom: r.top + window.scrollY + el.scrollHeight };
  });
  const vp = page.viewportSize();
  if (box.bottom + 100 > vp.height) {
    await page.setViewportSize({ width: vp.width, height: Math.min(Math.ceil(box.bottom + 100), 8000) });
  }
  await locator.screenshot({ path: file });
  await page.setViewportSize(vp);
}

/** Click the saved filter (left column) whose name contains `name`; wait for its task list. */
export async function chooseFilter(page, name, { timeout }) {
  const filter = page.locator(SEL.filters).filter({ hasText: name }).first();
  if (!(await visible(filter, timeout))) {
    const names = (await page.locator(`${SEL.filters} .name`).allInnerTexts()).map((s) => s.trim());
    throw new SmokeError(`no filter named like "${name}" (this user sees: ${JSON.stringify(names)})`);
  }
  await filter.click();
  await page.mouse.move(700, 600); // hovering a filter shows a tooltip over the next ones
  await page.locator(`${SEL.filters}.active`).filter({ hasText: name }).waitFor({ timeout });
  await page.waitForTimeout(300); // the list reloads after the click
  if (!(await visible(page.locator(SEL.taskListLoaded), timeout))) {
    throw new SmokeError(`filter "${name}" chosen, but its task list did not load`);
  }
}

/** Find the task whose name contains `name` (paging through the list), click it, wait for its Camunda Form. */
export async function openTask(page, name, { timeout, filter }) {
  if (filter) await chooseFilter(page, filter, { timeout }); // again is harmless: it reloads the list
  const link = page.locator(SEL.taskLinks).filter({ hasText: name }).first();
  const next = page.locator(SEL.nextPage);
  while (!(await link.isVisible()) && (await next.count())) {
    await next.click();
    await page.waitForTimeout(500);
  }
  if (!(await visible(link, timeout))) {
    const names = (await page.locator(SEL.taskLinks).allInnerTexts()).map((s) => s.trim());
    throw new SmokeError(`no task whose name contains "${name}" in the list (last page: ${JSON.stringify(names)})`);
  }
  await link.click();
  const pane = page.locator(SEL.taskPane);
  const form = pane.locator(SEL.camundaForm).first();
  const failed = pane.locator(SEL.formError).first();
  if (!(await visible(form.or(failed), timeout))) {
    throw new SmokeError(`task "${name}" opened, but no Camunda Form (${SEL.camundaForm}) rendered`);
  }
  if (await failed.isVisible()) {
    throw new SmokeError(`form of task "${name}" failed: ${(await failed.innerText()).replace(/\s+/g, ' ').trim()}`);
  }
  await page.waitForTimeout(500); // let form-js finish laying out
  return form;
}

/** Claim the open task if nobody has (its form stays read-only until then). */
export async function claim(page, { timeout }) {
  const button = page.locator(SEL.claimButton);
  if (!(await button.isVisible())) return;
  await button.click();
  await page.locator(SEL.taskPane).locator(SEL.assignee).waitFor({ timeout });
}

/** "label: message" for each field of the open task's form that shows an error. */
async function fieldErrors(page) {
  const fields = page.locator(SEL.taskPane).locator(SEL.fieldWithError);
  const texts = await fields.evaluateAll((els) =>
    els.map((el) => `${el.querySelector('label')?.textContent.replace('*', '').trim()}: ${el.querySelector('.fjs-form-field-error')?.textContent.trim()}`));
  return texts.join('; ');
}

/** Click the open task's "Complete"; fail with the form's or the server's message if it is refused. */
export async function complete(page, { timeout }) {
  const button = page.locator(SEL.completeButton);
  // form-js re-validates a moment after the last edit; give it that moment
  for (let waited = 0; (await button.isDisabled()) && waited < 2000; waited += 250) await page.waitForTimeout(250);
  if (await button.isDisabled()) {
    const errors = await fieldErrors(page);
    throw new SmokeError(`"Complete" is disabled (task not claimed, or form invalid${errors ? `: ${errors}` : ''})`);
  }
  // a toast left by an earlier attempt sits over the button: dismiss it first
  for (const close of await page.locator(SEL.noticeClose).all()) await close.click().catch(() => {});
  await button.click();
  const done = page.locator(SEL.taskPane).locator(SEL.noTask); // the pane empties once the task is gone
  const refused = page.locator(SEL.errorNotice);
  if (!(await visible(done.or(refused), timeout))) throw new SmokeError('"Complete" clicked, but no confirmation');
  if (await refused.first().isVisible()) {
    const msg = (await refused.first().innerText()).replace(/\s+/g, ' ').replace(/^× /, '').trim();
    const errors = await fieldErrors(page);
    throw new SmokeError(`completion refused: ${msg}${errors ? ` (form: ${errors})` : ''}`);
  }
}

/** Screenshot the page and the whole form of the open task. */
async function screenshotTask(page, form, name, outDir) {
  const pageFile = path.join(outDir, `task-${slug(name)}.png`);
  const formFile = path.join(outDir, `task-${slug(name)}-form.png`);
  await page.screenshot({ path: pageFile });
  await screenshotWhole(page, form, formFile);
  return [pageFile, formFile];
}

/** Click "Start process", choose the process whose name contains `name`, screenshot its start form. */
export async function startProcess(page, name, { outDir, timeout }) {
  const open = page.locator(SEL.startProcessLink).first();
  if (!(await visible(open, timeout))) throw new SmokeError('no "Start process" link in the Tasklist header');
  await open.click();
  const modal = page.locator(SEL.startModal).first();
  if (!(await visible(modal, timeout))) throw new SmokeError('"Start process" did not open its dialog');
  await page.locator(SEL.startSearch).fill(name); // narrows the list (it is paginated)
  const choice = page.locator(SEL.processLinks).filter({ hasText: name }).first();
  if (!(await visible(choice, timeout))) {
    const names = (await page.locator(SEL.processLinks).allInnerTexts()).map((s) => s.trim());
    throw new SmokeError(`no startable process named like "${name}" (offered: ${JSON.stringify(names)})`);
  }
  await choice.click();
  const host = page.locator(SEL.startFormHost).first();
  const form = modal.locator(`${SEL.camundaForm}, [cam-tasklist-form] form`).first();
  const failed = modal.locator(SEL.formError).first();
  if (!(await visible(form.or(failed), timeout))) {
    throw new SmokeError(`process "${name}" chosen, but no start form rendered`);
  }
  if (await failed.isVisible()) {
    throw new SmokeError(`start form of "${name}" failed: ${(await failed.innerText()).replace(/\s+/g, ' ').trim()}`);
  }
  await page.waitForTimeout(500);
  const pageFile = path.join(outDir, `start-${slug(name)}.png`);
  const formFile = path.join(outDir, `start-${slug(name)}-form.png`);
  await page.screenshot({ path: pageFile });
  await screenshotWhole(page, (await host.count()) ? host : form, formFile);
  return [pageFile, formFile];
}

/** The whole run; returns the screenshot files written. Throws SmokeError on failure. */
export async function run(opts) {
  const { outDir, task, start } = opts;
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await login(page, opts);
      if (opts.filter) await chooseFilter(page, opts.filter, opts);
      const files = [path.join(outDir, 'tasklist.png')];
      await page.screenshot({ path: files[0] });
      if (task) files.push(...(await screenshotTask(page, await openTask(page, task, opts), task, outDir)));
      if (start) files.push(...(await startProcess(page, start, opts)));
      return files;
    } catch (err) {
      await page.screenshot({ path: path.join(outDir, 'failure.png'), fullPage: true }).catch(() => {});
      throw err;
    }
  } finally {
    await browser.close();
  }
}

function options(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      task: { type: 'string' },
      filter: { type: 'string' },
      start: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
      out: { type: 'string' },
      'base-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return {
    help: values.help,
    baseUrl: (values['base-url'] || env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, ''),
    user: values.user || env.CAMUNDA_USER || 'demo',
    password: values.password || env.CAMUNDA_PASSWORD || env.PASSWORD || 'demo',
    outDir: path.resolve(values.out || env.OUT || 'target/ui-screenshots'),
    timeout: Number(env.TIMEOUT_MS) || 30000,
    task: values.task,
    filter: values.filter,
    start: values.start,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  let opts;
  try {
    opts = options();
  } catch (err) {
    console.error(`tasklist-smoke: ${err.message}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node tasklist-smoke.mjs [--filter "<filter name>"] [--task "<task name part>"] [--start "<process name>"] [--user U --password P --out DIR --base-url URL]');
    process.exit(0);
  }
  try {
    const files = await run(opts);
    for (const f of files) console.log(`tasklist-smoke: screenshot ${f}`);
    console.log(`tasklist-smoke: OK (${opts.baseUrl}, user ${opts.user})`);
  } catch (err) {
    const msg = err instanceof SmokeError ? err.message : err.stack || String(err);
    console.error(`tasklist-smoke: FAILED: ${msg}`);
    console.error(`tasklist-smoke: page at failure: ${path.join(opts.outDir, 'failure.png')}`);
    process.exit(1);
  }
}
