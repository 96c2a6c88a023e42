/**
 * Who holds which responsibility role: the role → group mapping ({@code pathway.roles.groups.*},
 * 5.11) and the demo users of the embedded default.
 */
package dev.pathway.identity;
