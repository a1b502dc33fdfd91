package com.capp.autogen.model;

import java.util.regex.Pattern;

/**
 * Hibernate names constraints and indexes the model leaves unnamed with a hash ({@code FK2x8...}, {@code PK...},
 * {@code UK...}, {@code IDX...}); such a name is not the model's choice, so it must not be compared.
 */
final class GeneratedNames {

    private static final Pattern HASHED = Pattern.compile("(FK|UK|PK|IDX)[0-9a-z]{20,}", Pattern.CASE_INSENSITIVE);

    private GeneratedNames() {
    }

    /** The name if the model chose it, else null. */
    static String chosen(String name) {
        return name == null || name.isEmpty() || HASHED.matcher(name).matches() ? null : name;
    }

    /** Hibernate names an unnamed primary key after its table, cut short, plus {@code PK}: {@code agent_activitPK}. */
    static String chosenPrimaryKey(String name, String table) {
        boolean generated = name != null && name.endsWith("PK")
                && table.startsWith(name.substring(0, name.length() - 2));
        return generated ? null : chosen(name);
    }
}
