package com.capp.autogen.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Marks the start-up migration as a database initializer, so Boot makes the beans that use the
 * database (the EntityManagerFactory, JdbcTemplate...) wait until it has run.
 */
class CappAutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(StartupMigration.class);
    }
}
