package dev.pathway.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per client, not per user: a client with {@code max-failures} failed logins
 * within {@code window} is refused (429, Retry-After) until the oldest of them is older than the
 * window, and its passwords are not even checked meanwhile. The engine's own lock-out of the named
 * user is off (application.yaml, {@code loginMaxAttempts}, {@code loginDelayBase}), so nobody can
 * lock anybody else out by guessing their password.
 *
 * <p>The client is the connection's remote address (an IPv6 client by its /64 network). A proxy's
 * {@code X-Forwarded-For} counts only where it is trusted on purpose ({@code
 * server.forward-headers-strategy}, which makes the container take the address from it); by default
 * it is ignored.
 */
@Component
public class LoginThrottle {

  private static final int MAX_CLIENTS_BEFORE_CLEANUP = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  @Autowired
  LoginThrottle(
      @Value("${pathway.security.login-throttle.max-failures:10}") int maxFailures,
      @Value("${pathway.security.login-throttle.window:PT5M}") Duration window) {
    this(maxFailures, window, Clock.systemUTC());
  }

  LoginThrottle(int maxFailures, Duration window, Clock clock) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "pathway.security.login-throttle needs max-failures >= 1 and a positive window");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /** How long this client must wait before its next login is checked; empty when it may try now. */
  public Optional<Duration> refusal(String client) {
    Deque<Instant> recent = failures.get(client);
    if (recent == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    synchronized (recent) {
      forgetOld(recent, now);
      if (recent.size() < maxFailures) {
        return Optional.empty();
      }
      // at most maxFailures are kept: the client may try again when the oldest of them ages out
      return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }
  }

  public void failed(String client) {
    Instant now = clock.instant();
    if (failures.size() > MAX_CLIENTS_BEFORE_CLEANUP) {
      failures
          .values()
          .removeIf(
              recent -> {
                synchronized (recent) {
                  forgetOld(recent, now);
                  return recent.isEmpty();
                }
              });
    }
    Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      recent.addLast(now);
      while (recent.size() > maxFailures) {
        recent.removeFirst();
      }
    }
  }

  private void forgetOld(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
      recent.removeFirst();
    }
  }

  /** The client a login comes from: its remote address; IPv6 clients by their /64 network. */
  public static String client(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    if (address == null || !address.contains(":")) {
      return address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
      if (bytes.length == 16) {
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
          network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
        }
        return network.append(":/64").toString();
      }
      return address;
    } catch (UnknownHostException notALiteral) {
      return address;
    }
  }
}
