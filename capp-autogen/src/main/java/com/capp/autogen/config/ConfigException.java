package com.capp.autogen.config;

/** Configuration that cannot be used (bad property, no or malformed database URL); exit code 2. */
public final class ConfigException extends RuntimeException {

    private final String hint;

    public ConfigException(String message, String hint) {
        super(message);
        this.hint = hint == null ? "" : hint;
    }

    public String hint() {
        return hint;
    }
}
