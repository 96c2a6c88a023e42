#!/usr/bin/env node
// End-to-end check of Pathway's own processes in the real Tasklist, in headless Chromium:
//   1. over REST, as the demo role holders, an implementation is started and its start-up project (Annex A a-h)
//      and Phase 1 plan adjustment completed;
//   2. in Tasklist, the incident manager (ivan) opens "Incident management (including request fulfilment) a)",
//      sees what the standard asks (computed when the form is fetched), claims it, records "Achieved" without
//      evidence (refused by the form), then with evidence, and completes it;
//   3. over REST, the progress report counts the record, and the completed task left no process variables.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/activity-e2e.mjs
//
// .ci/run starts Pathway on an in-memory H2 database and runs this script after the Maven build.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { claim, complete, launchChromium, login, openTask, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const TASK = 'Incident management (including request fulfilment) a)';
const { rest, seedToPhase1 } = seeder(BASE);

async function main() {
  await mkdir(OUT, { recursive: true });
  const businessKey = `northwind-ui-${Date.now()}`;
  await seedToPhase1(businessKey);
  const [programme] = await rest('GET', `/process-instance?businessKey=${businessKey}&processDefinitionKey=sms-implementation`, 'demo');

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, { baseUrl: BASE, user: 'ivan', password: 'ivan', timeout: TIMEOUT });
    const form = await openTask(page, TASK, { timeout: TIMEOUT, filter: "My groups' tasks" });
    const shown = (await form.innerText()).replace(/\s+/g, ' ');
    for (const expected of ['What the standard asks', `Table B.1 ${TASK}`, 'Incidents and service requests are recorded',
      'Key characteristic of this area in Phase 1 (Table 2)']) {
      if (!shown.includes(expected)) throw new SmokeError(`the form does not show "${expected}"`);
    }
    await claim(page, { timeout: TIMEOUT });
    await page.getByLabel('Achieved', { exact: true }).check();
    await page.getByLabel('Notes (optional)').fill('Recorded in the ticket tool since 2025');
    await page.screenshot({ path: path.join(OUT, 'activity-before-evidence.png'), fullPage: true });
    let refused = null;
    try {
      await complete(page, { timeout: TIMEOUT });
    } catch (error) {
      refused = error;
    }
    if (!refused) throw new SmokeError('"Achieved" without evidence was accepted');
    await page.getByLabel(/^Evidence/).fill('PRC-INC-01 v1.0; ticket tool export 2026-11');
    await page.screenshot({ path: path.join(OUT, 'activity-filled.png'), fullPage: true });
    await complete(page, { timeout: TIMEOUT });
    await page.screenshot({ path: path.join(OUT, 'activity-completed.png'), fullPage: true });
  } finally {
    await browser.close();
  }

  const progress = await fetch(`${BASE}/api/implementations/${programme.id}/progress`, {
    headers: { Authorization: 'Basic ' + Buffer.from('bea:bea').toString('base64') },
  }).then((response) => response.json());
  const incident = progress.phases[0].areas.find((area) => area.areaId === 'incident-management-including-request-fulfilment');
  if (incident.outcomes.achieved !== 1) throw new SmokeError(`progress counts ${incident.outcomes.achieved} achieved, not 1`);
  const leftovers = await rest('GET', `/variable-instance?variableName=evidence&processInstanceIdIn=${programme.id}`, 'demo');
  const history = await rest('GET', '/history/variable-instance?variableName=evidence', 'demo');
  if (leftovers.length || history.length) throw new SmokeError('the evidence was stored as a process variable');
  console.log(`activity-e2e: OK (${BASE}): ivan recorded ${TASK} as achieved in Tasklist; screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(`activity-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
