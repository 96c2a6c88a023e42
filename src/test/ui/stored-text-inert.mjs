#!/usr/bin/env node
// Stored text renders inert in Tasklist and Cockpit, in headless Chromium:
//   1. over REST, as the demo role holders, an implementation whose business key, start form (service provider,
//      scope, services, customers), Annex A answers, Phase 1 evidence and notes, achievement summary and gate
//      rejection reason hold script payloads (<script>, <img onerror>, <svg onload>, javascript: URLs) is brought to
//      its Phase 1 gate, and the board sends the phase back with such a reason;
//   2. in Tasklist, the project leader opens the achievement analysis that shows the reason;
//   3. in Cockpit, an administrator opens the programme's and the phase's process instances, variables tab.
// On every page: no dialog opens (each payload calls alert), window.__pwned stays unset (each payload sets it), no
// javascript: link appears, and the payloads are shown as text. Screenshots go to $OUT (default
// target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/stored-text-inert.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { launchChromium, login, openTask, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);

/** Each payload, if it ever ran, sets window.__pwned to its field's name and opens a dialog. */
const run = (field) => `window.__pwned='${field}';alert('${field}')`;
const PAYLOADS = {
  serviceProvider: (f) => `<script>${run(f)}</script>Northwind`,
  scopeStatement: (f) => `<img src=x onerror="${run(f)}"> Managed workplace`,
  servicesInScope: (f) => `<svg onload="${run(f)}"></svg> Hosting`,
  customersInScope: (f) => `javascript:${run(f)}`,
  applicability: (f) => `<a href="javascript:${run(f)}">all</a> <iframe srcdoc="<script>${run(f)}</script>"></iframe>`,
  evidence: (f) => `<img src=x onerror="${run(f)}"> DOC-42`,
  notes: (f) => `{{constructor.constructor('${run(f)}')()}} <script>${run(f)}</script>`,
  achievementAnalysisSummary: (f) => `<details open ontoggle="${run(f)}">summary</details>`,
  gateVoteReason: (f) => `<img src=x onerror="${run(f)}"> {{constructor.constructor('${run(f)}')()}} not yet`,
};
const payload = (field) => PAYLOADS[field](field);
const { rest, typed, seedToPhase1 } = seeder(BASE, (field, value) => (PAYLOADS[field] ? payload(field) : value));

const members = new Map();
async function holderOf(taskId) {
  for (const link of await rest('GET', `/task/${taskId}/identity-links?type=candidate`, 'demo')) {
    if (!link.groupId) continue;
    if (!members.has(link.groupId)) {
      const [user] = await rest('GET', `/user?memberOfGroup=${link.groupId}`, 'demo');
      members.set(link.groupId, user ? user.id : null);
    }
    if (members.get(link.groupId)) return members.get(link.groupId);
  }
  throw new SmokeError(`no demo user holds a role of task ${taskId}`);
}

async function openTasks(businessKey, key) {
  const query = `processInstanceBusinessKey=${encodeURIComponent(businessKey)}&maxResults=1000` + (key ? `&taskDefinitionKey=${key}` : '');
  return rest('GET', `/task?${query}`, 'demo');
}

/** Phase 1 to its gate with payloads in every text, and the board sends it back with a payload as the reason. */
async function toTheGateAndBack(businessKey) {
  await seedToPhase1(businessKey);
  const activities = (await openTasks(businessKey)).filter((task) => task.camundaFormRef?.key === 'phase-activity');
  if (activities.length < 50) throw new SmokeError(`only ${activities.length} Phase 1 activity tasks`);
  for (const task of activities) {
    await rest('POST', `/task/${task.id}/submit-form`, await holderOf(task.id), {
      variables: typed({ outcome: 'achieved', evidence: 'x', notes: 'x' }),
    });
  }
  const [analysis] = await openTasks(businessKey, 'achievementAnalysis');
  const form = await rest('GET', `/task/${analysis.id}/form-variables?deserializeValues=false`, 'paul');
  const raw = form.keyCharacteristicOptions.value;
  const options = (typeof raw === 'string' ? JSON.parse(raw) : raw).map((option) => option.value);
  await rest('POST', `/task/${analysis.id}/submit-form`, 'paul', {
    variables: typed({ keyCharacteristicsMet: options, achievementAnalysisSummary: 'x' }),
  });
  const [vote] = await openTasks(businessKey, 'phaseGateDecision');
  await rest('POST', `/task/${vote.id}/submit-form`, 'bea', { variables: typed({ gateVote: 'reject', gateVoteReason: 'x' }) });
  const [again] = await openTasks(businessKey, 'achievementAnalysis');
  if (!again) throw new SmokeError('the rejected phase did not return to its achievement analysis');
  return again;
}

/** Payloads that did not run but were not shown as text either (markup interpreted): reported at the end. */
const notAsText = [];

/** Watches a page for any sign of a payload running (fails at once) or of markup interpreted (reported at the end). */
function watch(page, where) {
  const ran = [];
  page.on('dialog', async (dialog) => {
    ran.push(`${where}: a ${dialog.type()} dialog "${dialog.message()}"`);
    await dialog.dismiss().catch(() => {});
  });
  return {
    async check(shown) {
      const state = await page.evaluate(() => ({
        pwned: window.__pwned,
        javascriptLinks: [...document.querySelectorAll('a[href^="javascript:" i], iframe[srcdoc]')].length,
        text: document.body.innerText,
        values: [...document.querySelectorAll('input, textarea')].map((input) => input.value).join('\n'),
      }));
      if (state.pwned !== undefined) ran.push(`${where}: window.__pwned = ${state.pwned}`);
      if (state.javascriptLinks) ran.push(`${where}: ${state.javascriptLinks} javascript: link(s) or srcdoc frame(s) in the page`);
      if (ran.length) throw new SmokeError(`a stored payload ran: ${ran.join('; ')}`);
      const missing = shown.filter((text) => !`${state.text}\n${state.values}`.includes(text));
      if (missing.length) notAsText.push(`${where}: not shown as text: ${missing.join(' | ')}`);
    },
  };
}

async function cockpitVariables(browser, instanceId, fields, alsoShown, file) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1400 } });
  const page = await context.newPage();
  const watcher = watch(page, `Cockpit ${file}`);
  await login(page, { baseUrl: BASE, user: 'demo', password: 'demo', timeout: TIMEOUT });
  await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${instanceId}/runtime?tab=variables-tab`);
  const table = page.locator('[cam-variables-table], .variables-tab table, table.cam-table').first();
  await table.waitFor({ state: 'visible', timeout: TIMEOUT });
  for (const field of fields) {
    await page.getByText(field, { exact: true }).first().waitFor({ timeout: TIMEOUT });
  }
  await page.waitForTimeout(1500); // the diagram and the rest of the page load beside the table
  await page.screenshot({ path: path.join(OUT, file), fullPage: true });
  await watcher.check([...fields.map(payload), ...alsoShown]);
  await context.close();
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const businessKey = `inert-<img src=x onerror="${run('businessKey')}">-${Date.now()}`;
  const analysis = await toTheGateAndBack(businessKey);
  const [programme] = await rest('GET', `/process-instance?businessKey=${encodeURIComponent(businessKey)}&processDefinitionKey=sms-implementation`, 'demo');

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1200 } });
    const page = await context.newPage();
    const tasklist = watch(page, 'Tasklist');
    await login(page, { baseUrl: BASE, user: 'paul', password: 'paul', timeout: TIMEOUT });
    const form = await openTask(page, analysis.name, { timeout: TIMEOUT, filter: "My groups' tasks" });
    await form.getByText('not yet', { exact: false }).first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: path.join(OUT, 'inert-tasklist-analysis.png'), fullPage: true });
    await tasklist.check([payload('gateVoteReason')]);
    await context.close();

    await cockpitVariables(browser, programme.id, ['serviceProvider', 'scopeStatement', 'servicesInScope', 'customersInScope'],
      [businessKey], 'inert-cockpit-programme.png');
    await cockpitVariables(browser, analysis.processInstanceId, [], [], 'inert-cockpit-phase.png');
  } finally {
    await browser.close();
  }
  if (notAsText.length) throw new SmokeError(`no payload ran, but markup was interpreted: ${notAsText.join('; ')}`);
  console.log(`stored-text-inert: OK (${BASE}): no stored payload ran in Tasklist or Cockpit; screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(`stored-text-inert: FAILED: ${error.message}`);
  process.exit(1);
});
