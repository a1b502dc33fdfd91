package com.capp.autogen.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code capp.autogen.*}: what the application does with its database at start-up. Unset values
 * keep capp-autogen's defaults (those of {@code capp-autogen.properties}).
 */
@ConfigurationProperties(prefix = "capp.autogen")
public class CappAutogenProperties {

    /** What start-up does with the database. */
    public enum Mode {
        /** Run the pending migrations up to the target before JPA starts. */
        UPGRADE,
        /** Run nothing; fail start-up unless the database is at head and matches the entities (pods that must not run DDL). */
        VALIDATE,
        /** Leave the database alone. */
        NONE
    }

    /** Whether to migrate or validate the application's DataSource at start-up. */
    private boolean enabled = true;

    /** upgrade (run pending migrations), validate (fail start-up when the database is behind head or drifts from the entities) or none. */
    private Mode mode = Mode.UPGRADE;

    /** Revision to upgrade to: head, heads, +N or a revision id. */
    private String target = "head";

    /** Package of the compiled migration classes on the class path. Default: the application's package + ".migrations". */
    private String migrationsPackage;

    /** Packages of the @Entity classes that validate compares with the database. Default: the application's entity scan. */
    private List<String> modelPackages = new ArrayList<>();

    /** How long start-up waits for another instance's migration lock before it fails. Default: 60s. */
    private Duration lockWait;

    /** lock_timeout of every migration statement (retried with backoff when it fires), so DDL never queues the application's queries. Default: 5s. */
    private Duration ddlLockTimeout;

    /** A capp-autogen.properties to read the other settings from (version.table, audit.table, ddl.*); relative paths start at its folder. */
    private Path configFile;

    /** Any other capp-autogen.properties key, e.g. capp.autogen.settings[version.table]=schema_version. */
    private Map<String, String> settings = new LinkedHashMap<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getMigrationsPackage() {
        return migrationsPackage;
    }

    public void setMigrationsPackage(String migrationsPackage) {
        this.migrationsPackage = migrationsPackage;
    }

    public List<String> getModelPackages() {
        return modelPackages;
    }

    public void setModelPackages(List<String> modelPackages) {
        this.modelPackages = modelPackages;
    }

    public Duration getLockWait() {
        return lockWait;
    }

    public void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
    }

    public Duration getDdlLockTimeout() {
        return ddlLockTimeout;
    }

    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    public Path getConfigFile() {
        return configFile;
    }

    public void setConfigFile(Path configFile) {
        this.configFile = configFile;
    }

    public Map<String, String> getSettings() {
        return settings;
    }

    public void setSettings(Map<String, String> settings) {
        this.settings = settings;
    }
}
