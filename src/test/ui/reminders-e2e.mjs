#!/usr/bin/env node
// Due dates and the people picker in the real Tasklist, in headless Chromium:
//   1. over REST, as the demo role holders, two implementations are started: one is taken to Phase 1 (its activities
//      are due at the phase's target end), the other to Annex A f), whose approval (due in pathway.due-dates.approval)
//      names the project leader;
//   2. top management (tina) opens "My groups' tasks" sorted by due date: the list is in the order of the due dates
//      (checked against the same filter over REST);
//   3. tina opens "Annex A f)", claims it and opens the project leader picker: it offers the project team's users.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/reminders-e2e.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { claim, launchChromium, login, openTask, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const { rest, typed, seedToPhase1 } = seeder(BASE);

/** The start-up project up to Annex A f), as seed.mjs answers it. */
async function seedToImplementationApproval(businessKey) {
  await rest('POST', '/process-definition/key/sms-implementation/submit-form', 'tina', {
    businessKey,
    variables: typed({ serviceProvider: 'Fabrikam Hosting', scopeStatement: 'Hosting services in the EU',
      servicesInScope: 'Hosting', customersInScope: 'Contoso Ltd', suppliersInScope: 'DataCentre Partners',
      targetEndPhase1: '2027-06-30' }),
  });
  const done = async (user, key, values) => {
    const [task] = await rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&taskDefinitionKey=${key}`, 'demo');
    if (!task) throw new SmokeError(`no open task ${key} for ${businessKey}`);
    await rest('POST', `/task/${task.id}/submit-form`, user, { variables: typed(values) });
  };
  const gap = { gapSmsStatus: 'No formal SMS', gapDocumentsAndRecords: 'None', gapServiceLevels: '99.0 %',
    gapStaff: '6 staff', gapStatutoryRequirements: 'GDPR', gapWorkingPractices: 'E-mail', gapDocumentsInPlace: ['procedures'] };
  for (const area of ['ManagementResponsibility', 'DocumentAndRecordManagement', 'CompetenceAwarenessAndTraining',
    'PlanTheSmsAndTheService', 'ImplementTheSmsAndProvideTheService', 'MonitorMeasureReviewAndInternalAudit',
    'ImprovementProgramme', 'NewOrChangedServices', 'ServiceLevelManagement', 'ServiceReporting',
    'ServiceContinuityAndAvailabilityManagement', 'BudgetingAndAccountingForServices', 'CapacityManagement',
    'InformationSecurityManagement', 'BusinessRelationshipManagement', 'SupplierManagement',
    'IncidentManagementIncludingRequestFulfilment', 'ProblemManagement', 'ConfigurationManagement',
    'ChangeManagement', 'ReleaseManagementIncludingDeploymentOfTheRelease']) gap[`currentState${area}`] = 'none';
  await done('tina', 'understandingOfIso20000', { principlesUnderstood: true, scopeStatement: 'Hosting services in the EU', applicability: 'All requirements apply' });
  await done('paul', 'gapAnalysisBusinessCase', { gapAnalysisBusinessCase: 'One-week gap analysis', gapAnalysisCost: 9000 });
  await done('tina', 'gapAnalysisBusinessCaseDecision', { gapAnalysisApproval: 'approved', gapAnalysisFunding: 9000 });
  await done('paul', 'gapAnalysis', gap);
  await done('paul', 'implementationBusinessCase', { bcObjectives: 'Certify', bcConformityReview: 'formal-certification', bcScope: 'Hosting',
    bcTimescales: '12 months', bcResources: 'Project leader 50 %', bcRisks: 'Staff turnover', bcGovernance: 'Board, monthly',
    costPhase1: 20000, costPhase2: 25000, costPhase3: 15000, benefitsByPhase: 'Fewer outages' });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const stamp = Date.now();
  await seedToPhase1(`northwind-due-${stamp}`);
  await seedToImplementationApproval(`fabrikam-due-${stamp}`);
  const [filter] = await rest('GET', `/filter?name=${encodeURIComponent("My groups' tasks")}`, 'tina');
  if (!filter) throw new SmokeError('no filter "My groups\' tasks"');
  const sorting = [{ sortBy: 'dueDate', sortOrder: 'asc' }];
  const listed = await rest('POST', `/filter/${filter.id}/list?firstResult=0&maxResults=15`, 'tina', { sorting });
  const dues = listed.map((task) => task.due);
  if (dues.some((due) => !due)) throw new SmokeError(`a task without a due date: ${JSON.stringify(dues)}`);
  if (dues.some((due, i) => i > 0 && Date.parse(dues[i - 1]) > Date.parse(due))) throw new SmokeError(`not in due date order: ${JSON.stringify(dues)}`);
  // tasks due at the same moment may come in any order: a name shown at a place must be due at that place's date
  const all = await rest('POST', `/filter/${filter.id}/list?firstResult=0&maxResults=500`, 'tina', { sorting });
  const duesOf = (name) => all.filter((task) => task.name === name).map((task) => task.due);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(page, { baseUrl: BASE, user: 'tina', password: 'tina', timeout: TIMEOUT });
    await page.goto(`${BASE}/camunda/app/tasklist/default/#/?filter=${filter.id}&sorting=${encodeURIComponent(JSON.stringify(sorting))}`);
    await page.locator('[cam-tasks] ol.tasks-list > li h4 a').first().waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1000);
    const shown = (await page.locator('[cam-tasks] ol.tasks-list > li h4 a').allInnerTexts()).map((s) => s.trim());
    if (shown.length === 0 || shown.some((name, i) => !duesOf(name).includes(dues[i]))) {
      throw new SmokeError(`Tasklist is not sorted by due date: ${JSON.stringify(shown)} vs ${JSON.stringify(listed.map((t) => t.name))}`);
    }
    const header = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    await page.screenshot({ path: path.join(OUT, 'tasklist-sorted-by-due-date.png'), fullPage: true });
    if (!/Due date/.test(header) || !/Due in \d+ days/.test(header)) throw new SmokeError(`the list does not say it is sorted by due date: ${header.slice(0, 300)}`);
    await page.screenshot({ path: path.join(OUT, 'tasklist-sorted-by-due-date.png'), fullPage: true });

    await openTask(page, 'Annex A f)', { timeout: TIMEOUT });
    await claim(page, { timeout: TIMEOUT });
    await page.getByLabel('Approve the implementation business case', { exact: true }).check();
    const picker = page.locator('.fjs-form-field-select').filter({ hasText: 'Project team leader' });
    await picker.waitFor({ timeout: TIMEOUT });
    await picker.scrollIntoViewIfNeeded();
    await picker.locator('input, .fjs-select-display, .fjs-input-group').first().click();
    const options = page.locator('.fjs-dropdownlist-item');
    await options.first().waitFor({ timeout: TIMEOUT });
    const offered = (await options.allInnerTexts()).map((s) => s.trim());
    for (const person of ['Paul Okafor (paul)', 'Pia Lindqvist (pia)']) {
      if (!offered.includes(person)) throw new SmokeError(`the picker does not offer ${person}: ${JSON.stringify(offered)}`);
    }
    if (offered.some((o) => o.includes('(tina)'))) throw new SmokeError(`the picker offers people outside the project team: ${JSON.stringify(offered)}`);
    await page.screenshot({ path: path.join(OUT, 'people-picker.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log('reminders-e2e: OK (Tasklist sorted by due date; the project leader picked from the project team)');
}

main().catch((error) => {
  console.error(`reminders-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
