// Pathway's Welcome (the web apps' documented configuration, served by dev.pathway.webapps.WebappsBranding in place
// of Camunda's default scripts/config.js): the header and the page title read "Pathway Welcome".
export default {
  app: {
    name: 'Welcome',
    vendor: 'Pathway',
  },
};
