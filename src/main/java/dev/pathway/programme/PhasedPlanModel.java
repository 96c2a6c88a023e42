package dev.pathway.programme;

/**
 * {@code bpmn/phased-plan.bpmn}: Phase 1 → 2 → 3 of Annex B, written once and called by the
 * programme and by a scope extension. It receives the implementation id, the current states of the
 * gap analysis and the target end dates ({@link ProgrammeModel}); each phase hands what it did not
 * finish and its achievement analysis to the next.
 */
public final class PhasedPlanModel {

  public static final String KEY = "phased-plan";

  public static final String PHASE_1_CALL = "phase1";
  public static final String PHASE_2_CALL = "phase2";
  public static final String PHASE_3_CALL = "phase3";

  private PhasedPlanModel() {}
}
