/** Scope extensions (5.5): {@link dev.pathway.scope.ScopeExtensionModel}. */
package dev.pathway.scope;
