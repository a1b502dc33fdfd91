package com.capp.autogen.revision;

/** Which way a migration runs. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
