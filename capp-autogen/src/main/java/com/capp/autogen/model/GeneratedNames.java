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
        return name == null || name.isEmpty() || HASHED.matcher(name).matches() ? null : stored(name, owner);
    }

    /** {@code name} cut to 63 bytes; {@code owner} says where the model uses it, for the warning. */
    static String stored(String name, String owner) {
        if (Identifiers63.fits(name)) {
            return name;
        }
        String stored = Identifiers63.stored(name);
        LOG.warn("Name '{}' of {} is {} bytes; PostgreSQL keeps 63 and stores it as '{}': shorten it in the model",
                name, owner, Identifiers63.bytes(name), stored);
        return stored;
    }
}
