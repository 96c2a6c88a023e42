package dev.pathway.catalogue;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration
class CatalogueConfiguration {

  @Bean
  Catalogue catalogue(
      @Value("${pathway.catalogue:classpath:pathway/standard/tr-20000-5.yaml}") Resource file)
      throws IOException {
    try (InputStream in = file.getInputStream()) {
      return CatalogueLoader.load(in, file.getFilename());
    }
  }
}
