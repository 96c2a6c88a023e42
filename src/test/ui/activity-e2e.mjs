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
import { claim, complete, launchChromium, login, openTask, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const TASK = 'Incident management (including request fulfilment) a)';

async function rest(method, pathname, user, body) {
  const response = await fetch(`${BASE}/engine-rest${pathname}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`${user}:${user}`).toString('base64'),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new SmokeError(`${method} ${pathname} as ${user}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

function typed(values) {
  const variables = {};
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) variables[name] = { value: JSON.stringify(value), type: 'Json' };
    else if (typeof value === 'boolean') variables[name] = { value, type: 'Boolean' };
    else if (typeof value === 'number') variables[name] = { value, type: 'Long' };
    else variables[name] = { value, type: 'String' };
  }
  return variables;
}

const AREAS = ['ManagementResponsibility', 'DocumentAndRecordManagement', 'CompetenceAwarenessAndTraining',
  'PlanTheSmsAndTheService', 'ImplementTheSmsAndProvideTheService', 'MonitorMeasureReviewAndInternalAudit',
  'ImprovementProgramme', 'NewOrChangedServices', 'ServiceLevelManagement', 'ServiceReporting',
  'ServiceContinuityAndAvailabilityManagement', 'BudgetingAndAccountingForServices', 'CapacityManagement',
  'InformationSecurityManagement', 'BusinessRelationshipManagement', 'SupplierManagement',
  'IncidentManagementIncludingRequestFulfilment', 'ProblemManagement', 'ConfigurationManagement',
  'ChangeManagement', 'ReleaseManagementIncludingDeploymentOfTheRelease'];

/** The start-up project of Annex A, as the project team and top management answer it over REST. */
async function seedToPhase1(businessKey) {
  await rest('POST', '/process-definition/key/sms-implementation/submit-form', 'tina', {
    businessKey,
    variables: typed({ serviceProvider: 'Northwind IT Services', scopeStatement: 'Managed workplace and hosting in the EU',
      servicesInScope: 'Managed workplace; Hosting', customersInScope: 'Contoso Ltd', suppliersInScope: 'DataCentre Partners',
      targetEndPhase1: '2027-03-31' }),
  });
  const done = async (user, key, values) => {
    const [task] = await rest('GET', `/task?processInstanceBusinessKey=${businessKey}&taskDefinitionKey=${key}`, 'demo');
    if (!task) throw new SmokeError(`no open task ${key} for ${businessKey}`);
    await rest('POST', `/task/${task.id}/submit-form`, user, { variables: typed(values) });
  };
  const gap = { gapSmsStatus: 'No formal SMS', gapDocumentsAndRecords: 'Incident procedure v0.3', gapServiceLevels: '99.2 %',
    gapStaff: '14 staff', gapStatutoryRequirements: 'GDPR', gapWorkingPractices: 'Tickets', gapDocumentsInPlace: ['procedures'] };
  for (const area of AREAS) gap[`currentState${area}`] = 'none';
  await done('tina', 'understandingOfIso20000', { principlesUnderstood: true, scopeStatement: 'Managed workplace and hosting in the EU', applicability: 'All requirements apply' });
  await done('paul', 'gapAnalysisBusinessCase', { gapAnalysisBusinessCase: 'Two-week gap analysis', gapAnalysisCost: 18000 });
  await done('tina', 'gapAnalysisBusinessCaseDecision', { gapAnalysisApproval: 'approved', gapAnalysisFunding: 18000 });
  await done('paul', 'gapAnalysis', gap);
  await done('paul', 'implementationBusinessCase', { bcObjectives: 'Certify', bcConformityReview: 'formal-certification', bcScope: 'Hosting',
    bcTimescales: '18 months', bcResources: 'Project leader 50 %', bcRisks: 'Migration', bcGovernance: 'Board, monthly',
    costPhase1: 40000, costPhase2: 55000, costPhase3: 35000, benefitsByPhase: 'Fewer repeat incidents' });
  await done('tina', 'implementationBusinessCaseDecision', { implementationApproval: 'approved', projectSponsors: 'COO', smsCommitment: true,
    governanceGroup: 'COO and heads of service', governanceTermsOfReference: 'Directs the project', governanceGroupEstablished: true,
    projectLeader: 'Paul Okafor', projectTeam: 'Paul Okafor, Pia Lindqvist' });
  await done('paul', 'implementationPlan', { planTimescales: 'Jan-Mar', serviceOwners: 'Sofia Reyes', processOwners: 'Ivan Petrov',
    readinessConsiderations: ['timeframe', 'resources', 'finances', 'risks', 'output-recipients', 'maturity', 'receptiveness',
      'communication', 'procurement', 'review-procedures'], planBasedOnGapAnalysis: true });
  await done('tina', 'implementationPlanDecision', { planAgreement: 'approved', topManagementCommitted: true,
    fundsAndResourcesAvailable: true, resourcesCommitted: 'Budget released' });
  await done('paul', 'phasePlanAdjustment', { planAdjustmentNotes: 'Confirmed', planConfirmed: true });
}

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
