#!/usr/bin/env node
// Audits, nonconformities, management review and the forms a manager reads, in the real Tasklist (headless Chromium):
//   0. top management starts a scope extension, choosing the implementation from a list (provider and start date);
//   1. top management opens the approval of the implementation business case: all of 5.6 a)-m) and the gap analysis;
//   2. the auditor opens the Phase 3 full internal audit (the called process internal-audit) with its plan and findings,
//      completes it in Tasklist, and its report is downloadable as a record of the document register;
//   3. the incident manager opens the corrective action that the major nonconformity opened;
//   4. top management opens continuing governance (intervals as choices, prefilled) and completes it in Tasklist;
//   5. after a monitoring cycle and an internal audit cycle (over REST), top management opens the management review
//      with its inputs filled in.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/audit-e2e.mjs

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { claim, complete, launchChromium, login, openTask, screenshotWhole, SmokeError, startProcess } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const INCIDENT = 'incident-management-including-request-fulfilment';
const { rest, typed } = seeder(BASE);
const AREAS = ['management-responsibility', 'document-and-record-management', 'competence-awareness-and-training',
  'plan-the-sms-and-the-service', 'implement-the-sms-and-provide-the-service', 'monitor-measure-review-and-internal-audit',
  'improvement-programme', 'new-or-changed-services', 'service-level-management', 'service-reporting',
  'service-continuity-and-availability-management', 'budgeting-and-accounting-for-services', 'capacity-management',
  'information-security-management', 'business-relationship-management', 'supplier-management', INCIDENT,
  'problem-management', 'configuration-management', 'change-management', 'release-management-including-deployment-of-the-release'];
const camel = (id) => id.split('-').map((word) => word[0].toUpperCase() + word.slice(1)).join('');

async function done(businessKey, user, key, values) {
  const [task] = await rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&taskDefinitionKey=${key}`, 'demo');
  if (!task) throw new SmokeError(`no open task ${key} for ${businessKey}`);
  await rest('POST', `/task/${task.id}/submit-form`, user, { variables: typed(values) });
}

async function fire(processInstanceId, timer) {
  const [job] = await rest('GET', `/job?processInstanceId=${processInstanceId}&activityId=${timer}`, 'demo');
  if (!job) throw new SmokeError(`no timer ${timer}`);
  await rest('POST', `/job/${job.id}/execute`, 'demo');
}

/** Opens the task as the user in Tasklist, checks what it shows, screenshots its whole form. */
async function look(browser, user, task, file, expected, then, filter = "My groups' tasks") {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    await login(page, { baseUrl: BASE, user, password: user, timeout: TIMEOUT });
    const form = await openTask(page, task, { timeout: TIMEOUT, filter });
    const shown = (await form.innerText()).replace(/\s+/g, ' ');
    for (const text of expected) {
      if (!shown.includes(text)) throw new SmokeError(`"${task}" does not show "${text}"`);
    }
    await screenshotWhole(page, form, path.join(OUT, file));
    if (then) await then(page, form);
  } finally {
    await context.close();
  }
}

/**
 * A scope extension started in Tasklist: the implementation is chosen from a list (service provider and start date),
 * filled as the start form opens, never typed as a key.
 */
async function scopeExtension(browser, implementationId) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    await login(page, { baseUrl: BASE, user: 'tina', password: 'tina', timeout: TIMEOUT });
    await startProcess(page, 'Scope extension (5.5)', { outDir: OUT, timeout: TIMEOUT });
    const modal = page.locator('.modal-dialog').first();
    const picker = modal.locator('.fjs-form-field-select').filter({ hasText: 'Implementation whose scope is extended' });
    await picker.locator('input, .fjs-select-display, .fjs-input-group').first().click();
    const option = page.locator('.fjs-dropdownlist-item').filter({ hasText: /^Northwind IT Services, started \d{1,2} \w+ \d{4}$/ });
    await option.first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: path.join(OUT, 'scope-extension-choose-implementation.png') });
    await option.first().click();
    await modal.getByLabel(/^Extended SMS scope statement/).fill('Adds the Berlin data centre and its hosting customers');
    await modal.getByLabel(/^Additional services in scope/).fill('Hosting (Berlin)');
    await modal.getByLabel(/^Reason for extending the scope/).fill('Customer demand in Germany');
    await screenshotWhole(page, modal.locator('.fjs-form').first(), path.join(OUT, 'scope-extension-request.png'));
    await modal.getByRole('button', { name: /^Start$/ }).click();
    await modal.waitFor({ state: 'hidden', timeout: TIMEOUT });
  } finally {
    await context.close();
  }
  const started = await rest('GET', '/variable-instance?variableName=baseImplementation', 'demo');
  if (!started.some((variable) => variable.value === implementationId)) {
    throw new SmokeError(`no scope extension of ${implementationId} was started: ${JSON.stringify(started).slice(0, 300)}`);
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const businessKey = `northwind-audit-ui-${Date.now()}`;
  await rest('POST', '/process-definition/key/sms-implementation/submit-form', 'tina', {
    businessKey,
    variables: typed({ serviceProvider: 'Northwind IT Services', scopeStatement: 'Managed workplace and hosting in the EU',
      servicesInScope: 'Managed workplace; Hosting', customersInScope: 'Contoso Ltd', suppliersInScope: 'DataCentre Partners',
      targetEndPhase1: '2027-03-31' }),
  });
  const [programme] = await rest('GET', `/process-instance?businessKey=${businessKey}&processDefinitionKey=sms-implementation`, 'demo');
  await done(businessKey, 'tina', 'understandingOfIso20000', { principlesUnderstood: true, scopeStatement: 'Managed workplace and hosting in the EU', applicability: 'All requirements apply' });
  await done(businessKey, 'paul', 'gapAnalysisBusinessCase', { gapAnalysisBusinessCase: 'Two-week gap analysis', gapAnalysisCost: 18000 });
  await done(businessKey, 'tina', 'gapAnalysisBusinessCaseDecision', { gapAnalysisApproval: 'approved', gapAnalysisFunding: 18000 });
  const states = Object.fromEntries(AREAS.map((area) => [`currentState${camel(area)}`, 'none']));
  await done(businessKey, 'paul', 'gapAnalysis', { ...states, gapSmsStatus: 'No formal SMS; incident and change procedures in draft',
    gapDocumentsAndRecords: 'Incident procedure v0.3', gapServiceLevels: '99.2 %', gapStaff: '14 staff', gapStatutoryRequirements: 'GDPR',
    gapWorkingPractices: 'Tickets', gapDocumentsInPlace: ['procedures'],
    currentStateIncidentManagementIncludingRequestFulfilment: 'partly', currentStateNotesIncidentManagementIncludingRequestFulfilment: 'Ticket tool in use, no major incident procedure',
    currentStateChangeManagement: 'established', currentStateNotesChangeManagement: 'CAB weekly since 2024' });
  await done(businessKey, 'paul', 'implementationBusinessCase', { bcObjectives: 'Certification to ISO/IEC 20000-1 by 2028',
    bcConformityReview: 'formal-certification', bcScope: 'Managed workplace and hosting', bcServiceLevels: 'Availability 99.9 %',
    bcWorkloads: 'Service desk +10 % in Phase 1', bcCostSavings: 'Repeat incidents -30 %', bcBenefits: 'Tenders need the certificate',
    bcTimescales: '18 months', bcResources: 'Project leader 50 %, two process owners 20 %', bcInterestedParties: 'Contoso, DataCentre Partners',
    bcRisks: 'Data centre migration in 2027', bcExternalResources: 'Consultant, 20 days', bcGovernance: 'Board monthly; COO sponsors',
    costPhase1: 40000, costPhase2: 55000, costPhase3: 35000, benefitsByPhase: 'Fewer repeat incidents from Phase 1' });

  const browser = await launchChromium();
  try {
    await look(browser, 'tina', 'Annex A f) Approve the implementation business case', 'business-case-approval.png',
      ['(5.6 a)', '(5.6 d)', '(5.6 g)', '(5.6 j)', '(5.6 l)', '(5.6 m)', 'Formal conformity assessment', 'The gap analysis this is based on',
        'Partly in place', 'Ticket tool in use']);

    await scopeExtension(browser, programme.id);

    // the Phase 3 full internal audit, started where Cockpit would start it, with a plan and findings entered
    const phase = await rest('POST', '/process-definition/key/implementation-phase/start', 'demo', {
      businessKey,
      variables: typed({ implementationId: programme.id, phase: 3, round: 1 }),
      startInstructions: [{ type: 'startBeforeActivity', activityId: 'fullInternalAudit' }],
    });
    const plan = [
      { area: INCIDENT, auditor: 'ada', criteria: '8.6.1, 8.6.2' },
      { area: 'change-management', auditor: 'ada', criteria: '8.5.1' },
    ];
    const findings = [
      { area: INCIDENT, clause: '8.6.1', kind: 'major-nonconformity', statement: 'Major incidents are closed without a review',
        evidence: 'INC-2028-0042 and INC-2028-0057 closed without review; interview with the service desk lead' },
      { area: 'change-management', clause: '8.5.1', kind: 'opportunity-for-improvement', statement: 'Share the change calendar with the service desk',
        evidence: 'Service desk learns of changes from customers' },
    ];
    // the full internal audit runs as the called process internal-audit: its form reads that instance's variables
    const [audit] = await rest('GET', `/process-instance?superProcessInstance=${phase.id}&processDefinitionKey=internal-audit`, 'demo');
    if (!audit) throw new SmokeError('the Phase 3 full internal audit did not call internal-audit');
    for (const [name, value] of Object.entries({ auditPlan: plan, auditFindingItems: findings })) {
      await rest('PUT', `/process-instance/${audit.id}/variables/${name}`, 'demo', { value: JSON.stringify(value), type: 'Json' });
    }
    await rest('PUT', `/process-instance/${audit.id}/variables/plannedStart`, 'demo', { value: '2028-03-01', type: 'String' });
    await rest('PUT', `/process-instance/${audit.id}/variables/plannedEnd`, 'demo', { value: '2028-03-10', type: 'String' });
    await look(browser, 'ada', 'Full internal audit (Phase 3)', 'audit-form-with-findings.png',
      ['Audit plan', 'nobody audits an area whose activities their own role carries out', 'Findings'], async (page) => {
        await claim(page, { timeout: TIMEOUT });
        await page.getByLabel('Summary of the audit').fill('Incident and change management audited; one major nonconformity');
        await page.getByLabel('Conforms, with findings to correct').check();
        await page.screenshot({ path: path.join(OUT, 'audit-form-claimed.png') });
        // completed with Tasklist's own "Complete": form-js's empty error entries for the rows of the dynamic lists
        // no longer hold it back (scripts/form-errors.js)
        await complete(page, { timeout: TIMEOUT });
      });
    const audits = await fetch(`${BASE}/api/implementations/${programme.id}/audits`, {
      headers: { Authorization: 'Basic ' + Buffer.from('paul:paul').toString('base64') },
    }).then((response) => response.json());
    if (audits.length !== 1 || audits[0].findings.length !== 2) throw new SmokeError(`the audit was not kept with its two findings: ${JSON.stringify(audits).slice(0, 300)}`);
    // its report is a record of the document register, downloadable as PDF
    if (!audits[0].reportDocument) throw new SmokeError('the audit report was not kept as a record');
    const report = await fetch(`${BASE}/api/documents/${audits[0].reportDocument}/versions/1/content`, {
      headers: { Authorization: 'Basic ' + Buffer.from('ivan:ivan').toString('base64') },
    });
    if (report.status !== 200 || report.headers.get('content-type') !== 'application/pdf') throw new SmokeError(`the audit report record is not downloadable: ${report.status}`);
    await writeFile(path.join(OUT, 'internal-audit-report.pdf'), Buffer.from(await report.arrayBuffer()));

    await look(browser, 'ivan', 'Correct the nonconformity and plan its corrective action', 'corrective-action.png',
      ['Major nonconformity', 'Incident management (including request fulfilment)', 'Root cause', 'Owner of the corrective action']);

    // continual improvement: continuing governance with interval choices, completed in Tasklist
    const improvement = await rest('POST', '/process-definition/key/continual-improvement/start', 'demo', {
      businessKey, variables: typed({ implementationId: programme.id, serviceProvider: 'Northwind IT Services' }),
    });
    await look(browser, 'tina', 'Continuing governance of the SMS (8.1)', 'continuing-governance-intervals.png',
      ['Monthly', 'Half-yearly', 'Yearly'], async (page) => {
        await claim(page, { timeout: TIMEOUT });
        // the accountable senior manager is a person picked from the offered users (a searchable select)
        const picker = page.locator('.fjs-form-field-select').filter({ hasText: 'Senior manager accountable' });
        await picker.scrollIntoViewIfNeeded();
        await picker.locator('input, .fjs-select-display, .fjs-input-group').first().click();
        const options = page.locator('.fjs-dropdownlist-item');
        await options.first().waitFor({ timeout: TIMEOUT });
        await options.filter({ hasText: '(tina)' }).first().click();
        // members of the group who use Pathway: a taglist, offered as JSON so Tasklist sends it as JSON
        const members = page.locator('.fjs-form-field-taglist').filter({ hasText: 'Members of the group who use Pathway' });
        await members.locator('input').first().click();
        await page.locator('.fjs-dropdownlist-item').filter({ hasText: '(bea)' }).first().click();
        await page.getByLabel(/^Group for continuing governance/).fill('Process owners and service owners of hosting and workplace');
        await complete(page, { timeout: TIMEOUT });
      });
    const intervals = await rest('GET', `/process-instance/${improvement.id}/variables`, 'demo');
    if (intervals.monitoringInterval?.value !== 'P1M' || intervals.managementReviewInterval?.value !== 'P1Y') {
      throw new SmokeError(`the prefilled intervals were not kept: ${JSON.stringify(intervals.monitoringInterval)}`);
    }

    await fire(improvement.id, 'monitoringDue');
    await done(businessKey, 'sofia', 'monitoringCycle', { performanceSummary: 'Availability 99.95 %; two response targets missed', targetsMet: 'some' });
    await fire(improvement.id, 'internalAuditDue');
    await done(businessKey, 'ada', 'internalAudit', { plannedStart: '2028-09-01', plannedEnd: '2028-09-03',
      auditPlan: [{ area: 'change-management', auditor: 'ada', criteria: '8.5.1' }],
      auditFindingItems: [{ area: 'change-management', clause: '8.5.1', kind: 'minor-nonconformity',
        statement: 'Emergency changes are not reviewed afterwards', evidence: 'CHG-0101, CHG-0107' }],
      auditFindings: 'Change management audited', findings: 'Share the change calendar' });
    await fire(improvement.id, 'managementReviewDue');
    await look(browser, 'tina', 'Management review, cycle 1', 'management-review-inputs.png',
      ['Monitoring results', 'Cycle 1: some targets missed', 'Internal audit, cycle 1', 'Minor nonconformity in Change management',
        'Major nonconformity in Incident management', 'Share the change calendar', 'Decisions and actions, each with an owner and a due date'],
      // assigned to the accountable senior manager picked in continuing governance
      undefined, 'My tasks');
  } finally {
    await browser.close();
  }
  console.log(`audit-e2e: OK (${BASE}): business case approval, audit with findings, corrective action, continuing governance and management review; screenshots in ${OUT}`);
}

main().catch((error) => {
  console.error(`audit-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
