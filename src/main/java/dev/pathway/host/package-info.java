/**
 * Pathway as a guest in a Camunda 7 engine, its own or a host application's: its models, decisions
 * and forms as a deployment of its own, left out of the host's automatic deployment; its tables
 * migrated in a schema history table of its own; and what it needs from the engine checked before
 * the engine starts.
 */
package dev.pathway.host;
