package com.capp.autogen.lint;

/** How bad a finding is: an error stops {@code upgrade} (unless allowed) and makes {@code lint} exit 1. */
public enum Severity {
    WARNING, ERROR;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
