package example.host;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A {@code @Scheduled} method of the host's own that the host did not switch on (it has no
 * {@code @EnableScheduling}): embedding Pathway must not start it.
 */
@Component
public class HostHousekeeping {

  private final AtomicInteger runs = new AtomicInteger();

  @Scheduled(initialDelay = 0, fixedRate = 20)
  void purge() {
    runs.incrementAndGet();
  }

  public int runs() {
    return runs.get();
  }
}
