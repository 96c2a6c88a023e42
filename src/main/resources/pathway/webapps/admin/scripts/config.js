// Pathway's Admin (the web apps' documented configuration, served by dev.pathway.webapps.WebappsBranding in place
// of Camunda's default scripts/config.js): the header and the page title read "Pathway Admin".
export default {
  app: {
    name: 'Admin',
    vendor: 'Pathway',
  },
};
