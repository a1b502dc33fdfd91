package com.capp.autogen.spring.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal JPA application: two entities, a repository, its migrations in {@code sample.migrations}. */
@SpringBootApplication
public class SampleApplication {
}
