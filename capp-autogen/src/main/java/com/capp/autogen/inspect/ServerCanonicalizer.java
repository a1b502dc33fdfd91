package com.capp.autogen.inspect;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.normalize.ServerSpelledEquivalence;
import com.capp.autogen.schema.Schema;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Builds, before a diff, the equivalence compare uses against this database: PostgreSQL spells the
 * target's expressions in one rolled-back round trip ({@link CanonicalizationScript}), so compare
 * stays a pure function of two schemas and an equivalence. When the server cannot be asked (no
 * privilege to create temporary tables: a hot standby, a restricted role) the string rules are
 * used, and {@code warnings} is told once, with the reason.
 */
public final class ServerCanonicalizer {

    private final DataSource dataSource;
    private final Consumer<String> warnings;

    public ServerCanonicalizer(DataSource dataSource, Consumer<String> warnings) {
        this.dataSource = dataSource;
        this.warnings = warnings;
    }

    /** @param current this database, as inspected; only texts that differ from it are asked about */
    public ExpressionEquivalence equivalenceFor(Schema current, Schema target) {
        ExpressionEquivalence rules = ExpressionEquivalence.postgres();
        CanonicalizationScript script = CanonicalizationScript.of(current, target);
        if (script.isEmpty()) {
            return rules;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String refusal = whyTheServerCannotSpell(statement);
            if (refusal != null) {
                return fellBack(refusal, rules);
            }
            return new ServerSpelledEquivalence(script.run(statement), rules);
        } catch (SQLException e) {
            return fellBack(e.getMessage().lines().findFirst().orElse(""), rules);
        }
    }

    /** The script's statements each fail quietly (left to the rules), so a refusal of them all is found first. */
    private static String whyTheServerCannotSpell(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT current_user, current_database(),"
                + " has_database_privilege(current_database(), 'TEMP'), current_setting('transaction_read_only')")) {
            row.next();
            if (!row.getBoolean(3)) {
                return "role " + row.getString(1) + " has no TEMP privilege on database " + row.getString(2);
            }
            return "on".equals(row.getString(4)) ? "the session is read-only (a hot standby?)" : null;
        }
    }

    private ExpressionEquivalence fellBack(String reason, ExpressionEquivalence rules) {
        warnings.accept("Comparing expressions by spelling rules: PostgreSQL could not spell the model's ("
                + reason + "); run against a writable database or grant TEMP for an exact comparison.");
        return rules;
    }
}
