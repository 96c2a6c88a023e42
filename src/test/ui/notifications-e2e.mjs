#!/usr/bin/env node
// "My notifications" in the real Tasklist's header, in headless Chromium, as a process owner (sofia):
//   1. she opens "My notifications": e-mail on, every kind of mail chosen, no calendar link;
//   2. she switches e-mail off and saves: Pathway keeps it (GET /api/me/notifications over REST, and the panel
//      after reloading Tasklist); she switches it back on without "due soon" mails, then with every kind again;
//   3. she creates a calendar link: the link is shown once and the feed it names is an iCalendar feed;
//   4. she revokes it: the same link gets 401.
// Screenshots go to $OUT (default target/ui-screenshots). Exit 0 on success, 1 with a reason otherwise.
//
//   BASE_URL=http://localhost:8080 node src/test/ui/notifications-e2e.mjs

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium, login, SmokeError } from './tasklist-smoke.mjs';

const BASE = process.env.BASE_URL || 'http://localhost:8080';
const OUT = process.env.OUT || 'target/ui-screenshots';
const TIMEOUT = Number(process.env.TIMEOUT_MS || 30000);
const USER = 'sofia';

/** Pathway's own API as the user, over HTTP Basic (as an integrator would read it). */
async function api(method, pathname, body) {
  const response = await fetch(`${BASE}/api${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: 'Basic ' + Buffer.from(`${USER}:${USER}`).toString('base64') },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new SmokeError(`${method} /api${pathname}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

function expect(condition, message) {
  if (!condition) throw new SmokeError(message);
}

async function openPanel(page) {
  await page.getByRole('button', { name: 'My notifications' }).click();
  const panel = page.getByRole('dialog', { name: 'My notifications' });
  await panel.getByRole('button', { name: 'Save my choices' }).waitFor({ timeout: TIMEOUT });
  return panel;
}

async function statusSays(panel, text) {
  const status = panel.getByRole('status');
  await status.filter({ hasText: text }).waitFor({ timeout: TIMEOUT }).catch(async () => {
    throw new SmokeError(`the panel does not say "${text}" but "${(await status.innerText()).trim()}"`);
  });
}

async function main() {
  await mkdir(OUT, { recursive: true });
  // a known start: every kind on, no calendar link
  await api('PUT', '/me/notifications', { enabled: true, newWork: true, dueSoon: true, overdue: true, weeklySummary: true });
  await api('DELETE', '/me/calendar-token');

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await login(page, { baseUrl: BASE, user: USER, password: USER, timeout: TIMEOUT });
    let panel = await openPanel(page);
    const mail = panel.getByLabel('Send me e-mail about my tasks');
    expect(await mail.isChecked(), 'e-mail is not shown as on for someone who never chose');
    for (const kind of ['New work for me or my groups', 'A task is due soon', 'A task is overdue',
      'Weekly summary of overdue activities per area']) {
      expect(await panel.getByLabel(kind).isChecked(), `"${kind}" is not shown as chosen`);
    }
    expect(await panel.getByText('You have no calendar link.').isVisible(), 'the panel does not say there is no calendar link');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'my-notifications.png') });

    // off
    await mail.uncheck();
    expect(await panel.getByLabel('A task is due soon').isDisabled(), 'the kinds of mail stay choosable while e-mail is off');
    await panel.getByRole('button', { name: 'Save my choices' }).click();
    await statusSays(panel, 'Saved: you get no e-mail notifications.');
    expect((await api('GET', '/me/notifications')).enabled === false, 'Pathway did not keep "off"');
    await page.screenshot({ path: path.join(OUT, 'my-notifications-off.png') });

    // still off after reloading Tasklist
    await page.reload();
    await page.locator('[cam-tasks]').first().waitFor({ timeout: TIMEOUT });
    panel = await openPanel(page);
    expect(!(await panel.getByLabel('Send me e-mail about my tasks').isChecked()), 'after a reload the panel shows e-mail on again');

    // back on, without "due soon"
    await panel.getByLabel('Send me e-mail about my tasks').check();
    await panel.getByLabel('A task is due soon').uncheck();
    await panel.getByRole('button', { name: 'Save my choices' }).click();
    await statusSays(panel, 'Saved: your e-mail notifications are on.');
    let saved = await api('GET', '/me/notifications');
    expect(saved.enabled === true && saved.dueSoon === false && saved.overdue === true,
      `Pathway did not keep "on, without due soon": ${JSON.stringify(saved)}`);
    await panel.getByLabel('A task is due soon').check();
    await panel.getByRole('button', { name: 'Save my choices' }).click();
    await statusSays(panel, 'Saved: your e-mail notifications are on.');
    saved = await api('GET', '/me/notifications');
    expect(saved.enabled && saved.newWork && saved.dueSoon && saved.overdue && saved.weeklySummary,
      `not every kind is back on: ${JSON.stringify(saved)}`);

    // the calendar link
    await panel.getByRole('button', { name: 'Create a calendar link' }).click();
    const shown = panel.getByLabel('Your calendar link');
    await shown.waitFor({ timeout: TIMEOUT });
    const link = await shown.inputValue();
    expect(/\/api\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/.test(link), `not a calendar link: ${link}`);
    expect(await panel.getByText('it is shown only this once').isVisible(), 'the panel does not say the link is shown once');
    expect((await api('GET', '/me/notifications')).calendarFeed === true, 'Pathway has no calendar link for her');
    // the link names this server's feed (its host is pathway.notifications.base-url; the path is the feed's)
    const feedUrl = BASE + new URL(link).pathname;
    const feed = await fetch(feedUrl);
    const calendar = await feed.text();
    expect(feed.ok && calendar.startsWith('BEGIN:VCALENDAR'), `the link gives HTTP ${feed.status}: ${calendar.slice(0, 200)}`);
    await page.screenshot({ path: path.join(OUT, 'my-notifications-calendar-link.png') });

    await panel.getByRole('button', { name: 'Revoke the link' }).click();
    await statusSays(panel, 'Revoked: your calendar link no longer works.');
    expect(await panel.getByText('You have no calendar link.').isVisible(), 'the panel still shows a calendar link');
    const revoked = await fetch(feedUrl);
    expect(revoked.status === 401, `a revoked link gets HTTP ${revoked.status}, not 401`);
    expect((await api('GET', '/me/notifications')).calendarFeed === false, 'Pathway still has a calendar link for her');
    await page.screenshot({ path: path.join(OUT, 'my-notifications-calendar-revoked.png') });

    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'My notifications' }).count() === 0, 'Escape does not close the panel');
  } finally {
    await browser.close();
  }
  console.log('notifications-e2e: OK (e-mail switched off and back on, a kind of mail chosen, a calendar link created and revoked)');
}

main().catch((error) => {
  console.error(`notifications-e2e: FAILED: ${error.message}`);
  process.exit(1);
});
