package example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import dev.pathway.programme.ProgrammeModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.TaskManagementConfigUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host application with processes, people and migrations of its own adds Pathway as one
 * dependency: both run side by side in one engine, and Pathway leaves what is the host's alone.
 */
@SpringBootTest(
    classes = HostApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PathwayInAHostTest {

  private static final HostDatabase DATABASE = HostDatabase.create();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.register(registry);
  }

  @AfterAll
  static void dropDatabase() {
    DATABASE.drop();
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired HostHousekeeping housekeeping;

  @BeforeEach
  void topManagementMemberAddedByTheHostsAdministrator() {
    AbstractAssertions.init(engine);
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("tina").count() == 0) {
      User tina = identity.newUser("tina");
      tina.setFirstName("Tina");
      tina.setLastName("Marsh");
      tina.setPassword("tina-secret");
      identity.saveUser(tina);
      identity.createMembership("tina", "top-management");
    }
  }

  @Test
  void theHostsProcessAndAPathwayImplementationRunSideBySide() {
    ResponseEntity<Map<String, Object>> expense =
        post(
            "alice",
            "alice-secret",
            "/engine-rest/process-definition/key/expense-approval/start",
            Map.of());
    assertThat(expense.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> implementation =
        post(
            "tina",
            "tina-secret",
            "/engine-rest/process-definition/key/" + ProgrammeModel.KEY + "/submit-form",
            Map.of("businessKey", "northwind", "variables", typed(startAnswers())));
    assertThat(implementation.getStatusCode()).isEqualTo(HttpStatus.OK);

    ProcessInstance expenseInstance = instance((String) expense.getBody().get("id"));
    assertThat(expenseInstance).isWaitingAt("approve-expense");
    assertThat(instance((String) implementation.getBody().get("id"))).isActive();

    List<Map<String, Object>> alicesExpenses =
        filterList("alice", "alice-secret", HostIdentities.FILTER);
    assertThat(alicesExpenses)
        .extracting(task -> task.get("name"))
        .containsExactly("Approve expense");
    assertThat(tasksSeenBy("alice", "alice-secret"))
        .as("alice sees none of Pathway's tasks")
        .allMatch(task -> "Approve expense".equals(task.get("name")));
    assertThat(tasksSeenBy("tina", "tina-secret"))
        .as("a Pathway role holder sees none of the host's tasks")
        .isNotEmpty()
        .noneMatch(task -> "Approve expense".equals(task.get("name")));

    String expenseTask = (String) alicesExpenses.get(0).get("id");
    assertThat(
            post(
                    "alice",
                    "alice-secret",
                    "/engine-rest/task/" + expenseTask + "/complete",
                    Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(expenseInstance).isEnded();
  }

  @Test
  void pathwaysRestApiAndItsServerSideFormValidationWork() {
    ResponseEntity<String> catalogue =
        http.withBasicAuth("tina", "tina-secret").getForEntity("/api/catalogue", String.class);
    assertThat(catalogue.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(catalogue.getBody()).contains("Incident management");
    assertThat(http.getForEntity("/api/catalogue", String.class).getStatusCode())
        .as("without credentials")
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    Map<String, Object> withoutScope = new HashMap<>(startAnswers());
    withoutScope.remove(ProgrammeModel.SCOPE_STATEMENT.name());
    ResponseEntity<Map<String, Object>> refused =
        post(
            "tina",
            "tina-secret",
            "/engine-rest/process-definition/key/" + ProgrammeModel.KEY + "/submit-form",
            Map.of("businessKey", "refused", "variables", typed(withoutScope)));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains(ProgrammeModel.SCOPE_STATEMENT.name())
        .contains("is required");
  }

  @Test
  void pathwaysFiltersAreSharedWithItsRoleGroupsAndTheHostsFilterIsUnchanged() {
    assertThat(filterNamesSeenBy("tina", "tina-secret"))
        .contains("My tasks", "My groups' tasks", "Governance decisions")
        .doesNotContain(HostIdentities.FILTER);
    assertThat(filterNamesSeenBy("alice", "alice-secret")).containsExactly(HostIdentities.FILTER);

    Filter expenses =
        engine
            .getFilterService()
            .createFilterQuery()
            .filterName(HostIdentities.FILTER)
            .singleResult();
    assertThat(expenses.getProperties()).containsEntry("description", "Expenses to approve");
    assertThat(
            engine
                .getAuthorizationService()
                .createAuthorizationQuery()
                .resourceId(expenses.getId())
                .list())
        .extracting(Authorization::getGroupId)
        .containsExactly(HostIdentities.GROUP);
  }

  @Test
  void eachHasADeploymentOfItsOwn() {
    RepositoryService repository = engine.getRepositoryService();
    Deployment pathway =
        repository.createDeploymentQuery().deploymentName("pathway").singleResult();
    assertThat(pathway.getSource()).isEqualTo("pathway");
    assertThat(repository.getDeploymentResourceNames(pathway.getId()))
        .isNotEmpty()
        .allMatch(
            name -> name.matches("(bpmn|dmn|forms)/[a-z0-9-]+\\.(bpmn|dmn|form)"),
            "is one of Pathway's")
        .anyMatch(name -> name.endsWith("sms-implementation.bpmn"))
        .anyMatch(name -> name.endsWith(".dmn"))
        .anyMatch(name -> name.endsWith(".form"));

    ProcessDefinition expenses =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("expense-approval")
            .latestVersion()
            .singleResult();
    assertThat(repository.getDeploymentResourceNames(expenses.getDeploymentId()))
        .containsExactly("processes/expense-approval.bpmn");
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProgrammeModel.KEY)
                .singleResult()
                .getDeploymentId())
        .isEqualTo(pathway.getId());
  }

  @Test
  void aRedeploymentOfTheHostsProcessLeavesPathwaysAlone() {
    RepositoryService repository = engine.getRepositoryService();
    String pathwayDefinition = latest(ProgrammeModel.KEY).getId();
    repository
        .createDeployment()
        .name("host redeployment")
        .addClasspathResource("processes/expense-approval.bpmn")
        .deploy();

    assertThat(latest("expense-approval").getVersion()).isEqualTo(2);
    assertThat(latest(ProgrammeModel.KEY).getId()).isEqualTo(pathwayDefinition);
  }

  @Test
  void aRestartOfTheHostDeploysNothingTwiceAndKeepsEverything() {
    RepositoryService repository = engine.getRepositoryService();
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();
    try (ConfigurableApplicationContext restarted =
        new SpringApplicationBuilder(HostApplication.class)
            .properties(HostDatabase.WITHOUT_WEB)
            .run(DATABASE.arguments())) {
      RepositoryService restartedRepository =
          restarted.getBean(ProcessEngine.class).getRepositoryService();
      assertThat(restartedRepository.createDeploymentQuery().deploymentName("pathway").count())
          .as("the restarted host works on the same database")
          .isEqualTo(repository.createDeploymentQuery().deploymentName("pathway").count());
      assertThat(restartedRepository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(restartedRepository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    }
  }

  @Test
  void bothMigrationsApplyEachInItsOwnHistory() {
    assertThat(
            jdbc.queryForList(
                "select \"script\" from \"flyway_schema_history\" where \"success\" = true and \"script\" like 'V%'",
                String.class))
        .containsExactly("V1__expenses.sql");
    assertThat(
            jdbc.queryForList(
                "select \"script\" from \"pathway_schema_history\" where \"success\" = true and \"script\" like 'V%' order by \"installed_rank\"",
                String.class))
        .startsWith("V1__activity_records.sql")
        .noneMatch(script -> script.contains("expenses"));
    assertThat(jdbc.queryForObject("select count(*) from host_expense", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from pw_activity_record", Long.class))
        .isNotNull();
  }

  @Test
  void theHostsAdministratorAndAuthorizationsAreUnchanged() {
    IdentityService identity = engine.getIdentityService();
    assertThat(identity.checkPassword("hostadmin", "host-admin-secret")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("hostadmin").list())
        .extracting(group -> group.getId())
        .containsExactly(Groups.CAMUNDA_ADMIN);

    AuthorizationService authorizations = engine.getAuthorizationService();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).list())
        .as("only the engine's grants of everything to its administrators")
        .isNotEmpty()
        .allMatch(
            authorization ->
                List.of("*", Groups.CAMUNDA_ADMIN).contains(authorization.getResourceId()));
    String expensesFilter =
        engine
            .getFilterService()
            .createFilterQuery()
            .filterName(HostIdentities.FILTER)
            .singleResult()
            .getId();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(HostIdentities.GROUP).list())
        .as("the engine's grant of the group to its members, and the host's own")
        .extracting(Authorization::getResourceId)
        .containsExactlyInAnyOrder(
            HostIdentities.GROUP, "tasklist", "expense-approval", "*", expensesFilter);
    assertThat(identity.createGroupQuery().groupId("top-management").singleResult().getType())
        .as("Pathway's own groups are made beside the host's")
        .isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
  }

  @Test
  void pathwaySchedulesItsRemindersItselfAndLeavesTheHostsScheduledMethodsOff() {
    assertThat(
            context.containsBean(
                TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME))
        .as("no @EnableScheduling comes with Pathway")
        .isFalse();
    assertThat(context.getBeansOfType(TaskScheduler.class))
        .as("Pathway's scheduler is not offered to the host's @Scheduled methods")
        .isEmpty();
    assertThat(housekeeping.runs())
        .as("the host's @Scheduled method (every 20 ms from start-up) never ran")
        .isZero();
    assertThat(Thread.getAllStackTraces().keySet())
        .as("Pathway's reminders run on a scheduler of its own")
        .anyMatch(thread -> thread.getName().startsWith("pathway-notifications-"));
  }

  private ProcessDefinition latest(String key) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult();
  }

  private ProcessInstance instance(String id) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(id)
        .singleResult();
  }

  private static Map<String, Object> startAnswers() {
    return Map.of(
        ProgrammeModel.SERVICE_PROVIDER.name(), "Northwind IT Services",
        ProgrammeModel.SCOPE_STATEMENT.name(), "Managed workplace and hosting services in the EU",
        ProgrammeModel.SERVICES_IN_SCOPE.name(), "Managed workplace; Hosting",
        ProgrammeModel.CUSTOMERS_IN_SCOPE.name(), "Internal business units",
        ProgrammeModel.SUPPLIERS_IN_SCOPE.name(), "DataCentre Partners",
        ProgrammeModel.TARGET_END_PHASE_1.name(), "2027-03-31");
  }

  private static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> typed = new HashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }

  private ResponseEntity<Map<String, Object>> post(
      String user, String password, String path, Map<String, Object> body) {
    return http.withBasicAuth(user, password)
        .exchange(
            path, HttpMethod.POST, new HttpEntity<>(body), new ParameterizedTypeReference<>() {});
  }

  private List<Map<String, Object>> tasksSeenBy(String user, String password) {
    return http.withBasicAuth(user, password)
        .exchange(
            "/engine-rest/task",
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }

  private List<String> filterNamesSeenBy(String user, String password) {
    return http
        .withBasicAuth(user, password)
        .exchange(
            "/engine-rest/filter",
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody()
        .stream()
        .map(filter -> (String) filter.get("name"))
        .toList();
  }

  private List<Map<String, Object>> filterList(String user, String password, String filterName) {
    String id =
        engine.getFilterService().createFilterQuery().filterName(filterName).singleResult().getId();
    return http.withBasicAuth(user, password)
        .exchange(
            "/engine-rest/filter/" + id + "/list",
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
  }
}
