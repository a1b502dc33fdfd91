package com.capp.autogen.inspect;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.normalize.ServerSpelledEquivalence;
import com.capp.autogen.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds, before a diff, the equivalence compare uses against this database: PostgreSQL spells the
 * target's expressions in one rolled-back round trip ({@link CanonicalizationScript}), so compare
 * stays a pure function of two schemas and an equivalence. When the server cannot be asked (no
 * privilege to create temporary tables, say) the string rules are used, with a warning.
 */
public final class ServerCanonicalizer {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCanonicalizer.class);

    private final DataSource dataSource;

    public ServerCanonicalizer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param current this database, as inspected; only texts that differ from it are asked about */
    public ExpressionEquivalence equivalenceFor(Schema current, Schema target) {
        ExpressionEquivalence rules = ExpressionEquivalence.postgres();
        CanonicalizationScript script = CanonicalizationScript.of(current, target);
        if (script.isEmpty()) {
            return rules;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return new ServerSpelledEquivalence(script.run(statement), rules);
        } catch (SQLException e) {
            LOG.warn("PostgreSQL could not spell the target's expressions ({}); comparing them by spelling rules",
                    e.getMessage());
            return rules;
        }
    }
}
