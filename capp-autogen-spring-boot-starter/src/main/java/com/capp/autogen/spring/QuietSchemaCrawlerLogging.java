package com.capp.autogen.spring;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * SchemaCrawler (how capp-autogen reads the database in validate mode) logs dozens of INFO lines
 * per inspection; the CLI keeps them at WARN and so does the application, unless it sets
 * {@code logging.level.schemacrawler} / {@code logging.level.us.fatehi} itself (these defaults come last).
 */
class QuietSchemaCrawlerLogging implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("capp-autogen logging defaults",
                Map.of("logging.level.schemacrawler", "warn", "logging.level.us.fatehi", "warn")));
    }
}
