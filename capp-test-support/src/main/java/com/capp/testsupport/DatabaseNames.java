package com.capp.testsupport;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique, readable database names: {@code capp_<hint>_<random>}. The hint (usually the test class)
 * makes leftovers on a shared server traceable; the random suffix keeps parallel runs apart.
 */
final class DatabaseNames {

    private static final int MAX_IDENTIFIER_LENGTH = 63;
    private static final int HINT_LENGTH = 40;

    private DatabaseNames() {
    }

    static String fresh(String hint) {
        String cleaned = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.length() > HINT_LENGTH) {
            cleaned = cleaned.substring(0, HINT_LENGTH);
        }
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        String name = "capp_" + cleaned + "_" + suffix;
        return name.length() > MAX_IDENTIFIER_LENGTH ? name.substring(0, MAX_IDENTIFIER_LENGTH) : name;
    }
}
