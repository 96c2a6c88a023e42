package dev.pathway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The throttle's arithmetic, on a clock the test moves. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-11-30T09:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  @Test
  void aClientIsRefusedAtTheLimitUntilItsOldestFailureAgesOut() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock);
    throttle.failed("198.51.100.7");
    now = now.plusSeconds(60);
    throttle.failed("198.51.100.7");
    assertThat(throttle.refusal("198.51.100.7")).isEmpty();
    throttle.failed("198.51.100.7");
    assertThat(throttle.refusal("198.51.100.7")).contains(Duration.ofMinutes(4));
    assertThat(throttle.refusal("198.51.100.8")).as("another client").isEmpty();

    now = now.plus(Duration.ofMinutes(4));
    assertThat(throttle.refusal("198.51.100.7")).as("the first failure aged out").isEmpty();
    now = now.plus(Duration.ofMinutes(5));
    throttle.failed("198.51.100.7");
    assertThat(throttle.refusal("198.51.100.7")).isEmpty();
  }

  @Test
  void onlyTheLatestFailuresUpToTheLimitAreKept() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(5), clock);
    throttle.failed("203.0.113.5");
    now = now.plusSeconds(60);
    throttle.failed("203.0.113.5");
    now = now.plusSeconds(60);
    throttle.failed("203.0.113.5");
    assertThat(throttle.refusal("203.0.113.5")).contains(Duration.ofMinutes(4));
  }

  @Test
  void manyClientsAreForgottenOnceTheirFailuresAgeOut() {
    LoginThrottle throttle = new LoginThrottle(1, Duration.ofMinutes(1), clock);
    for (int client = 0; client <= 10_001; client++) {
      throttle.failed("client-" + client);
    }
    assertThat(throttle.refusal("client-0")).isPresent();
    now = now.plus(Duration.ofMinutes(2));
    throttle.failed("one-more");
    assertThat(throttle.refusal("client-0")).isEmpty();
    assertThat(throttle.refusal("one-more")).isPresent();
  }

  @Test
  void aClientIsItsAddressAndAnIpv6ClientItsNetwork() {
    assertThat(LoginThrottle.client(from("192.0.2.10"))).isEqualTo("192.0.2.10");
    assertThat(LoginThrottle.client(from("2001:db8:1:2:aaaa:bbbb:cccc:dddd")))
        .isEqualTo(LoginThrottle.client(from("2001:db8:1:2::1")))
        .isEqualTo("2001:0db8:0001:0002::/64");
    assertThat(LoginThrottle.client(from("fe80::1%eth0"))).isEqualTo("fe80:0000:0000:0000::/64");
    assertThat(LoginThrottle.client(from("2001:db8:1:3::1")))
        .isNotEqualTo(LoginThrottle.client(from("2001:db8:1:2::1")));
    assertThat(LoginThrottle.client(from("::ffff:192.0.2.10"))).isEqualTo("::ffff:192.0.2.10");
    assertThat(LoginThrottle.client(from("not:an:address"))).isEqualTo("not:an:address");
  }

  @Test
  void aThrottleNeedsALimitAndAWindow() {
    assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofMinutes(5), clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottle(10, Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MockHttpServletRequest from(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    return request;
  }
}
