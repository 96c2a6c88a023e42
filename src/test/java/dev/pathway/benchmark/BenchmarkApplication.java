package dev.pathway.benchmark;

import dev.pathway.app.PathwayApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default with the demo users, as the benchmarks start it: on a random port, on the
 * database of {@code -Dbenchmark.datasource.url} ({@code .username}, {@code .password}; default H2
 * in memory), without the job executor and the living example.
 */
final class BenchmarkApplication {

  private BenchmarkApplication() {}

  /** The benchmark's database: {@code -Dbenchmark.datasource.url}, or H2 in memory by this name. */
  static String url(String h2Name) {
    return System.getProperty(
        "benchmark.datasource.url", "jdbc:h2:mem:" + h2Name + ";DB_CLOSE_DELAY=-1");
  }

  static ConfigurableApplicationContext start(String url, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username="
                    + System.getProperty("benchmark.datasource.username", "sa"),
                "--spring.datasource.password="
                    + System.getProperty("benchmark.datasource.password", ""),
                "--camunda.bpm.job-execution.enabled=false",
                "--pathway.demo.allow-external-database=true",
                "--pathway.demo.example-implementation=false",
                "--logging.level.root=WARN"));
    args.addAll(List.of(more));
    return new SpringApplicationBuilder(PathwayApplication.class)
        .profiles("demo")
        .run(args.toArray(String[]::new));
  }
}
