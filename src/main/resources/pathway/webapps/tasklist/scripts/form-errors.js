// Tasklist 7.24 enables "Complete" only while Object.keys(errors) of the Camunda Form (form-js) is empty. form-js
// records the validation of a field inside a dynamic list under errors[fieldId][row] and, when that row has no
// error, deletes the row but keeps errors[fieldId] as an empty array. Once a row is shown with a value, or edited,
// "Complete" stays disabled although no field shows an error (a form-js "Save" re-validates and clears it until
// the next edit). This script, one of Tasklist's documented customScripts, keeps only errors that carry a message
// in each form's state, so Tasklist sees exactly the errors the form shows.

/** True if the errors entry holds a message, at any depth (a row of a list, a row of a nested list). */
function hasMessage(entry) {
  if (entry === null || entry === undefined) return false;
  if (typeof entry === 'string') return true;
  if (typeof entry === 'object') return Object.values(entry).some(hasMessage);
  return false;
}

function withMessages(errors) {
  if (!errors || typeof errors !== 'object') return errors;
  return Object.fromEntries(Object.entries(errors).filter(([, entry]) => hasMessage(entry)));
}

/** The form-js Form rendered into a .fjs-container: the value of the FormContext provider at the root. */
function formOf(container) {
  const queue = [container.__k];
  for (let seen = 0; queue.length && seen < 50; seen++) {
    const vnode = queue.shift();
    if (!vnode) continue;
    const value = vnode.props && vnode.props.value;
    if (value && typeof value.getService === 'function') return value.getService('form');
    if (Array.isArray(vnode.__k)) queue.push(...vnode.__k);
  }
  return null;
}

function patch(container) {
  if (container.pathwayErrorsPatched) return;
  const form = formOf(container);
  if (!form || typeof form._setState !== 'function' || typeof form._getState !== 'function') return;
  container.pathwayErrorsPatched = true;
  const setState = form._setState.bind(form);
  form._setState = (state) => setState(state && state.errors ? { ...state, errors: withMessages(state.errors) } : state);
  const current = form._getState();
  if (current && current.errors && Object.keys(withMessages(current.errors)).length !== Object.keys(current.errors).length) {
    setState({ errors: withMessages(current.errors) });
  }
}

function scan() {
  document.querySelectorAll('.fjs-container').forEach((container) => {
    try {
      patch(container);
    } catch (error) {
      console.warn('Pathway: could not watch the form errors', error);
    }
  });
}

new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
scan();
