// Pathway in Cockpit: "Pathway" in the navigation, an overview of the implementations (#/pathway), an implementation's
// page (#/pathway/<id>: Table B.1 heatmap, open work by role group, gate timeline, forecast, reports) and the same page
// as the "Pathway" tab of an sms-implementation process instance. Plain JavaScript, no build: the data comes from
// Pathway's own API (/api/monitoring/..., /api/implementations/...), called with the Cockpit login (session cookie).
// Everything stored is written with textContent, never as markup.

/** Pathway's API lives beside the web apps: the application root without the web apps' own path (/camunda). */
function apiRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '');
}

const OUTCOMES = {
  achieved: 'achieved',
  'partially-achieved': 'partially achieved',
  'not-achieved': 'not achieved',
  'not-applicable': 'not applicable',
  open: 'open',
  'not-started': 'phase not started',
};

const STAGES = {
  'start-up': 'Start-up project (Annex A)',
  phase: 'Phase under way',
  'at-gate': 'At the gate: the board decides',
  implemented: 'Implemented',
  ended: 'Ended',
};

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'onclick') node.addEventListener('click', value);
    else if (name === 'style') node.style.cssText = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

async function getJson(path) {
  const response = await fetch(apiRoot() + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    let message = `HTTP ${response.status}`;
    try {
      const body = await response.json();
      if (body && body.message) message += `: ${body.message}`;
    } catch (ignored) {
      // not JSON: the status says enough
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

const percent = (share) => (share === null || share === undefined ? '–' : `${Math.round(share * 100)} %`);
const day = (value) => (value ? String(value).substring(0, 10) : '–');
const moment = (value) => (value ? String(value).replace('T', ' ').replace(/\.\d+Z?$|Z$/, '') : '–');

/** Red (nothing achieved) to green (all achieved); grey where nothing applies or the phase has no plan. */
function shareColour(cell, planned) {
  if (!planned) return '#eceff1';
  if (cell.share === null || cell.share === undefined) return '#f5f5f5';
  return `hsl(${Math.round(cell.share * 120)}, 65%, 72%)`;
}

function message(node, text, kind) {
  node.replaceChildren(el('div', { class: `pw-message pw-${kind || 'info'}` }, text));
}

// ---------------------------------------------------------------------------------------------------- overview

async function renderOverview(node) {
  node.replaceChildren(el('div', { class: 'pw-page' }, el('h1', {}, 'Pathway: implementations'), el('p', {}, 'Loading…')));
  let data;
  try {
    data = await getJson('/api/monitoring/implementations');
  } catch (error) {
    message(node, `The implementations could not be read (${error.message}).`, 'error');
    return;
  }
  const rows = data.implementations.map((item) =>
    el(
      'tr',
      { 'data-implementation': item.implementationId },
      el('td', {}, el('a', { href: `#/pathway/${encodeURIComponent(item.implementationId)}` }, item.serviceProvider || item.businessKey)),
      el('td', {}, item.businessKey),
      el('td', {}, STAGES[item.stage] || item.stage),
      el('td', { class: 'pw-number' }, item.phase ? `${item.phase} / round ${item.round}` : '–'),
      el('td', { class: 'pw-number' }, percent(item.achievedShare)),
      el('td', { class: 'pw-number' }, item.open),
      el('td', { class: `pw-number${item.overdue ? ' pw-late' : ''}` }, item.overdue),
      el('td', {}, item.nextGate ? `${item.nextGate.name}${item.nextGate.decided ? ' (board deciding)' : ''}` : '–'),
      el('td', {}, day(item.targetEnd)),
      el('td', { class: forecastClass(item.forecast) }, forecastShort(item.forecast)),
    ),
  );
  node.replaceChildren(
    el(
      'div',
      { class: 'pw-page' },
      el('h1', {}, 'Pathway: implementations'),
      el('p', { class: 'pw-muted' }, `${data.count} implementation(s) you may read, as of ${moment(data.generatedAt)}. Share achieved, open and overdue count the activities of the current phase.`),
      data.count === 0
        ? el('div', { class: 'pw-message pw-info' }, 'No implementation that you may read.')
        : el(
            'table',
            { class: 'table table-striped pw-overview' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ['Service provider', 'Business key', 'Stage', 'Phase', 'Achieved', 'Open', 'Overdue', 'Next gate', 'Target end', 'Forecast end'].map((title) => el('th', {}, title)),
              ),
            ),
            el('tbody', {}, rows),
          ),
    ),
  );
}

function forecastShort(forecast) {
  if (!forecast) return '–';
  if (!forecast.forecastEnd) return 'no pace yet';
  if (forecast.daysLate === null || forecast.daysLate === undefined) return day(forecast.forecastEnd);
  if (forecast.daysLate > 0) return `${day(forecast.forecastEnd)} (${forecast.daysLate} days late)`;
  return `${day(forecast.forecastEnd)} (on track)`;
}

function forecastClass(forecast) {
  return forecast && forecast.daysLate > 0 ? 'pw-late' : '';
}

// ---------------------------------------------------------------------------------------------------- one implementation

async function renderImplementation(node, id, { inTab } = {}) {
  node.replaceChildren(el('div', { class: 'pw-page' }, el('p', {}, 'Loading…')));
  let data;
  try {
    data = await getJson(`/api/monitoring/implementations/${encodeURIComponent(id)}`);
  } catch (error) {
    message(
      node,
      error.status === 404
        ? inTab
          ? 'Pathway shows implementations: this process instance is not one that you may read (open the sms-implementation instance, or Pathway in the navigation).'
          : `No implementation '${id}' that you may read.`
        : `The implementation could not be read (${error.message}).`,
      error.status === 404 ? 'info' : 'error',
    );
    return;
  }
  const summary = data.summary;
  const details = el('div', { class: 'pw-details', id: 'pw-cell-details' }, el('p', { class: 'pw-muted' }, 'Click a cell of the heatmap to list its activities.'));
  const gates = el('div', { class: 'pw-gates' }, el('p', {}, 'Loading the gate records…'));
  node.replaceChildren(
    el(
      'div',
      { class: 'pw-page' },
      inTab ? null : el('p', {}, el('a', { href: '#/pathway' }, '← All implementations')),
      el('h1', {}, summary.serviceProvider || summary.businessKey),
      el(
        'p',
        { class: 'pw-muted' },
        `${summary.businessKey} · ${STAGES[summary.stage] || summary.stage}`,
        summary.phase ? ` · Phase ${summary.phase}, round ${summary.round}` : '',
        ` · process instance `,
        el('a', { href: `#/process-instance/${encodeURIComponent(summary.implementationId)}/runtime` }, summary.implementationId),
      ),
      facts(summary),
      forecastBlock(summary),
      downloads(data.links),
      el('h2', {}, 'Table B.1: share achieved per process area and phase'),
      heatmap(data.heatmap, details),
      details,
      el('h2', {}, 'Open work by role group'),
      work(data.work),
      el('h2', {}, 'Gate timeline'),
      gates,
    ),
  );
  renderGates(gates, data.links);
}

function facts(summary) {
  const fact = (label, value, late) => el('div', { class: `pw-fact${late ? ' pw-late' : ''}` }, el('div', { class: 'pw-fact-value' }, value), el('div', { class: 'pw-fact-label' }, label));
  return el(
    'div',
    { class: 'pw-facts' },
    fact('achieved in the current phase', percent(summary.achievedShare)),
    fact('activities planned', summary.planned),
    fact('open', summary.open),
    fact('overdue', summary.overdue, summary.overdue > 0),
    fact('next gate', summary.nextGate ? summary.nextGate.name : '–'),
    fact('target end', day(summary.targetEnd)),
    fact('forecast end', summary.forecast ? day(summary.forecast.forecastEnd) : '–', summary.forecast && summary.forecast.daysLate > 0),
  );
}

function forecastBlock(summary) {
  const forecast = summary.forecast;
  if (!forecast) return null;
  let verdict = '';
  if (forecast.daysLate !== null && forecast.daysLate !== undefined && forecast.forecastEnd) {
    verdict = forecast.daysLate > 0 ? ` Against the target end ${day(summary.targetEnd)}: ${forecast.daysLate} days late.` : ` Against the target end ${day(summary.targetEnd)}: on track (${-forecast.daysLate} days to spare).`;
  }
  return el('div', { class: `pw-forecast${forecast.daysLate > 0 ? ' pw-late' : ''}` }, el('strong', {}, 'Forecast of the phase’s end: '), forecast.method, verdict);
}

function downloads(links) {
  const link = (href, text) => el('a', { class: 'btn btn-default btn-sm', href: apiRoot() + href, download: true, 'data-report': href }, text);
  return el(
    'div',
    { class: 'pw-downloads' },
    el('strong', {}, 'Reports: '),
    link(links.registerCsv, 'Register (CSV)'),
    link(links.registerXlsx, 'Register (Excel)'),
    link(links.statusReport, 'Status report (PDF)'),
    link(links.managementReview, 'Management review pack (PDF)'),
  );
}

function heatmap(columns, details) {
  const areas = columns[0].cells.map((cell) => ({ id: cell.areaId, name: cell.area }));
  const header = el('tr', {}, el('th', {}, 'Process area'), columns.map((column) => el('th', { class: 'pw-number' }, `Phase ${column.phase}${column.planned ? '' : ' (not planned yet)'}`)));
  const rows = areas.map((area, index) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, area.name),
      columns.map((column) => {
        const cell = column.cells[index];
        const label = column.planned ? (cell.planned ? percent(cell.share) : 'nothing planned') : `${cell.activities.length} marked`;
        return el(
          'td',
          {
            class: 'pw-cell',
            style: `background:${shareColour(cell, column.planned && cell.planned)}`,
            title: column.planned ? `${cell.achieved} achieved, ${cell.partiallyAchieved} partially, ${cell.notAchieved} not achieved, ${cell.notApplicable} not applicable, ${cell.open} open of ${cell.planned}` : 'The phase has no plan yet',
            'data-area': cell.areaId,
            'data-phase': column.phase,
            onclick: () => showCell(details, column, cell),
          },
          label,
          column.planned && cell.planned ? el('span', { class: 'pw-cell-counts' }, ` ${cell.achieved}/${cell.planned - cell.notApplicable}`) : null,
        );
      }),
    ),
  );
  return el('table', { class: 'table pw-heatmap' }, el('thead', {}, header), el('tbody', {}, rows));
}

function showCell(details, column, cell) {
  details.replaceChildren(
    el('h3', {}, `${cell.area}, Phase ${column.phase}`),
    cell.activities.length === 0
      ? el('p', {}, 'No activity of this area in this phase.')
      : el(
          'table',
          { class: 'table table-condensed pw-activities' },
          el('thead', {}, el('tr', {}, ['Activity', 'Outcome', 'Evidence', 'Who', 'When'].map((title) => el('th', {}, title)))),
          el(
            'tbody',
            {},
            cell.activities.map((activity) =>
              el(
                'tr',
                { class: `pw-outcome-${activity.outcome}` },
                el('td', {}, el('strong', {}, activity.label), ' ', activity.text),
                el('td', {}, OUTCOMES[activity.outcome] || activity.outcome, activity.round && activity.round > 1 ? ` (round ${activity.round})` : ''),
                el(
                  'td',
                  {},
                  activity.evidence || '',
                  activity.documents ? el('div', { class: 'pw-muted' }, `Documents: ${activity.documents}`) : null,
                  activity.justification ? el('div', { class: 'pw-muted' }, `Justification: ${activity.justification}`) : null,
                ),
                el('td', {}, activity.completedBy || ''),
                el('td', {}, activity.completedAt ? moment(activity.completedAt) : ''),
              ),
            ),
          ),
        ),
  );
  details.scrollIntoView({ block: 'nearest' });
}

function work(openWork) {
  if (!openWork || openWork.open === 0) return el('p', {}, 'No open task.');
  return el(
    'div',
    {},
    el('p', {}, `${openWork.open} open task(s), ${openWork.overdue} overdue (past their due date). A task offered to several groups counts for each.`),
    el(
      'table',
      { class: 'table table-condensed pw-work' },
      el('thead', {}, el('tr', {}, ['Role group', 'Open', 'Overdue'].map((title) => el('th', {}, title)))),
      el(
        'tbody',
        {},
        openWork.byRoleGroup.map((group) =>
          el('tr', {}, el('td', {}, group.name, group.name !== group.groupId ? el('span', { class: 'pw-muted' }, ` (${group.groupId})`) : null), el('td', { class: 'pw-number' }, group.open), el('td', { class: `pw-number${group.overdue ? ' pw-late' : ''}` }, group.overdue)),
        ),
      ),
    ),
  );
}

async function renderGates(node, links) {
  let gates;
  try {
    gates = await getJson(links.gates);
  } catch (error) {
    message(node, `The gate records could not be read (${error.message}).`, 'error');
    return;
  }
  if (!Array.isArray(gates) || gates.length === 0) {
    message(node, 'No gate decided yet.', 'info');
    return;
  }
  node.replaceChildren(...gates.map((gate) => gateEntry(gate, links.gates)));
}

/** The inputs the board saw, in words: counts first, then the items by name. */
function gateInputs(inputs) {
  const lines = [
    el('div', {}, `${inputs.unfinishedCount ?? '–'} of ${inputs.activityCount ?? '–'} activities unfinished (${percent(inputs.unfinishedShare)})`),
    el('div', {}, `${inputs.characteristicsUnmet ?? '–'} key characteristics not met`),
  ];
  if (inputs.auditConclusion) {
    lines.push(el('div', {}, `Full internal audit: ${inputs.auditConclusion.replace(/-/g, ' ')}, ${inputs.openNonconformities ?? 0} nonconformities`));
  }
  const list = (title, items) =>
    items && items.length
      ? lines.push(el('div', {}, el('strong', {}, title), el('ul', { class: 'pw-gate-items' }, items.map((item) => el('li', {}, item)))))
      : null;
  list('Key characteristics not met', inputs.unmetCharacteristics);
  list('Unfinished activities', (inputs.unfinishedActivities || []).map((item) => `${item.name} (${item.area}): ${item.status}`));
  list('Carried in or moved on', (inputs.carriedItems || []).map((item) => `${item.name} (${item.area}), ${item.carried === 'deferred' ? 'moved to the next phase' : 'carried in'}: ${item.status}`));
  return lines;
}

function gateEntry(gate, gatesPath) {
  const override = gate.override;
  return el(
    'div',
    { class: 'pw-gate' },
    el('h3', {}, `Phase ${gate.phase} exit, round ${gate.round}: ${gate.finalOutcome || gate.outcome || '–'}`),
    el('p', { class: 'pw-muted' }, `Decided ${moment(gate.decidedAt)}`, ' · ', el('a', { href: `${apiRoot()}${gatesPath}/${encodeURIComponent(gate.gateId)}/record.pdf`, download: true }, 'Gate decision record (PDF)')),
    el(
      'dl',
      { class: 'dl-horizontal' },
      el('dt', {}, 'Inputs'),
      el('dd', {}, gateInputs(gate.inputs || {})),
      el('dt', {}, 'Rule that matched'),
      el('dd', {}, gate.rule ? `${gate.rule.id || ''}${gate.rule.description ? `: ${gate.rule.description}` : ''}` : '–'),
      el('dt', {}, 'Decision table version'),
      el('dd', {}, gate.decisionTableVersion ?? '–'),
      el('dt', {}, 'Outcome of the table'),
      el('dd', {}, gate.outcome || '–'),
      el('dt', {}, 'Override'),
      el('dd', {}, override ? `${override.outcome}: ${override.reason} (${override.by}, ${moment(override.at)})` : 'none'),
      el('dt', {}, 'Final outcome'),
      el('dd', {}, gate.finalOutcome || '–'),
    ),
    !gate.votes || gate.votes.length === 0
      ? el('p', {}, 'No vote cast yet.')
      : el(
          'table',
          { class: 'table table-condensed pw-votes' },
          el('thead', {}, el('tr', {}, ['Board member', 'Vote', 'Reason', 'When'].map((title) => el('th', {}, title)))),
          el('tbody', {}, gate.votes.map((vote) => el('tr', {}, el('td', {}, vote.voter), el('td', {}, vote.vote), el('td', {}, vote.reason || ''), el('td', {}, moment(vote.votedAt))))),
        ),
  );
}

// ---------------------------------------------------------------------------------------------------- plugin points

/** The implementation id of #/pathway/<id>, if the route has one. */
function routedImplementation() {
  const match = window.location.hash.match(/^#\/pathway\/([^/?]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export default [
  {
    id: 'pathway-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    render: (node) => {
      node.replaceChildren(el('a', { href: '#/pathway', class: 'pw-navigation' }, 'Pathway'));
    },
    properties: { path: '/pathway' },
  },
  {
    id: 'pathway-overview',
    pluginPoint: 'cockpit.route',
    properties: { path: '/pathway' },
    render: (node) => {
      renderOverview(node);
    },
  },
  {
    id: 'pathway-implementation',
    pluginPoint: 'cockpit.route',
    properties: { path: '/pathway/:implementationId' },
    render: (node) => {
      renderImplementation(node, routedImplementation());
    },
  },
  {
    id: 'pathway-process-instance-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: { label: 'Pathway' },
    render: (node, { processInstanceId }) => {
      renderImplementation(node, processInstanceId, { inTab: true });
    },
  },
];
