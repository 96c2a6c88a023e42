// Pathway's "Documents" tab in Tasklist (plugin point tasklist.task.detail), plain JavaScript, no build.
// On a Table B.1 activity task: the evidence attached so far, a file uploaded as evidence (a record of the
// register, or a new version of a document) and an issued version picked from the register; what is attached
// is what the activity's form shows under "Documents from the register" and links when completed.
// On a document's review, approval or periodic review: the version in question, its versions and its log.
// On every task of an implementation: its requirements register.
// In Tasklist's header: "My notifications" (notifications.js).
// It calls Pathway's /api with the Tasklist session (changes carry the session's CSRF token, common.js); everything
// shown is set as text, never as HTML.

import { call, contextPath, el } from './common.js';
import notifications from './notifications.js';

const TAB_ID = 'pathway-tasklist-documents';

function table(className, headings, rows) {
  return el('table', { class: `table table-condensed ${className}` },
    el('thead', {}, el('tr', {}, headings.map((heading) => el('th', {}, heading)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell))))));
}

function when(instant) {
  return instant ? String(instant).replace('T', ' ').substring(0, 16) : '';
}

function size(bytes) {
  if (!bytes) return '';
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

function downloadLink(documentId, version, label) {
  return el('a', { href: `${contextPath()}/api/documents/${encodeURIComponent(documentId)}/versions/${version}/content`,
    download: '', class: 'pathway-download' }, label);
}

function evidenceSection(tab, reload, api) {
  const opened = el('div', { class: 'pathway-opened-document' });
  const section = el('section', { class: 'pathway-evidence' },
    el('h4', {}, `Evidence for Table B.1 ${tab.activity.reference} (Phase ${tab.activity.phase})`),
    el('p', { class: 'pathway-hint' },
      'What you attach here is listed on the activity\'s form under "Documents from the register". ',
      'Complete the form (e.g. as "Achieved") and these versions are linked to the activity\'s record and ',
      'shown in the requirements register.'));
  section.appendChild(tab.evidence.length === 0
    ? el('p', { class: 'pathway-empty' }, 'No evidence attached to this task yet.')
    : table('pathway-evidence-list', ['Reference', 'Title', 'Type', 'File', 'Status', 'History'], tab.evidence.map((item) => [
      item.reference, item.title || '', item.type || '',
      item.fileName && item.documentId ? downloadLink(item.documentId, item.version, item.fileName) : '',
      item.status || '',
      item.identifier ? documentButton(api, opened, tab.implementationId, item.identifier, 'Versions and history') : '',
    ])));
  if (!tab.mayWork) {
    section.appendChild(el('p', { class: 'pathway-hint' },
      'Evidence is attached by the task\'s assignee or, while nobody has claimed it, by a member of its groups.'), opened);
    return section;
  }
  const status = el('p', { class: 'pathway-status', role: 'status' });
  const busy = (form, text) => {
    form.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    status.className = 'pathway-status';
    status.textContent = text;
  };
  const done = (form, answer, error) => {
    form.querySelectorAll('button').forEach((button) => { button.disabled = false; });
    if (error) {
      status.className = 'pathway-status pathway-error';
      status.textContent = error.message;
    } else {
      reload(answer);
    }
  };

  const upload = el('form', { class: 'pathway-upload form-horizontal' },
    el('h5', {}, 'Upload a file as evidence'),
    el('label', {}, 'File ', el('input', { type: 'file', name: 'file', required: true })),
    el('label', {}, 'Store it as ', el('select', { name: 'documentId', class: 'form-control' },
      el('option', { value: '' }, 'a new record of the register'),
      tab.writable.map((document) => el('option', { value: document.documentId },
        `a new version of ${document.identifier} ${document.title} (${document.type})`)))),
    el('label', {}, 'Title of the new record ',
      el('input', { type: 'text', name: 'title', class: 'form-control', maxlength: '300',
        placeholder: `Evidence of Table B.1 ${tab.activity.reference}` })),
    el('label', {}, 'Change summary ',
      el('input', { type: 'text', name: 'changeSummary', class: 'form-control', maxlength: '1000',
        placeholder: 'e.g. Minutes of the kick-off meeting' })),
    el('button', { type: 'submit', class: 'btn btn-primary' }, 'Upload and attach'));
  upload.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(upload);
    if (!data.get('documentId')) data.delete('documentId');
    busy(upload, 'Uploading…');
    call(api, 'POST', `/tasks/${encodeURIComponent(tab.taskId)}/evidence`, data)
      .then((answer) => done(upload, answer), (error) => done(upload, null, error));
  });

  const pick = el('form', { class: 'pathway-pick form-inline' },
    el('h5', {}, 'Pick a document from the register'),
    tab.choices.length === 0
      ? el('p', { class: 'pathway-empty' }, 'The register has no issued document that you may read yet.')
      : [el('select', { name: 'reference', class: 'form-control', 'aria-label': 'Issued version' },
        tab.choices.map((choice) => el('option', { value: choice.reference },
          `${choice.reference} ${choice.title} (${choice.type})`))),
      ' ', el('button', { type: 'submit', class: 'btn btn-default' }, 'Attach this version')]);
  pick.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(pick, 'Attaching…');
    call(api, 'POST', `/tasks/${encodeURIComponent(tab.taskId)}/evidence/versions`,
      { reference: new FormData(pick).get('reference') })
      .then((answer) => done(pick, answer), (error) => done(pick, null, error));
  });
  section.append(upload, pick, status, opened);
  return section;
}

function documentSection(view) {
  const { document, versions, history, inQuestion } = view;
  return el('section', { class: 'pathway-document' },
    el('h4', {}, `${document.identifier} ${document.title}`,
      inQuestion ? `: version ${inQuestion}` : ''),
    el('p', {}, `A ${document.type} owned by ${document.ownerGroup}, ${document.status}`,
      document.currentVersion ? `, current version ${document.currentVersion}` : ', no current version',
      document.reviewDate ? `, next review ${document.reviewDate}` : '', '.'),
    el('h5', {}, 'Versions'),
    table('pathway-versions', ['Version', 'Status', 'File', 'Size', 'Author', 'Change summary', 'When'],
      versions.map((version) => [
        version.version === inQuestion ? `${version.version} (this task)` : String(version.version),
        version.status,
        version.externalUrl ? el('a', { href: version.externalUrl, rel: 'noopener noreferrer', target: '_blank' }, version.externalUrl)
          : downloadLink(document.id, version.version, version.fileName || 'file'),
        size(version.sizeBytes), version.author, version.changeSummary, when(version.createdAt),
      ])),
    el('h5', {}, 'History'),
    table('pathway-history', ['#', 'What', 'Version', 'Who', 'When', 'Detail'], history.map((event) => [
      String(event.seq), event.action, event.version == null ? '' : String(event.version), event.actor,
      when(event.at), event.detail || '',
    ])));
}

/** Shows a document of the register (versions and log) in the container, found by its identifier. */
async function showDocument(api, container, implementationId, identifier) {
  container.replaceChildren(el('p', { class: 'pathway-empty' }, 'Loading…'));
  try {
    const found = (await call(api, 'GET', `/documents?implementationId=${encodeURIComponent(implementationId)}`
      + `&text=${encodeURIComponent(identifier)}`)).find((document) => document.identifier === identifier);
    if (!found) throw new Error(`${identifier} is not a document you may read`);
    const view = await call(api, 'GET', `/documents/${encodeURIComponent(found.id)}`);
    view.history = await call(api, 'GET', `/documents/${encodeURIComponent(found.id)}/history`);
    container.replaceChildren(documentSection(view));
  } catch (error) {
    container.replaceChildren(el('p', { class: 'pathway-error' }, error.message));
  }
}

function documentButton(api, container, implementationId, identifier, label) {
  return el('button', { type: 'button', class: 'btn btn-link btn-xs pathway-document-link', title: 'Show its versions and history',
    onclick: () => showDocument(api, container, implementationId, identifier) }, label);
}

function documentButtons(api, container, implementationId, references) {
  return (references || '').split(',').map((reference) => reference.trim()).filter(Boolean).map((reference) =>
    documentButton(api, container, implementationId, reference.replace(/\s*v\d+$/, ''), reference));
}

function registerSection(tab, api) {
  const body = el('div', { class: 'pathway-register-body' });
  const opened = el('div', { class: 'pathway-opened-document' });
  const section = el('section', { class: 'pathway-register' },
    el('h4', {}, 'Requirements register'),
    el('p', { class: 'pathway-hint' },
      'Every Table B.1 activity in each phase it is marked for, with the latest outcome, its evidence and who recorded it.'));
  const scope = el('select', { class: 'form-control pathway-register-scope', 'aria-label': 'Areas shown' },
    tab.activity ? el('option', { value: tab.activity.areaId }, 'This activity\'s area') : null,
    el('option', { value: '' }, 'All areas'));
  const phase = el('select', { class: 'form-control pathway-register-phase', 'aria-label': 'Phases shown' },
    el('option', { value: '' }, 'All phases'), [1, 2, 3].map((number) => el('option', { value: String(number) }, `Phase ${number}`)));
  let rows = null;
  const show = () => {
    const shown = rows.filter((row) => (!scope.value || row.areaId === scope.value)
      && (!phase.value || String(row.phase) === phase.value));
    body.replaceChildren(el('p', { class: 'pathway-hint' }, `${shown.length} of ${rows.length} lines.`),
      table('pathway-register-table',
        ['Area', 'Activity', 'Phase', 'Outcome', 'Evidence', 'Documents', 'By', 'When'],
        shown.map((row) => [row.area, el('span', { title: row.text }, row.label), String(row.phase),
          el('span', { class: `pathway-outcome pathway-outcome-${row.outcome}` }, row.outcome),
          row.evidence || row.justification || '', documentButtons(api, opened, tab.implementationId, row.documents),
          row.completedBy || '', when(row.completedAt)])));
  };
  [scope, phase].forEach((select) => select.addEventListener('change', () => rows && show()));
  const open = el('button', { type: 'button', class: 'btn btn-default pathway-open-register' }, 'Open the register');
  open.addEventListener('click', () => {
    open.disabled = true;
    body.textContent = 'Loading…';
    call(api, 'GET', `/tasks/${encodeURIComponent(tab.taskId)}/register`).then((answer) => {
      rows = answer;
      const areas = new Map(rows.map((row) => [row.areaId, row.area]));
      areas.forEach((name, id) => { if (id !== tab.activity?.areaId) scope.appendChild(el('option', { value: id }, name)); });
      open.remove();
      show();
    }, (error) => {
      open.disabled = false;
      body.textContent = error.message;
    });
  });
  section.append(el('div', { class: 'form-inline' }, scope, ' ', phase, ' ', open), opened, body);
  return section;
}

function draw(node, tab, api, reload) {
  const parts = [];
  if (tab.message) {
    parts.push(el('p', { class: 'pathway-status pathway-done', role: 'status' }, tab.message));
  }
  if (tab.kind === 'activity') parts.push(evidenceSection(tab, reload, api));
  if (tab.kind === 'document' && tab.document) parts.push(documentSection(tab.document));
  if (tab.implementationId) parts.push(registerSection(tab, api));
  if (parts.length === 0) parts.push(el('p', { class: 'pathway-empty' }, 'This task has no documents.'));
  node.replaceChildren(el('div', { class: 'pathway-documents' }, parts));
}

export default [
  {
    id: TAB_ID,
    pluginPoint: 'tasklist.task.detail',
    priority: 500,
    label: 'Documents',
    properties: { label: 'Documents' },
    render(node, { api, taskId }) {
      const reload = (tab) => draw(node, tab, api, reload);
      node.replaceChildren(el('p', { class: 'pathway-empty' }, 'Loading…'));
      call(api, 'GET', `/tasks/${encodeURIComponent(taskId)}/documents`).then(reload, (error) => {
        node.replaceChildren(el('p', { class: 'pathway-empty' },
          error.status === 404 ? 'This task has no documents for you.' : error.message));
      });
    },
  },
  notifications,
];
