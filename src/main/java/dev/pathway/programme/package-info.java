/**
 * The programme of one implementation ({@link dev.pathway.programme.ProgrammeModel}): the start-up
 * project, the Phase 1 entry decision, the phased plan ({@link
 * dev.pathway.programme.PhasedPlanModel}) and the hand-over to continual improvement; the contract
 * of what passes between them is written in these holders and in the models.
 */
package dev.pathway.programme;
