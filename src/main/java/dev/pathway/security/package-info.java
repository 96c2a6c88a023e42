/**
 * Authentication on every entry point, failed logins throttled per client (never a lock-out of the
 * named user), the engine's operator data for administrators only, and no default passwords outside
 * the demo.
 */
package dev.pathway.security;
