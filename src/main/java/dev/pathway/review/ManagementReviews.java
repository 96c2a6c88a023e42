package dev.pathway.review;

import static dev.pathway.review.ReviewModel.ACTION_ITEMS;

import dev.pathway.audit.Directory;
import dev.pathway.identity.RoleGroups;
import dev.pathway.improvement.ContinualImprovementModel;
import dev.pathway.process.Actors;
import dev.pathway.process.ProcessVariable;
import dev.pathway.process.TaskTexts;
import dev.pathway.programme.ProgrammeModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The management review of 8.2 after Phase 3: it opens with its inputs filled in from the period
 * ({@link ManagementReviewInputs}); its minutes are kept as a record with the inputs as gathered;
 * each decision or action goes to its owner with its due date and is tracked until done; the next
 * review shows their status. Also keeps what each monitoring cycle found, for the next review.
 */
@Component("managementReviews")
public class ManagementReviews {

  private static final int NAME_DECISION_LENGTH = 60;

  /** Who may own a decision or action of the review. */
  private static final String OWNER_ROLES =
      "top-management,service-improvement-management,process-owner,service-owner,project-team";

  private final ManagementReviewInputs inputs;
  private final ReviewRepository reviews;
  private final Directory directory;
  private final RoleGroups roleGroups;
  private final RuntimeService runtime;

  ManagementReviews(
      ManagementReviewInputs inputs,
      ReviewRepository reviews,
      Directory directory,
      RoleGroups roleGroups,
      RuntimeService runtime) {
    this.inputs = inputs;
    this.reviews = reviews;
    this.directory = directory;
    this.roleGroups = roleGroups;
    this.runtime = runtime;
  }

  /** {@code ${managementReviews.present(task)}}: the inputs of the period, filled in. */
  public void present(DelegateTask task) {
    ManagementReviewInputs.Inputs gathered =
        inputs.gather(
            ProgrammeModel.IMPLEMENTATION_ID.get(task),
            task.getExecution().getProcessBusinessKey());
    ReviewModel.PERIOD_TEXT.setLocal(
        task,
        gathered.periodFrom() == null
            ? "Since continual improvement began, up to today."
            : "Since the previous management review ("
                + day(gathered.periodFrom())
                + "), up to today.");
    Map<String, String> sections = gathered.sections();
    List<ProcessVariable<String>> texts =
        List.of(
            ReviewModel.MONITORING_TEXT,
            ReviewModel.AUDITS_TEXT,
            ReviewModel.NONCONFORMITIES_TEXT,
            ReviewModel.IMPROVEMENTS_TEXT,
            ReviewModel.EARLIER_DECISIONS_TEXT,
            ReviewModel.CHANGES_TEXT);
    List<String> values = List.copyOf(sections.values());
    for (int i = 0; i < texts.size(); i++) {
      texts.get(i).setLocal(task, values.get(i));
    }
    ReviewModel.OWNER_OPTIONS.setLocal(
        task, directory.membersOf(roleGroups.groupsOfRoles(OWNER_ROLES)));
    ACTION_ITEMS.setLocal(task.getExecution(), null);
  }

  /** {@code ${managementReviews.record(task)}}: the minutes kept, each action sent to its owner. */
  public void record(DelegateTask task) {
    String implementationId = ProgrammeModel.IMPLEMENTATION_ID.get(task);
    ManagementReviewInputs.Inputs gathered =
        inputs.gather(implementationId, task.getExecution().getProcessBusinessKey());
    String reviewId = UUID.randomUUID().toString();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ReviewRepository.Action> actions =
        ACTION_ITEMS.getOrDefault(task, List.of()).stream()
            .map(
                item ->
                    new ReviewRepository.Action(
                        UUID.randomUUID().toString(),
                        reviewId,
                        item.get(ReviewModel.DECISION),
                        item.get(ReviewModel.OWNER),
                        LocalDate.parse(item.get(ReviewModel.DUE_DATE).substring(0, 10)),
                        ReviewRepository.OPEN,
                        null,
                        null))
            .toList();
    String other = ContinualImprovementModel.REVIEW_INPUTS.get(task);
    reviews.save(
        new ReviewRepository.Review(
            reviewId,
            ContinualImprovementModel.MANAGEMENT_REVIEW_CYCLE.getOrDefault(task, 0),
            gathered.periodFrom(),
            now,
            Actors.completedBy(task),
            gathered.markdown()
                + (other == null || other.isBlank() ? "" : "\n\n## Further inputs\n\n" + other),
            ContinualImprovementModel.REVIEW_DECISIONS.get(task),
            Boolean.TRUE.equals(ContinualImprovementModel.SMS_STILL_SUITABLE.get(task)),
            actions),
        implementationId);
    actions.forEach(
        action -> start(task.getExecution().getProcessBusinessKey(), implementationId, action));
  }

  /** {@code ${managementReviews.presentAction(task)}}: the decision, for its owner, by its date. */
  public void presentAction(DelegateTask task) {
    String decision = ReviewModel.ACTION_DECISION.get(task);
    task.setName(
        "Management review decision: " + TaskTexts.shorten(decision, NAME_DECISION_LENGTH));
    task.setDescription(TaskTexts.description(decision));
    task.setDueDate(
        Date.from(
            LocalDate.parse(ReviewModel.ACTION_DUE_DATE.get(task))
                .atStartOfDay(ZoneId.systemDefault())
                .toInstant()));
  }

  /** {@code ${managementReviews.actionDone(execution)}}: the decision's status is done. */
  public void actionDone(DelegateExecution execution) {
    reviews.done(
        ReviewModel.ACTION_ID.get(execution),
        ReviewModel.ACTION_OUTCOME.get(execution),
        ClockUtil.getCurrentTime().toInstant());
  }

  private void start(String businessKey, String implementationId, ReviewRepository.Action action) {
    Map<String, Object> variables = new HashMap<>();
    ProgrammeModel.IMPLEMENTATION_ID.into(variables, implementationId);
    ReviewModel.ACTION_ID.into(variables, action.actionId());
    ReviewModel.ACTION_DECISION.into(variables, action.decision());
    ReviewModel.ACTION_OWNER.into(variables, action.owner());
    ReviewModel.ACTION_DUE_DATE.into(variables, action.dueDate().toString());
    // top management need not be allowed to start processes: the SMS tracks the decision
    Context.getCommandContext()
        .runWithoutAuthorization(
            () ->
                runtime
                    .createProcessInstanceByKey(ReviewModel.ACTION_KEY)
                    .businessKey(businessKey)
                    .setVariables(variables)
                    .execute());
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneId.systemDefault());
  }
}
