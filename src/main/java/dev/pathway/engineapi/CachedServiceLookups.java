package dev.pathway.engineapi;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST resources look up the process engine through {@link java.util.ServiceLoader} each
 * time one is made, two or three times per request; in the packaged application every lookup
 * searches {@code META-INF/services} in each of the 200 nested jars (8 % of the server's time under
 * load, in a flight recording of the scale benchmark). The engine APIs run with a context class
 * loader that remembers the service listings of each kind, read once; the classes still come from
 * the application's class loader, and the files in a running application's jars do not change.
 */
final class CachedServiceLookups implements Filter {

  private final Map<ClassLoader, ClassLoader> remembering = new ConcurrentHashMap<>();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Thread thread = Thread.currentThread();
    ClassLoader application = thread.getContextClassLoader();
    if (application == null) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(remembering.computeIfAbsent(application, ServiceListings::new));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(application);
    }
  }

  /** Delegates everything to the application's loader; remembers the service listings found. */
  static final class ServiceListings extends ClassLoader {
    private static final String SERVICES = "META-INF/services/";

    static {
      registerAsParallelCapable();
    }

    private final Map<String, List<URL>> listings = new ConcurrentHashMap<>();

    ServiceListings(ClassLoader application) {
      super(application);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICES)) {
        return super.getResources(name);
      }
      try {
        return Collections.enumeration(listings.computeIfAbsent(name, this::find));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** The listings as found, each read once: opening a nested jar's entry costs more. */
    private List<URL> find(String name) {
      try {
        List<URL> listings = new ArrayList<>();
        for (URL listing : Collections.list(getParent().getResources(name))) {
          try (InputStream content = listing.openStream()) {
            listings.add(
                new URL(null, "remembered:" + listing, new Remembered(content.readAllBytes())));
          }
        }
        return List.copyOf(listings);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A service listing's content, kept in memory. */
  private static final class Remembered extends URLStreamHandler {
    private final byte[] content;

    Remembered(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {}

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    }
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<CachedServiceLookups> cachedServiceLookups() {
      FilterRegistrationBean<CachedServiceLookups> registration =
          new FilterRegistrationBean<>(new CachedServiceLookups());
      registration.setName("cached-service-lookups");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
