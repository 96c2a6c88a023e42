/**
 * After Phase 3 (clause 8): the hand-over, continuing governance, the Plan-Do-Check-Act cycles on
 * planned intervals ({@link dev.pathway.improvement.ContinualImprovementModel}) and the improvement
 * actions their findings raise ({@link dev.pathway.improvement.ImprovementActionModel}).
 */
package dev.pathway.improvement;
