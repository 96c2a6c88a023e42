#!/usr/bin/env node
// Evidence where people work: Pathway's "Documents" tab in the real Tasklist, in headless Chromium.
//   1. over REST, as the demo role holders, an implementation is brought to Phase 1;
//   2. in Tasklist, the incident manager (ivan) opens "Incident management (including request fulfilment) a)",
//      claims it, opens the "Documents" tab and uploads a file as evidence: it becomes a record of the register
//      (DOC-…) and is listed as attached; back on the form, "Documents from the register" names it, and ivan
//      completes the activity as "Achieved" without other evidence;
//   3. on his other activity task, ivan opens the requirements register in the tab (filtered to the incident area and Phase 1): the activity is achieved with
//      the record as its document; he opens the record from there: its versions and history (uploaded by ivan,
//      evidence of the activity);
//   4. over REST, the register and the document's history say the same; another user of the implementation who
//      may not work on the task reads nothing of it (404);
//   5. documentation management (paul) opens the review of a policy submitted for approval: the tab shows the version
//      under review with its download link, the versions and the history.
// Screenshots go to $OUT (default target/ui-screenshots): evidence-attached.png, evidence-form.png,
// evidence-register.png, evidence-document-history.png, document-review-tab.png. Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/evidence-tab-e2e.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { claim, complete, launchChromium, login, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const AREA = 'Incident management (including request fulfilment)';
const TASK = `${AREA} a)`;
const NEXT_TASK = 'Information security management k)'; // ivan's other Phase 1 activity
const { rest, seedToPhase1 } = seeder(BASE);

async function api(method, pathname, user, body) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE}/api${pathname}`, {
    method, headers, body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
  });
  const answer = await response.text();
  return { status: response.status, body: answer ? JSON.parse(answer) : null };
}

/** Opens this run's own task by its id (other runs' implementations may have tasks of the same name). */
async function openById(page, taskId, name) {
  await page.goto(`${BASE}/camunda/app/tasklist/default/#/?task=${taskId}`);
  const pane = page.locator('[cam-tasklist-task]');
  await pane.locator('.fjs-form').first().waitFor({ timeout: TIMEOUT });
  if (!(await pane.innerText()).includes(name)) throw new SmokeError(`task ${taskId} is not "${name}"`);
  await page.waitForTimeout(500); // let form-js finish laying out
}

async function taskOf(query, name) {
  const [task] = await rest('GET', `/task?${query}&name=${encodeURIComponent(name)}`, 'demo');
  if (!task) throw new SmokeError(`no open task "${name}" (${query})`);
  return task.id;
}

async function openDocumentsTab(page) {
  await page.locator('[cam-tasklist-task] .nav-tabs a', { hasText: 'Documents' }).click();
  await page.locator('.pathway-documents').waitFor({ timeout: TIMEOUT });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const businessKey = `northwind-evidence-${Date.now()}`;
  await seedToPhase1(businessKey);
  const [programme] = await rest('GET', `/process-instance?businessKey=${businessKey}&processDefinitionKey=sms-implementation`, 'demo');

  let identifier;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, { baseUrl: BASE, user: 'ivan', password: 'ivan', timeout: TIMEOUT });
    const taskId = await taskOf(`processInstanceBusinessKey=${businessKey}`, TASK);
    await openById(page, taskId, TASK);
    await claim(page, { timeout: TIMEOUT });

    await openDocumentsTab(page);
    const tab = page.locator('.pathway-documents');
    await tab.getByText(`Evidence for Table B.1 ${TASK} (Phase 1)`).waitFor({ timeout: TIMEOUT });
    await tab.getByText('No evidence attached to this task yet.').waitFor({ timeout: TIMEOUT });
    await tab.locator('input[type="file"]').setInputFiles({
      name: 'incident-review-minutes.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Minutes of the incident review of 2026-11-30: all P1 incidents recorded and classified.'),
    });
    await tab.locator('input[name="title"]').fill('Minutes of the incident review, November 2026');
    await tab.locator('input[name="changeSummary"]').fill('Minutes as approved by the meeting');
    await tab.getByRole('button', { name: 'Upload and attach' }).click();
    const attached = tab.locator('.pathway-evidence-list tbody tr').first();
    await attached.waitFor({ timeout: TIMEOUT });
    const row = (await attached.innerText()).replace(/\s+/g, ' ');
    identifier = (row.match(/DOC-\d{4}/) || [])[0];
    for (const expected of ['v1', 'Minutes of the incident review, November 2026', 'record', 'incident-review-minutes.txt', 'issued']) {
      if (!row.includes(expected)) throw new SmokeError(`the attached evidence does not show "${expected}": ${row}`);
    }
    await tab.locator('.pathway-done').waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: path.join(OUT, 'evidence-attached.png'), fullPage: true });

    // the form shows what the tab attached, and records it
    await page.locator('[cam-tasklist-task] .nav-tabs a', { hasText: 'Form' }).click();
    const documentsField = page.getByLabel('Documents from the register (optional)');
    await documentsField.waitFor({ timeout: TIMEOUT });
    if ((await documentsField.inputValue()) !== `${identifier} v1`) {
      throw new SmokeError(`the form's "Documents from the register" shows "${await documentsField.inputValue()}", not "${identifier} v1"`);
    }
    await page.getByLabel('Achieved', { exact: true }).check();
    await documentsField.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'evidence-form.png'), fullPage: true });
    await complete(page, { timeout: TIMEOUT });

    // someone of the implementation who may not work on that task: nothing to attach to
    const foreign = await api('GET', `/tasks/${taskId}/documents`, 'carla');
    if (foreign.status !== 404) throw new SmokeError(`carla read the completed task's tab: HTTP ${foreign.status}`);

    // the register and the record's history, from the next task
    await openById(page, await taskOf(`processInstanceBusinessKey=${businessKey}`, NEXT_TASK), NEXT_TASK);
    await openDocumentsTab(page);
    await tab.getByRole('button', { name: 'Open the register' }).click();
    await tab.locator('.pathway-register-table').waitFor({ timeout: TIMEOUT });
    await tab.locator('select.pathway-register-scope').selectOption({ label: AREA });
    await tab.locator('select.pathway-register-phase').selectOption({ label: 'Phase 1' });
    const line = tab.locator('.pathway-register-table tbody tr', { hasText: `${identifier} v1` }).first();
    await line.waitFor({ timeout: TIMEOUT });
    const shownLine = (await line.innerText()).replace(/\s+/g, ' ');
    for (const expected of [AREA, 'a)', 'achieved', 'ivan']) {
      if (!shownLine.includes(expected)) throw new SmokeError(`the register's line does not show "${expected}": ${shownLine}`);
    }
    await line.evaluate((node) => node.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(OUT, 'evidence-register.png'), fullPage: true });
    await line.getByRole('button', { name: `${identifier} v1` }).click();
    const history = tab.locator('.pathway-register .pathway-history');
    await history.waitFor({ timeout: TIMEOUT });
    const shownHistory = (await history.innerText()).replace(/\s+/g, ' ');
    for (const expected of ['registered', 'uploaded', 'incident-review-minutes.txt', 'evidence', `Evidence of Table B.1 ${TASK}, Phase 1`]) {
      if (!shownHistory.includes(expected)) throw new SmokeError(`the document's history does not show "${expected}": ${shownHistory}`);
    }
    await tab.locator('.pathway-register .pathway-document').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(OUT, 'evidence-document-history.png'), fullPage: true });
  } finally {
    await browser.close();
  }

  const policy = (await api('POST', '/documents', 'paul', {
    implementationId: programme.id, title: 'Incident management policy', type: 'policy',
    areas: ['incident-management-including-request-fulfilment'], ownerGroup: 'incident-management',
  })).body;
  const upload = new FormData();
  upload.append('file', new Blob(['%PDF-1.4 Incident management policy'], { type: 'application/pdf' }), 'incident-policy.pdf');
  upload.append('changeSummary', 'First issue');
  await api('POST', `/documents/${policy.id}/versions`, 'paul', upload);
  await api('POST', `/documents/${policy.id}/versions/1/submit`, 'paul', {});
  const reviewer = await launchChromium();
  try {
    const page = await reviewer.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, { baseUrl: BASE, user: 'paul', password: 'paul', timeout: TIMEOUT });
    const review = `Review ${policy.identifier} Incident management policy, version 1`;
    await openById(page, await taskOf(`processVariables=documentId_eq_${policy.id}`, review), review);
    await openDocumentsTab(page);
    const versions = page.locator('.pathway-documents .pathway-versions tbody tr').first();
    await versions.waitFor({ timeout: TIMEOUT });
    const shownVersion = (await versions.innerText()).replace(/\s+/g, ' ');
    for (const expected of ['1 (this task)', 'in-review', 'incident-policy.pdf', 'paul', 'First issue']) {
      if (!shownVersion.includes(expected)) throw new SmokeError(`the review's tab does not show "${expected}": ${shownVersion}`);
    }
    const href = await versions.locator('a.pathway-download').getAttribute('href');
    const download = await page.request.get(new URL(href, BASE).toString());
    if (download.status() !== 200 || !(download.headers()['content-disposition'] || '').startsWith('attachment')) {
      throw new SmokeError(`the download link answered ${download.status()} ${download.headers()['content-disposition']}`);
    }
    const actions = await page.locator('.pathway-documents .pathway-history tbody tr td:nth-child(2)').allInnerTexts();
    if (actions.join(',') !== 'registered,uploaded,submitted') throw new SmokeError(`the review's history shows ${actions.join(', ')}`);
    await page.screenshot({ path: path.join(OUT, 'document-review-tab.png'), fullPage: true });
  } finally {
    await reviewer.close();
  }

  const register = await api('GET', `/implementations/${programme.id}/register`, 'bea');
  const recorded = register.body.find((line) => line.phase === 1 && line.documents === `${identifier} v1`);
  if (!recorded || recorded.outcome !== 'achieved') throw new SmokeError(`the register has no achieved line with ${identifier} v1`);
  console.log(`evidence-tab-e2e: OK (${BASE}): ivan attached ${identifier} v1 to ${TASK} in Tasklist and completed it as achieved;`
    + ` the register and the record's history show it; screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(`evidence-tab-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
