package dev.pathway.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pathway.support.PathwayTest;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms' unit tests evaluate the forms' conditions with the same kind of FEEL engine as the
 * running engine.
 */
@PathwayTest
class FeelEngineOfTheFormsTest {

  @Autowired ProcessEngine processEngine;

  @Test
  void theUnitTestsUseTheKindOfFeelEngineThatTheProcessEngineUses() {
    FeelEngine engines =
        ((DefaultDmnEngineConfiguration)
                ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                    .getDmnEngineConfiguration())
            .getFeelEngine();

    assertThat(engines).isNotNull().isExactlyInstanceOf(TestForms.FEEL.getClass());
  }
}
