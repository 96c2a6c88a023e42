/** Authentication on every entry point and no default passwords outside the demo. */
package dev.pathway.security;
