package com.capp.autogen.model;

import com.capp.autogen.schema.Identifiers63;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;

/**
 * The names the model chooses, as PostgreSQL will store them. Hibernate names constraints and
 * indexes the model leaves unnamed with a hash ({@code FK2x8...}, {@code UK...}, {@code IDX...});
 * such a name is not the model's choice, so it must not be compared. A chosen name longer than
 * PostgreSQL's 63 bytes is cut as PostgreSQL cuts it, with a warning (two long names sharing their
 * first 63 bytes would collide).
 */
final class GeneratedNames {

    private static final Logger LOG = LoggerFactory.getLogger("capp.model");
    private static final Pattern HASHED = Pattern.compile("(FK|UK|PK|IDX)[0-9a-z]{20,}", Pattern.CASE_INSENSITIVE);

    private GeneratedNames() {
    }

    /** The name if the model chose it (as PostgreSQL stores it), else null. */
    static String chosen(String name, String owner) {
        String unquoted = name == null ? null : unquoted(name);
        return unquoted == null || unquoted.isEmpty() || HASHED.matcher(unquoted).matches() ? null : stored(unquoted, owner);
    }

    /**
     * {@code name} without the quotes Hibernate keeps around it under {@code globally_quoted_identifiers}, cut to
     * 63 bytes; {@code owner} says where the model uses it, for the warning.
     */
    static String stored(String quotedOrNot, String owner) {
        String name = unquoted(quotedOrNot);
        if (Identifiers63.fits(name)) {
            return name;
        }
        String stored = Identifiers63.stored(name);
        LOG.warn("Name '{}' of {} is {} bytes; PostgreSQL keeps 63 and stores it as '{}': shorten it in the model",
                name, owner, Identifiers63.bytes(name), stored);
        return stored;
    }

    private static String unquoted(String name) {
        boolean quoted = name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"")
                || name.startsWith("`") && name.endsWith("`"));
        return quoted ? name.substring(1, name.length() - 1) : name;
    }
}
