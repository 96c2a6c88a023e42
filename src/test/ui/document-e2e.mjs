#!/usr/bin/env node
// Approval before issue in the real Tasklist, in headless Chromium (Table B.1 Document and record management c) 5)):
//   1. over REST, an implementation is started, documentation management (paul) registers the service management
//      policy, uploads its first version and submits it for approval;
//   2. in Tasklist, paul reviews it ("Review DOC-… version 1": the standard's words, the document, the decision),
//      then top management (tina) approves it for issue;
//   3. over REST, the register shows the policy issued, version 1 current, and the log says who did what.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/document-e2e.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { claim, complete, launchChromium, login, openTask, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const { rest } = seeder(BASE);

async function api(method, pathname, user, body) {
  const headers = { Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64') };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${BASE}/api${pathname}`, {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const answer = await response.text();
  if (!response.ok) throw new SmokeError(`${method} /api${pathname} as ${user}: HTTP ${response.status} ${answer.slice(0, 300)}`);
  return answer ? JSON.parse(answer) : null;
}

async function decide(browser, user, taskName, decisionLabel, screenshot) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await login(page, { baseUrl: BASE, user, password: user, timeout: TIMEOUT });
  const form = await openTask(page, taskName, { timeout: TIMEOUT, filter: "My groups' tasks" });
  const shown = (await form.innerText()).replace(/\s+/g, ' ');
  for (const expected of ['What the standard asks', 'controls for approval of new versions of documents before issue',
    taskName.replace(/^(Review|Approve) /, '').replace(/ for issue$/, ''), 'Change summary of this version: First issue']) {
    if (!shown.includes(expected)) throw new SmokeError(`${user}'s form does not show "${expected}"`);
  }
  await claim(page, { timeout: TIMEOUT });
  await page.getByLabel(decisionLabel, { exact: true }).check();
  await page.screenshot({ path: path.join(OUT, screenshot), fullPage: true });
  await complete(page, { timeout: TIMEOUT });
  await page.close();
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const programme = await rest('POST', '/process-definition/key/sms-implementation/submit-form', 'tina', {
    businessKey: `northwind-documents-${Date.now()}`,
    variables: {
      serviceProvider: { value: 'Northwind IT Services' },
      scopeStatement: { value: 'Managed workplace and hosting services in the EU' },
      servicesInScope: { value: 'Managed workplace; Hosting' },
      customersInScope: { value: 'Internal business units' },
      suppliersInScope: { value: 'DataCentre Partners' },
      targetEndPhase1: { value: '2027-03-31' },
    },
  });
  const policy = await api('POST', '/documents', 'paul', {
    implementationId: programme.id, title: 'Service management policy', type: 'policy',
    areas: ['management-responsibility'], ownerGroup: 'top-management', reviewDate: '2027-06-30',
  });
  const upload = new FormData();
  upload.append('file', new Blob(['%PDF-1.4 Service management policy'], { type: 'application/pdf' }), 'policy.pdf');
  upload.append('changeSummary', 'First issue');
  await api('POST', `/documents/${policy.id}/versions`, 'paul', upload);
  await api('POST', `/documents/${policy.id}/versions/1/submit`, 'paul', {});

  const label = `${policy.identifier} Service management policy, version 1`;
  const browser = await launchChromium();
  try {
    await decide(browser, 'paul', `Review ${label}`, 'Reviewed: adequate, pass it on for approval', 'document-review.png');
    await decide(browser, 'tina', `Approve ${label} for issue`, 'Approve: issue this version; it becomes the current one',
      'document-approval.png');
  } finally {
    await browser.close();
  }

  const issued = await api('GET', `/documents/${policy.id}`, 'paul');
  if (issued.document.status !== 'issued' || issued.document.currentVersion !== 1) {
    throw new SmokeError(`the policy is ${issued.document.status}, current version ${issued.document.currentVersion}`);
  }
  const actions = (await api('GET', `/documents/${policy.id}/history`, 'paul')).map((event) => `${event.action} by ${event.actor}`);
  for (const expected of ['submitted by paul', 'issued by tina']) {
    if (!actions.includes(expected)) throw new SmokeError(`the log does not say "${expected}": ${actions.join(', ')}`);
  }
  console.log(`document-e2e: OK (${BASE}): ${policy.identifier} reviewed by paul and approved by tina in Tasklist, issued; screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(`document-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
