/**
 * The engine's REST API as Pathway serves it twice, at {@code /engine-rest} for API clients and at
 * {@code /camunda/api/engine} for Tasklist and Cockpit: the same answers to failures, and what
 * makes its everyday requests cheap (one object mapper, cached HAL relations, the process engine's
 * service lookups remembered).
 */
package dev.pathway.engineapi;
