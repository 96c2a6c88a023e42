// "My notifications" in Tasklist's header (plugin point tasklist.navbar.action), plain JavaScript, no build.
// A person's own choices, kept by Pathway (GET/PUT /api/me/notifications): e-mail on or off, which mails
// (new work, due soon, overdue, the weekly summary for process owners) and to which address; and their calendar
// feed of due dates (POST/DELETE /api/me/calendar-token): a private link that is shown once when created and
// stops working when revoked or replaced.

import { call, el } from './common.js';

const PANEL_ID = 'pathway-notifications-panel';

/** An ISO-8601 duration as people say it: PT1H "hour", P2D "2 days", PT30M "30 minutes". */
export function spoken(iso) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso || '');
  if (!match) return iso || '';
  const parts = [[match[1], 'day'], [match[2], 'hour'], [match[3], 'minute'], [match[4], 'second']]
    .filter(([count]) => count && Number(count) > 0)
    .map(([count, unit]) => (Number(count) === 1 ? unit : `${count} ${unit}s`));
  return parts.join(' ') || iso;
}

function checkbox(name, checked, label, hint) {
  return el('div', { class: 'checkbox' },
    el('label', {},
      el('input', { type: 'checkbox', name, checked: checked ? 'checked' : false }),
      ` ${label}`),
    hint ? el('p', { class: 'pathway-hint' }, hint) : null);
}

function mailSection(api, settings, status, reload) {
  const form = el('form', { class: 'pathway-notifications-mail', 'aria-labelledby': 'pathway-mail-heading' },
    el('h4', { id: 'pathway-mail-heading' }, 'E-mail'),
    settings.mailConfigured ? null : el('p', { class: 'pathway-hint pathway-mail-off' },
      'This server sends no e-mail yet (no mail server is set up). Your choices are kept and apply once it does.'),
    checkbox('enabled', settings.enabled, 'Send me e-mail about my tasks'),
    el('fieldset', { class: 'pathway-kinds' },
      el('legend', {}, 'Which mails'),
      checkbox('newWork', settings.newWork, 'New work for me or my groups',
        `At most one mail per ${spoken(settings.digestInterval)}, listing what arrived.`),
      checkbox('dueSoon', settings.dueSoon, 'A task is due soon',
        `Once per task, ${spoken(settings.dueSoonBefore)} before its due date.`),
      checkbox('overdue', settings.overdue, 'A task is overdue',
        `Every ${spoken(settings.overdueInterval)} while it is late.`),
      checkbox('weeklySummary', settings.weeklySummary, 'Weekly summary of overdue activities per area',
        'For process owners: the Table B.1 activities past their phase\'s target end.')),
    el('label', { class: 'pathway-address' }, 'Send them to ',
      el('input', { type: 'email', name: 'email', class: 'form-control', maxlength: '254',
        value: settings.customEmail || '',
        placeholder: settings.accountEmail ? `${settings.accountEmail} (my account's address)` : 'name@example.org' })),
    el('p', { class: 'pathway-hint' }, settings.accountEmail
      ? 'Leave the address empty to use the one of your account.'
      : 'Your account has no e-mail address: give one here, or you get no mail.'),
    el('button', { type: 'submit', class: 'btn btn-primary' }, 'Save my choices'));
  const enabled = form.querySelector('input[name="enabled"]');
  const kinds = form.querySelector('fieldset.pathway-kinds');
  const follow = () => { kinds.disabled = !enabled.checked; };
  enabled.addEventListener('change', follow);
  follow();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const flag = (name) => form.querySelector(`input[name="${name}"]`).checked;
    const choice = {
      enabled: flag('enabled'), newWork: flag('newWork'), dueSoon: flag('dueSoon'), overdue: flag('overdue'),
      weeklySummary: flag('weeklySummary'), email: form.querySelector('input[name="email"]').value.trim(),
    };
    form.querySelector('button').disabled = true;
    status.show('Saving…');
    call(api, 'PUT', '/me/notifications', choice).then((saved) => {
      reload(saved);
      status.show(saved.enabled ? 'Saved: your e-mail notifications are on.' : 'Saved: you get no e-mail notifications.', 'done');
    }, (error) => {
      form.querySelector('button').disabled = false;
      status.show(error.message, 'error');
    });
  });
  return form;
}

function calendarSection(api, settings, status, reload, fresh) {
  const section = el('section', { class: 'pathway-notifications-calendar', 'aria-labelledby': 'pathway-calendar-heading' },
    el('h4', { id: 'pathway-calendar-heading' }, 'Calendar'),
    el('p', {}, 'Subscribe to the due dates of your tasks in Outlook, Google Calendar or any calendar app with a ',
      'private link. Anyone who has the link sees your tasks\' names and due dates, so keep it to yourself.'));
  const link = el('div', { class: 'pathway-calendar-link' });
  // a link just created is shown below instead
  const state = fresh ? null : el('p', { class: 'pathway-calendar-state' }, settings.calendarFeed
    ? 'You have a calendar link. It was shown once, when you created it; if you lost it, create a new one (the old one then stops working).'
    : 'You have no calendar link.');
  const create = el('button', { type: 'button', class: 'btn btn-default pathway-calendar-create' },
    settings.calendarFeed ? 'Create a new link' : 'Create a calendar link');
  const revoke = el('button', { type: 'button', class: 'btn btn-danger pathway-calendar-revoke', disabled: !settings.calendarFeed },
    'Revoke the link');
  create.addEventListener('click', () => {
    create.disabled = true;
    status.show('Creating…');
    call(api, 'POST', '/me/calendar-token').then((created) => {
      const url = el('input', { type: 'text', class: 'form-control pathway-calendar-url', readonly: true,
        value: created.url, 'aria-label': 'Your calendar link' });
      const copy = el('button', { type: 'button', class: 'btn btn-default' }, 'Copy');
      copy.addEventListener('click', () => {
        url.select();
        (navigator.clipboard ? navigator.clipboard.writeText(created.url) : Promise.reject(new Error('no clipboard')))
          .then(() => status.show('Copied: paste it into your calendar app as a subscription (from URL).', 'done'),
            () => status.show('Select the link and copy it yourself.', 'error'));
      });
      link.replaceChildren(
        el('p', { class: 'pathway-calendar-once' }, 'Copy this link now: it is shown only this once.'),
        el('div', { class: 'input-group' }, url, el('span', { class: 'input-group-btn' }, copy)));
      reload({ ...settings, calendarFeed: true }, link);
      status.show('Your calendar link is ready. Add it to your calendar app as a subscription (from URL).', 'done');
    }, (error) => {
      create.disabled = false;
      status.show(error.message, 'error');
    });
  });
  revoke.addEventListener('click', () => {
    revoke.disabled = true;
    status.show('Revoking…');
    call(api, 'DELETE', '/me/calendar-token').then(() => {
      reload({ ...settings, calendarFeed: false });
      status.show('Revoked: your calendar link no longer works. Calendars that subscribed to it show no more updates.', 'done');
    }, (error) => {
      revoke.disabled = false;
      status.show(error.message, 'error');
    });
  });
  section.append(...[state, link, el('div', { class: 'pathway-calendar-actions' }, create, ' ', revoke)].filter(Boolean));
  return section;
}

function statusLine() {
  const line = el('p', { class: 'pathway-status', role: 'status', 'aria-live': 'polite' });
  line.show = (text, kind) => {
    line.className = `pathway-status${kind ? ` pathway-${kind}` : ''}`;
    line.textContent = text;
  };
  return line;
}

let escape = null;

function closePanel(opener) {
  document.getElementById(PANEL_ID)?.remove();
  if (escape) document.removeEventListener('keydown', escape);
  escape = null;
  opener?.focus();
}

function openPanel(api, opener) {
  closePanel();
  const status = statusLine();
  const body = el('div', { class: 'pathway-notifications-body' }, el('p', { class: 'pathway-empty' }, 'Loading…'));
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', () => closePanel(opener));
  const panel = el('div', { id: PANEL_ID, class: 'pathway-notifications', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': 'pathway-notifications-heading' },
  el('div', { class: 'pathway-notifications-header' }, close,
    el('h3', { id: 'pathway-notifications-heading' }, 'My notifications')),
  body, status);
  escape = (event) => {
    if (event.key === 'Escape') closePanel(opener);
  };
  document.addEventListener('keydown', escape);
  document.body.appendChild(panel);
  close.focus();
  const draw = (settings, link) => {
    const calendar = calendarSection(api, settings, status, draw, Boolean(link));
    if (link) calendar.querySelector('.pathway-calendar-link').replaceWith(link);
    body.replaceChildren(mailSection(api, settings, status, draw), calendar);
  };
  call(api, 'GET', '/me/notifications').then((settings) => draw(settings), (error) => {
    body.replaceChildren(el('p', { class: 'pathway-error' }, error.message));
  });
}

export default {
  id: 'pathway-my-notifications',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render(node, { api }) {
    const opener = el('a', { href: '#', role: 'button', class: 'pathway-notifications-open',
      title: 'E-mail about your tasks and your calendar link' },
    el('span', { class: 'glyphicon glyphicon-bell', 'aria-hidden': 'true' }), ' My notifications');
    opener.addEventListener('click', (event) => {
      event.preventDefault();
      if (document.getElementById(PANEL_ID)) closePanel(opener);
      else openPanel(api, opener);
    });
    node.replaceChildren(opener);
  },
};
