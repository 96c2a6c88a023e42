/** Pathway's face on Camunda's web apps: their name and what role holders see in their header. */
package dev.pathway.webapps;
