package dev.pathway.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo identities of the embedded default ({@code demo} profile): every password equals the user
 * id.
 */
@ConfigurationProperties("pathway.demo")
public record DemoProperties(List<DemoUser> users) {

  public DemoProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** A demo user and the responsibility roles (ids of Table B.1 roles) they hold. */
  public record DemoUser(String id, String firstName, String lastName, List<String> roles) {
    public DemoUser {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
