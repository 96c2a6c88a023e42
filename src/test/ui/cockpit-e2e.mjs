#!/usr/bin/env node
// Pathway in Cockpit, in headless Chromium:
//   1. over REST, as the demo role holders, an implementation is brought into Phase 1 and a few of its activities are
//      recorded (incident management achieved with evidence, one change management activity not applicable);
//   2. in Cockpit, the process owner (sofia) logs in, opens "Pathway" from the navigation: the overview lists the
//      implementation with its phase and share achieved;
//   3. she opens the implementation: the Table B.1 heatmap (21 areas x 3 phases) shows, a click on the incident
//      management cell of Phase 1 lists its activities with outcome, evidence, who and when;
//   4. she downloads a report from the page ($REPORT: the link whose data-report ends with it, default
//      register.csv) and the file is checked (CSV header or PDF signature);
//   5. the same page shows as the "Pathway" tab of the implementation's process instance;
//   6. the header reads "Pathway Cockpit" and Camunda 7 CE's end-of-life banner is not shown; an administrator sees
//      the banner in Admin ("Pathway Admin"), and Tasklist ("Pathway Tasklist") without it.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 REPORT=reports/status.pdf node src/test/ui/cockpit-e2e.mjs

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { seeder } from './seed.mjs';
import { launchChromium, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const REPORT = process.env.REPORT || 'register.csv';
const USER = process.env.COCKPIT_USER || 'sofia';

const { rest, typed, seedToPhase1 } = seeder(BASE);

async function holderOf(taskId) {
  for (const link of await rest('GET', `/task/${taskId}/identity-links?type=candidate`, 'demo')) {
    if (!link.groupId) continue;
    const [user] = await rest('GET', `/user?memberOfGroup=${link.groupId}`, 'demo');
    if (user) return user.id;
  }
  throw new SmokeError(`no demo user holds a role of task ${taskId}`);
}

/** Phase 1 under way: incident management achieved with evidence, one change management activity not applicable. */
async function seed(businessKey) {
  await seedToPhase1(businessKey);
  const tasks = await rest('GET', `/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&maxResults=1000`, 'demo');
  const activities = tasks.filter((task) => task.camundaFormRef?.key === 'phase-activity');
  const incident = activities.filter((task) => task.name.startsWith('Incident management'));
  const change = activities.filter((task) => task.name.startsWith('Change management')).slice(0, 1);
  if (!incident.length || !change.length) throw new SmokeError('no incident or change management activity in Phase 1');
  for (const task of incident) {
    await rest('POST', `/task/${task.id}/submit-form`, await holderOf(task.id), {
      variables: typed({ outcome: 'achieved', evidence: 'INC-PROC v1.0; REC-2027-014', notes: 'Reviewed with the process owner' }),
    });
  }
  for (const task of change) {
    await rest('POST', `/task/${task.id}/submit-form`, await holderOf(task.id), {
      variables: typed({ outcome: 'not-applicable', justification: 'Covered by the supplier contract', notes: 'n/a' }),
    });
  }
  const [programme] = await rest('GET', `/process-instance?businessKey=${encodeURIComponent(businessKey)}&processDefinitionKey=sms-implementation`, 'demo');
  return { id: programme.id, incident: incident.length };
}

async function cockpitLogin(page) {
  await page.goto(`${BASE}/camunda/app/cockpit/default/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  await page.locator('form[name="signinForm"]').waitFor({ timeout: TIMEOUT });
  await page.locator('form[name="signinForm"] input[ng-model="username"]').fill(USER);
  await page.locator('form[name="signinForm"] input[ng-model="password"]').fill(USER);
  await page.locator('form[name="signinForm"] button[type="submit"]').click();
  await page.locator('a.pw-navigation').first().waitFor({ timeout: TIMEOUT });
}

/** An administrator: Admin keeps Camunda 7 CE's end-of-life banner, Tasklist carries Pathway's name without it. */
async function operatorsSeeTheBanner(browser) {
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/camunda/app/admin/default/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  await page.locator('form[name="signinForm"]').waitFor({ timeout: TIMEOUT });
  await page.locator('form[name="signinForm"] input[ng-model="username"]').fill('demo');
  await page.locator('form[name="signinForm"] input[ng-model="password"]').fill('demo');
  await page.locator('form[name="signinForm"] button[type="submit"]').click();
  try {
    await page.locator('.ce-eol-banner').first().waitFor({ state: 'visible', timeout: TIMEOUT });
  } catch (error) {
    throw new SmokeError('Admin does not show the end-of-life banner to its operators');
  }
  const admin = await page.locator('.navbar-brand').first().innerText();
  await page.screenshot({ path: path.join(OUT, 'admin-keeps-the-banner.png') });
  await page.goto(`${BASE}/camunda/app/tasklist/default/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  await page.locator('.navbar-brand').filter({ hasText: 'Pathway Tasklist' }).first().waitFor({ timeout: TIMEOUT });
  await page.getByText('My tasks').first().waitFor({ timeout: TIMEOUT });
  // the translations have loaded: no untranslated key such as CREATION_DATE is left on the page
  // (only for the screenshot's sake: a slow machine may take longer, which is not what this check is about)
  await page.waitForFunction(() => !/\bCREATION_DATE\b/.test(document.body.innerText), null, { timeout: TIMEOUT })
    .catch(() => console.log('cockpit-e2e: note: Tasklist\'s translations were still loading for the screenshot'));
  if (await page.locator('.ce-eol-banner').first().isVisible().catch(() => false)) {
    throw new SmokeError('the end-of-life banner is shown in Tasklist');
  }
  await page.screenshot({ path: path.join(OUT, 'tasklist-pathway-name.png') });
  if (!/Pathway Admin/.test(admin)) throw new SmokeError(`Admin's header reads "${admin}"`);
  await context.close();
}

async function expectText(locator, text, where) {
  try {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: TIMEOUT });
  } catch (error) {
    throw new SmokeError(`${where}: "${text}" not shown`);
  }
}

/** The example implementation's row in the overview, once the background start-up has made it (up to 3 minutes). */
async function exampleRow(page) {
  const deadline = Date.now() + 180000;
  for (;;) {
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/pathway`);
    await page.reload();
    const row = page.locator('tr[data-implementation]').filter({ hasText: 'Fabrikam Managed Services' }).first();
    await page.locator('tr[data-implementation]').first().waitFor({ timeout: TIMEOUT });
    if ((await row.count()) > 0 && /\b2 \/ round 1\b/.test(await row.innerText())) return row;
    if (Date.now() > deadline) throw new SmokeError('the example implementation did not reach Phase 2 in the overview');
    await page.waitForTimeout(5000);
  }
}

async function main() {
  await mkdir(OUT, { recursive: true });
  const businessKey = `cockpit-e2e-${Date.now()}`;
  const { id, incident } = await seed(businessKey);

  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1500, height: 1100 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await cockpitLogin(page);
    const brand = await page.locator('.navbar-brand').first().innerText();
    if (!/Pathway/.test(brand)) throw new SmokeError(`Cockpit's header reads "${brand}", not Pathway's name`);
    if (await page.locator('.ce-eol-banner').first().isVisible().catch(() => false)) {
      throw new SmokeError('the end-of-life banner is shown to a role holder in Cockpit');
    }

    // the overview, from the navigation
    await page.locator('a.pw-navigation').first().click();
    const row = page.locator(`tr[data-implementation="${id}"]`);
    await row.waitFor({ timeout: TIMEOUT });
    await expectText(row, 'Northwind IT Services', 'overview');
    await expectText(row, '1 / round 1', 'overview');
    await page.screenshot({ path: path.join(OUT, 'cockpit-pathway-overview.png'), fullPage: true });

    // the implementation and its heatmap
    await row.locator('a').first().click();
    const heatmap = page.locator('table.pw-heatmap');
    await heatmap.waitFor({ timeout: TIMEOUT });
    const areas = await heatmap.locator('tbody tr').count();
    const phases = await heatmap.locator('thead th').count();
    if (areas !== 21 || phases !== 4) throw new SmokeError(`the heatmap has ${areas} areas and ${phases - 1} phases, not 21 x 3`);
    const cell = heatmap.locator('td[data-area="incident-management-including-request-fulfilment"][data-phase="1"]');
    await expectText(cell, '100 %', 'incident management in Phase 1');
    await cell.click();
    const details = page.locator('#pw-cell-details table.pw-activities tbody tr');
    await details.first().waitFor({ timeout: TIMEOUT });
    if ((await details.count()) !== incident) throw new SmokeError(`the cell lists ${await details.count()} activities, not ${incident}`);
    await expectText(details, 'INC-PROC v1.0', 'the activities of the cell');
    await expectText(details, 'ivan', 'the activities of the cell');
    await expectText(page.locator('.pw-forecast'), 'activities recorded', 'forecast');
    // the gate timeline reads /api/implementations/<id>/gates: nothing decided yet for this implementation
    await expectText(page.locator('.pw-gates'), 'No gate decided yet', 'the gate timeline');
    const gates = (await page.locator('.pw-gates').innerText()).trim();
    await page.locator('.pw-gates').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'cockpit-pathway-work-and-gates.png') });
    await page.screenshot({ path: path.join(OUT, 'cockpit-pathway-heatmap.png'), fullPage: true });

    // a report, downloaded from the page
    const link = page.locator(`.pw-downloads a[data-report$="${REPORT}"]`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), link.click()]);
    const file = path.join(OUT, `cockpit-download-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const content = await readFile(file);
    if (REPORT.endsWith('.pdf') ? content.subarray(0, 5).toString() !== '%PDF-' : !content.toString('utf8').startsWith('areaId,')) {
      throw new SmokeError(`the downloaded ${REPORT} (${download.suggestedFilename()}) is not what it should be`);
    }

    // the same as a tab of the process instance
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/process-instance/${id}/runtime`);
    const tabLink = page.locator('ul.nav-tabs a, .nav-tabs a').filter({ hasText: /^\s*Pathway\s*$/ }).first();
    await tabLink.waitFor({ timeout: TIMEOUT });
    await tabLink.click();
    const tab = page.locator('table.pw-heatmap');
    await tab.waitFor({ timeout: TIMEOUT });
    await page.waitForTimeout(1500); // the diagram renders beside the tabs
    await page.screenshot({ path: path.join(OUT, 'cockpit-pathway-instance-tab.png'), fullPage: true });

    // the living example of the demo profile, made in the background at start-up: its Phase 1 gate with the votes
    const example = await exampleRow(page);
    await example.locator('a').first().click();
    await expectText(page.locator('.pw-gates .pw-gate'), 'Phase 1 exit', 'the example\'s gate timeline');
    await expectText(page.locator('.pw-gates table.pw-votes'), 'ben', 'the example\'s votes');
    await page.locator('.pw-gates').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'cockpit-pathway-example-gate.png') });

    if (problems.length) throw new SmokeError(`script errors in the page: ${problems.join('; ')}`);
    await context.close();
    await operatorsSeeTheBanner(browser);
    console.log(`cockpit-e2e: OK (${BASE}): ${USER} saw the overview, the heatmap, the instance tab and the example's gate, downloaded ${download.suggestedFilename()}; gate timeline: ${gates}; screenshots in ${OUT}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`cockpit-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
