package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.audit.AuditModel;
import dev.pathway.audit.CorrectiveActionModel;
import dev.pathway.catalogue.Catalogue;
import dev.pathway.documents.DocumentApprovalModel;
import dev.pathway.documents.DocumentReviewModel;
import dev.pathway.newservice.NewServiceModel;
import dev.pathway.phase.GateModel;
import dev.pathway.phase.NotApplicableApprovalModel;
import dev.pathway.phase.Outcome;
import dev.pathway.phase.PhaseModel;
import dev.pathway.programme.ProgrammeModel;
import dev.pathway.review.ReviewModel;
import dev.pathway.support.Implementation;
import dev.pathway.support.PathwayTest;
import dev.pathway.support.RestClient;
import dev.pathway.support.Scenario;
import dev.pathway.support.StartUpAnswers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of malformed submissions against every form that backs a user task, over the engine REST
 * API's {@code submit-form} and {@code complete} (as Tasklist and integrators send them): wrong
 * types, 1 MB strings, deeply nested JSON, NUL and ESC, bidirectional overrides, SQL and script
 * injection strings where the field does not take free text, serialized {@code Object} values and
 * variables the form does not have. Each is answered 400 with a message that names the field, the
 * task stays open and nothing is written (no variable, no history, no {@code pw_*} row).
 *
 * <p>Free text is text: in a text field or text area, SQL and script injection strings are accepted
 * and stored verbatim (the database gets them as bound parameters; the web apps show them as text,
 * see {@code src/test/ui/stored-text-inert.mjs}). The walk through Phase 1 submits them in every
 * free-text field it fills and finds each stored as sent.
 *
 * <p>The forms are enumerated from the deployed models (every user task with a {@code formRef});
 * each is reached the way people reach it (the start-up project and Phase 1, as their role holders)
 * or, for the rest, by starting its process at that task as Cockpit's process instance modification
 * does.
 */
@PathwayTest
class MalformedSubmissionsTest {

  private static final String ONE_MB = "x".repeat(1 << 20);
  private static final int NESTING = 5_000;
  private static final String DEEP_JSON = "[".repeat(NESTING) + "]".repeat(NESTING);
  private static final String SQL = "x' OR '1'='1'; DROP TABLE pw_activity_record; --";
  private static final String SCRIPT = "<script>window.__pwned = 1; alert('pwned')</script>";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired Catalogue catalogue;
  @Autowired JdbcTemplate jdbc;

  private final Set<String> tried = new TreeSet<>();
  private final Map<String, String> storedVerbatim = new TreeMap<>();

  @Test
  void everyFormBackingAUserTaskRefusesEveryMalformedSubmissionNamingTheFieldAndWritesNothing() {
    Map<String, UserTaskOf> forms = formsOfUserTasks();
    assertThat(forms).as("forms backing user tasks").hasSizeGreaterThan(25);

    walkThroughPhase1();
    for (Map.Entry<String, UserTaskOf> form : forms.entrySet()) {
      if (!tried.contains(form.getKey())) {
        System.out.println(
            "[malformed submissions] " + form.getKey() + ": its process started at its task");
        Task task = startAt(form.getValue());
        refusesTheCorpus(task, form.getKey(), holderOf(task));
      }
    }
    assertThat(tried).as("every form was tried").isEqualTo(forms.keySet());
  }

  /** The start-up project and Phase 1 up to its gate, as their role holders do, over REST. */
  private void walkThroughPhase1() {
    Implementation implementation = new Implementation(engine, catalogue);
    Scenario scenario = implementation.scenario();
    scenario.startProgramme("tina", StartUpAnswers.start());
    for (StartUpAnswers.Step step : StartUpAnswers.annexA(catalogue, Map.of())) {
      Task task = scenario.task(step.taskDefinitionKey());
      refusesTheCorpus(task, formOf(task), step.user());
      storesFreeTextVerbatim(task, step.user(), step.values());
    }
    Task plan = scenario.task(PhaseModel.PLAN_ADJUSTMENT_TASK);
    refusesTheCorpus(plan, formOf(plan), "paul");
    implementation.adjustPlan();

    Task activity = implementation.activityTasks().get(0);
    String holder = implementation.memberOf(implementation.candidateGroups(activity));
    refusesTheCorpus(activity, formOf(activity), holder);
    storesFreeTextVerbatim(activity, holder, Implementation.answer(Outcome.ACHIEVED));
    implementation.completeActivities(id -> Outcome.ACHIEVED);

    Task analysis = scenario.task(GateModel.ACHIEVEMENT_ANALYSIS_TASK);
    refusesTheCorpus(analysis, formOf(analysis), "paul");
    implementation.analyse();
    Task vote = scenario.task(GateModel.BOARD_VOTE_TASK);
    refusesTheCorpus(vote, formOf(vote), "bea");
    storesFreeTextVerbatim(
        vote,
        "bea",
        Map.of(GateModel.GATE_VOTE.name(), "reject", GateModel.GATE_VOTE_REASON.name(), "x"));

    assertThat(storedVerbatim).as("free-text fields filled with injection strings").isNotEmpty();
    storedVerbatim.forEach(
        (field, text) ->
            assertThat(timesStored(text)).as("%s stored verbatim: %s", field, text).isPositive());
    assertThat(jdbc.queryForObject("SELECT count(*) FROM pw_activity_record", Long.class))
        .as("the tables the injection strings name are still there")
        .isPositive();
  }

  // ---- the corpus

  /** One malformed value for one field, and what the refusal says about the field. */
  private record Malformed(String what, Map<String, Object> value, String says) {}

  private void refusesTheCorpus(Task task, String formKey, String user) {
    FormSchema form = TestForms.parse(Path.of("forms", formKey + ".form"));
    Written before = written(task);
    RestClient person = RestClient.as(http, user);
    for (FormField field : form.fields()) {
      for (Malformed malformed : corpus(field)) {
        Map<String, Object> variables = Map.of(field.key(), malformed.value());
        for (String door : List.of("submit-form", "complete")) {
          ResponseEntity<String> answer =
              person.post(
                  "/engine-rest/task/" + task.getId() + "/" + door, Map.of("variables", variables));
          String context = formKey + " " + field.key() + " " + malformed.what() + " via " + door;
          assertThat(answer.getStatusCode().value()).as(context).isEqualTo(400);
          String message = RestClient.json(answer.getBody()).path("message").asText();
          assertThat(message)
              .as(context)
              .contains("Not saved: ")
              .contains(field.name() + " ")
              .contains(malformed.says());
          assertThat(answer.getBody().length())
              .as("%s: the refusal does not echo the whole value", context)
              .isLessThan(20_000);
          assertThat(message).as(context).doesNotContain("###", "org.", "java.", "\tat ");
        }
      }
    }
    Map<String, Object> unknown =
        Map.of("approvalsRequired", Map.of("value", 0, "type", "Integer"));
    for (String door : List.of("submit-form", "complete")) {
      ResponseEntity<String> answer =
          person.post(
              "/engine-rest/task/" + task.getId() + "/" + door, Map.of("variables", unknown));
      assertThat(answer.getStatusCode().value())
          .as(formKey + " unknown via " + door)
          .isEqualTo(400);
      assertThat(RestClient.json(answer.getBody()).path("message").asText())
          .contains("approvalsRequired is not a field of this form");
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("%s: the task is still open", formKey)
        .isEqualTo(1);
    assertThat(written(task)).as("%s: nothing was written", formKey).isEqualTo(before);
    tried.add(formKey);
  }

  private static List<Malformed> corpus(FormField field) {
    List<Malformed> corpus = new ArrayList<>();
    corpus.add(
        new Malformed("NUL", string("DOC-1\u0000 v2"), "contains a control character (U+0000)"));
    corpus.add(new Malformed("ESC", string("\u001b[2J"), "contains a control character (U+001B)"));
    corpus.add(
        new Malformed(
            "bidi override",
            string("invoice \u202Efdp.exe"),
            "contains a bidirectional control character (U+202E)"));
    corpus.add(
        new Malformed(
            "serialized Object",
            Map.of(
                "type",
                "Object",
                "value",
                "{\"text\": \"DOC-1\"}",
                "valueInfo",
                Map.of(
                    "objectTypeName",
                    "java.util.HashMap",
                    "serializationDataFormat",
                    "application/json")),
            "must be a plain value, not a serialized object"));
    corpus.add(new Malformed("deeply nested JSON", json(DEEP_JSON), ""));
    switch (field.type()) {
      case "textfield", "textarea" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "may have at most"));
        corpus.add(new Malformed("a number", Map.of("value", 42, "type", "Long"), "must be text"));
      }
      case "number" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "must be a number"));
        corpus.add(new Malformed("SQL injection", string(SQL), "must be a number"));
      }
      case "checkbox" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "must be true or false"));
        corpus.add(new Malformed("text", string("yes"), "must be true or false"));
      }
      case "datetime" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "must be a date"));
        corpus.add(new Malformed("script injection", string(SCRIPT), "must be a date"));
      }
      case "checklist", "taglist" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "must be a list of options"));
        corpus.add(
            new Malformed(
                "SQL injection in a list",
                json("[\"x' OR '1'='1\"]"),
                "'x' OR '1'='1' is not one of the options offered"));
      }
      case "dynamiclist" -> {
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "must be a list of items"));
        corpus.add(
            new Malformed(
                "a list of text", json("[\"x' OR '1'='1\"]"), "must be an item with fields"));
      }
      default -> {
        // radio and select: one of the options offered
        corpus.add(new Malformed("1 MB string", string(ONE_MB), "'xxxx"));
        corpus.add(
            new Malformed(
                "true",
                Map.of("value", true, "type", "Boolean"),
                "'true' is not one of the options"));
        corpus.add(
            new Malformed("SQL injection", string(SQL), "is not one of the options offered"));
        corpus.add(
            new Malformed("script injection", string(SCRIPT), "is not one of the options offered"));
      }
    }
    return corpus;
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  // ---- free text is stored as sent

  /**
   * Completes the task with the given answers, every free-text field (text field or area without
   * options or a pattern) holding SQL and script injection strings: accepted and stored verbatim.
   */
  private void storesFreeTextVerbatim(Task task, String user, Map<String, Object> answers) {
    FormSchema form = TestForms.parse(Path.of("forms", formOf(task) + ".form"));
    Map<String, Object> values = new HashMap<>(answers);
    for (FormField field : form.fields()) {
      if (answers.containsKey(field.key())
          && Set.of("textfield", "textarea").contains(field.type())
          && !field.hasOptions()
          && field.pattern() == null) {
        String text =
            "Robert'); DROP TABLE pw_activity_record;-- <script>alert('"
                + field.key()
                + "')</script><img src=x onerror=alert(1)> javascript:alert(1) "
                + task.getId();
        if (field.maxLength() == null || text.length() <= field.maxLength()) {
          values.put(field.key(), text);
          storedVerbatim.put(formOf(task) + "." + field.key(), text);
        }
      }
    }
    ResponseEntity<String> answer = RestClient.as(http, user).submitTaskForm(task.getId(), values);
    assertThat(answer.getStatusCode().value())
        .as(formOf(task) + ": " + answer.getBody())
        .isEqualTo(204);
  }

  /**
   * Where the text is found as sent: process variables (history) or a column of Pathway's tables.
   */
  private long timesStored(String text) {
    long found =
        jdbc.queryForObject(
            "SELECT count(*) FROM act_hi_varinst WHERE text_ = ?", Long.class, text);
    for (Map<String, Object> column :
        jdbc.queryForList(
            "SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE lower(table_name) LIKE 'pw\\_%' AND table_schema = current_schema"
                + " AND lower(data_type) IN"
                + " ('character varying', 'text', 'character large object', 'varchar')")) {
      found +=
          jdbc.queryForObject(
              "SELECT count(*) FROM \""
                  + column.get("table_name")
                  + "\" WHERE \""
                  + column.get("column_name")
                  + "\" = ?",
              Long.class,
              text);
    }
    return found;
  }

  // ---- reaching the tasks

  private record UserTaskOf(String processDefinitionId, String activityId) {}

  /** Form key → one user task that shows it, from every deployed process model. */
  private Map<String, UserTaskOf> formsOfUserTasks() {
    Map<String, UserTaskOf> forms = new TreeMap<>();
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task :
          engine
              .getRepositoryService()
              .getBpmnModelInstance(definition.getId())
              .getModelElementsByType(UserTask.class)) {
        String formRef = task.getCamundaFormRef();
        if (formRef != null) {
          forms.putIfAbsent(formRef, new UserTaskOf(definition.getId(), task.getId()));
        }
      }
    }
    return forms;
  }

  private String formOf(Task task) {
    UserTask element =
        engine
            .getRepositoryService()
            .getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
    return element.getCamundaFormRef();
  }

  /** Starts the task's process at the task, as Cockpit's modification does. */
  private Task startAt(UserTaskOf userTask) {
    ProcessDefinition definition =
        engine.getRepositoryService().getProcessDefinition(userTask.processDefinitionId());
    // a process with a start form gets what its start form asks, and only that
    Map<String, Object> variables =
        switch (definition.getKey()) {
          case ProgrammeModel.KEY -> StartUpAnswers.start();
          case NewServiceModel.KEY ->
              Map.of(
                  NewServiceModel.SERVICE_NAME.name(), "Managed backup",
                  NewServiceModel.CHANGE_TYPE.name(), "new",
                  NewServiceModel.SERVICE_DESCRIPTION.name(), "Nightly backup of customer VMs",
                  NewServiceModel.REQUESTED_BY.name(), "Contoso Ltd");
          // Phase 3's close: the preparation for conformity assessment shows the audit's result
          case PhaseModel.KEY ->
              Map.of(
                  ProgrammeModel.IMPLEMENTATION_ID.name(),
                  "malformed-" + System.nanoTime(),
                  PhaseModel.PHASE.name(),
                  3,
                  PhaseModel.AUDIT_CONCLUSION.name(),
                  "conforms-with-findings",
                  PhaseModel.NONCONFORMITIES_FOUND.name(),
                  0,
                  PhaseModel.AUDIT_FINDINGS.name(),
                  "Two minor findings");
          // the full internal audit of Phase 3, as implementation-phase calls it
          case AuditModel.KEY ->
              Map.of(
                  ProgrammeModel.IMPLEMENTATION_ID.name(),
                  "malformed-" + System.nanoTime(),
                  AuditModel.AUDIT_OCCASION.name(),
                  AuditModel.PHASE_3);
          // what submitting a version for approval gives the process
          case DocumentApprovalModel.KEY ->
              Map.of(
                  DocumentApprovalModel.DOCUMENT_ID.name(), "malformed-" + System.nanoTime(),
                  DocumentApprovalModel.VERSION.name(), 1,
                  DocumentApprovalModel.DOCUMENT_LABEL.name(),
                      "DOC-0001 Service management policy, version 1",
                  DocumentApprovalModel.REVIEWER_GROUPS.name(),
                      "top-management,documentation-management",
                  DocumentApprovalModel.APPROVER_GROUPS.name(), "top-management");
          // a nonconformity of an internal audit, its corrective action planned
          case CorrectiveActionModel.KEY ->
              Map.of(
                  ProgrammeModel.IMPLEMENTATION_ID.name(), "malformed-" + System.nanoTime(),
                  CorrectiveActionModel.FINDING_ID.name(), "malformed-" + System.nanoTime(),
                  CorrectiveActionModel.FINDING_AREA.name(), "change-management",
                  CorrectiveActionModel.FINDING_TEXT.name(), "Emergency changes not reviewed",
                  CorrectiveActionModel.ACTION_OWNER.name(), "carla",
                  CorrectiveActionModel.ACTION_DUE_DATE.name(), "2028-04-01");
          case ReviewModel.ACTION_KEY ->
              Map.of(
                  ProgrammeModel.IMPLEMENTATION_ID.name(), "malformed-" + System.nanoTime(),
                  ReviewModel.ACTION_ID.name(), "malformed-" + System.nanoTime(),
                  ReviewModel.ACTION_DECISION.name(), "Fund the change tooling",
                  ReviewModel.ACTION_OWNER.name(), "simon",
                  ReviewModel.ACTION_DUE_DATE.name(), "2028-04-01");
          case DocumentReviewModel.KEY ->
              Map.of(
                  DocumentReviewModel.DOCUMENT_ID.name(), "malformed-" + System.nanoTime(),
                  DocumentReviewModel.DOCUMENT_LABEL.name(), "DOC-0001 Service management policy",
                  DocumentReviewModel.REVIEWER_GROUPS.name(),
                      "top-management,documentation-management",
                  DocumentReviewModel.REVIEW_DATE.name(), "2027-06-30");
          // what recording an activity as not applicable gives the board's decision
          case NotApplicableApprovalModel.KEY ->
              Map.of(
                  NotApplicableApprovalModel.ACTIVITY_RECORD_ID.name(),
                      "malformed-" + System.nanoTime(),
                  NotApplicableApprovalModel.ACTIVITY_LABEL.name(), "B.1 SUP c)",
                  NotApplicableApprovalModel.RECORDED_BY.name(), "pia",
                  NotApplicableApprovalModel.RECORDED_JUSTIFICATION.name(),
                      "No suppliers in scope");
          default ->
              Map.of(
                  ProgrammeModel.IMPLEMENTATION_ID.name(), "malformed-" + System.nanoTime(),
                  ProgrammeModel.SERVICE_PROVIDER.name(), "Northwind IT Services",
                  ProgrammeModel.SCOPE_STATEMENT.name(), "Managed workplace and hosting services");
        };
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceById(userTask.processDefinitionId())
            .businessKey("malformed-" + System.nanoTime())
            .setVariables(variables)
            .startBeforeActivity(userTask.activityId())
            .execute();
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .taskDefinitionKey(userTask.activityId())
            .list();
    assertThat(tasks).as("started at %s", userTask.activityId()).hasSize(1);
    return tasks.get(0);
  }

  private String holderOf(Task task) {
    Implementation anyone = new Implementation(engine, catalogue);
    List<String> groups = anyone.candidateGroups(task);
    return groups.isEmpty() ? "demo" : anyone.memberOf(groups);
  }

  // ---- what a submission could have written

  private record Written(Map<String, String> variables, long history, long records) {}

  private Written written(Task task) {
    Map<String, String> variables = new TreeMap<>();
    engine
        .getRuntimeService()
        .createVariableInstanceQuery()
        .processInstanceIdIn(task.getProcessInstanceId())
        .disableBinaryFetching()
        .disableCustomObjectDeserialization()
        .list()
        .forEach(
            variable ->
                variables.put(
                    variable.getId() + " " + variable.getName(),
                    String.valueOf(variable.getTypedValue())));
    long history =
        engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .count()
            + engine
                .getHistoryService()
                .createHistoricDetailQuery()
                .processInstanceId(task.getProcessInstanceId())
                .count();
    long records = 0;
    for (String table :
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables WHERE lower(table_name) LIKE 'pw\\_%' AND table_schema = current_schema",
            String.class)) {
      // quoted: Flyway's history tables keep their lower-case names on H2
      records += jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class);
    }
    return new Written(variables, history, records);
  }
}
