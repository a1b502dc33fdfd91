package com.capp.autogen.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal JPA application: two entities, a repository, its migrations in {@code sample.migrations}. */
@SpringBootApplication
public class SampleApplication {

    /** As an executable jar: starts (migrating or validating the database), then stops. */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args).close();
    }
}
