// What Pathway's Tasklist scripts share (plain JavaScript, no build): Pathway's /api called with the Tasklist
// session, changes carrying the session's CSRF token; elements built from text, never from HTML.

export function contextPath() {
  // Tasklist runs at <context>/camunda/app/tasklist; Pathway's API at <context>/api
  const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '');
}

function csrfToken(api) {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : api.CSRFToken;
}

export async function call(api, method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrfToken(api);
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  const response = await fetch(contextPath() + '/api' + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let answer = null;
  try {
    answer = text ? JSON.parse(text) : null;
  } catch (e) {
    answer = { message: text };
  }
  if (!response.ok) {
    const error = new Error((answer && answer.message) || `HTTP ${response.status}`);
    error.status = response.status;
    throw error;
  }
  return answer;
}

export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.flat().forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}
