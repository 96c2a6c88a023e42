// Pathway's Cockpit (the web apps' documented configuration, served by dev.pathway.webapps.WebappsBranding in place
// of Camunda's default scripts/config.js): the header and the page title read "Pathway Cockpit".
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Pathway',
  },
};
