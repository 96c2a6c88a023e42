/**
 * The start-up project of Annex A ({@link dev.pathway.startup.StartUpModel}): Table A.1 a) to h),
 * with the gap analysis that tailors the phases.
 */
package dev.pathway.startup;
