// Pathway's Tasklist (the web apps' documented configuration, served by dev.pathway.webapps.WebappsBranding in place
// of Camunda's default scripts/config.js): the header and the page title read "Pathway Tasklist"; Tasklist's keyboard
// shortcuts as Camunda configures them.
export default {
  // Complete is not held back by the empty error entries form-js leaves for rows of dynamic lists (see the script)
  customScripts: ['scripts/form-errors.js'],
  app: {
    name: 'Tasklist',
    vendor: 'Pathway',
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'claims the currently selected task' },
    focusFilter: { key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list' },
    focusList: { key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list' },
    focusForm: { key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form' },
    startProcess: { key: 'ctrl+alt+p', description: 'opens the start process modal dialog' },
  },
};
