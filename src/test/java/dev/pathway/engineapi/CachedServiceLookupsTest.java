package dev.pathway.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

class CachedServiceLookupsTest {

  /** The application's loader, counting how often it is searched for service listings. */
  private static final class Application extends ClassLoader {
    final List<String> searched = new ArrayList<>();

    Application() {
      super(CachedServiceLookupsTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      searched.add(name);
      return super.getResources(name);
    }
  }

  @Test
  void findsTheSameProvidersAsTheApplicationAndSearchesTheJarsOnce() {
    Application application = new Application();
    ClassLoader remembering = new CachedServiceLookups.ServiceListings(application);

    List<Class<?>> direct = providers(application);
    List<Class<?>> first = providers(remembering);
    List<Class<?>> second = providers(remembering);

    assertThat(direct).as("the REST API's engine provider is on the class path").isNotEmpty();
    assertThat(first).isEqualTo(direct);
    assertThat(second).isEqualTo(direct);
    assertThat(application.searched)
        .as("once for the direct lookup, once for the first remembered one")
        .containsExactly(
            "META-INF/services/" + ProcessEngineProvider.class.getName(),
            "META-INF/services/" + ProcessEngineProvider.class.getName());
  }

  private static List<Class<?>> providers(ClassLoader loader) {
    return ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
        .<Class<?>>map(ServiceLoader.Provider::type)
        .toList();
  }
}
