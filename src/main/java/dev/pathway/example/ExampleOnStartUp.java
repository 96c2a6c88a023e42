package dev.pathway.example;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the example implementation after start-up, in the background so that start-up stays as fast
 * as without it: on the embedded demo profile, never with the postgres profile, off with {@code
 * pathway.demo.example-implementation=false}.
 */
@Component
@Profile("demo & !postgres")
@ConditionalOnProperty(name = "pathway.demo.example-implementation", havingValue = "true")
class ExampleOnStartUp {

  private final ExampleImplementation example;

  ExampleOnStartUp(ExampleImplementation example) {
    this.example = example;
  }

  @EventListener(ApplicationReadyEvent.class)
  void inTheBackground() {
    Thread maker = new Thread(example::createOnce, "pathway-example-implementation");
    maker.setDaemon(true);
    maker.start();
  }
}
