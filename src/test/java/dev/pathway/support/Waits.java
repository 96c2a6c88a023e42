package dev.pathway.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in tests that drive servers from outside: for a condition, or a moment. */
public final class Waits {

  private Waits() {}

  /** Polls the condition until it holds; fails naming what did not happen in time. */
  public static void await(Duration timeout, String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      pause(100);
    }
  }

  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** "12.3 s", for a test's log. */
  public static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
