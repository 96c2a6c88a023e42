package dev.pathway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.ExpressionEvaluator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's SQL conditions read query properties as before once Pathway remembers how each is
 * read: the getter where there is one, a Boolean's {@code isX}, the field's current value where
 * there is no read method, and an unknown property still fails.
 */
class RememberedReadMethodsTest {

  private final ExpressionEvaluator conditions = new ExpressionEvaluator();

  @BeforeAll
  static void install() {
    RememberedReadMethods.install();
  }

  @Test
  void aFieldWithoutGetterIsReadAnewOnEveryEvaluation() {
    Criteria criteria = new Criteria();
    assertThat(conditions.evaluateBoolean("activityName == null", criteria)).isTrue();

    criteria.activityName = "Define the service management policy";

    assertThat(conditions.evaluateBoolean("activityName == null", criteria)).isFalse();
    assertThat(
            conditions.evaluateBoolean(
                "activityName == 'Define the service management policy'", criteria))
        .isTrue();
  }

  @Test
  void aGetterIsPreferredToItsField() {
    assertThat(conditions.evaluateBoolean("roleGroup == 'pathway-top-management'", new Criteria()))
        .isTrue();
  }

  @Test
  void aBooleanReadByItsIsMethodIsReadAnewOnEveryEvaluation() {
    Criteria criteria = new Criteria();
    assertThat(conditions.evaluateBoolean("overdue == null", criteria)).isTrue();

    criteria.overdue = Boolean.TRUE;

    assertThat(conditions.evaluateBoolean("overdue", criteria)).isTrue();
  }

  @Test
  void anUnknownPropertyStillFailsNamingIt() {
    assertThatThrownBy(() -> conditions.evaluateBoolean("noSuchCriterion == null", new Criteria()))
        .isInstanceOf(BuilderException.class)
        .hasMessageContaining("noSuchCriterion");
  }

  @Test
  void theEnginesTaskQueryIsReadThisWay() throws Exception {
    TaskQueryImpl query = new TaskQueryImpl();
    assertThat(conditions.evaluateBoolean("taskNameCaseInsensitive", query)).isFalse();

    assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class))
        .isInstanceOf(RememberedReadMethods.class);
  }

  static final class Criteria {
    String activityName;
    private final String roleGroup = "the field";
    private Boolean overdue;

    public String getRoleGroup() {
      return "pathway-top-management";
    }

    public Boolean isOverdue() {
      return overdue;
    }
  }
}
