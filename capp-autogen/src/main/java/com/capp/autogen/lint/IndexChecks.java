package com.capp.autogen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Index builds and drops: CONCURRENTLY outside a transaction, never a plain build on a live table. */
final class IndexChecks implements Check {

    private static final Pattern CREATE = Pattern.compile(
            "^create (?:unique )?index (concurrently )?(?:if not exists )?(?:(?!on )\\S+ )?on (?:only )?([^\\s(]+)");
    private static final Pattern DROP = Pattern.compile("^drop index (concurrently )?");
    private static final Pattern OTHER_CONCURRENTLY = Pattern.compile(
            "^(?:reindex .*\\bconcurrently\\b|refresh materialized view concurrently\\b|alter table .* detach partition .*\\bconcurrently\\b)");

    @Override
    public void check(LintedStatement s, LintScope scope, Findings findings) {
        Matcher create = CREATE.matcher(s.text());
        Matcher drop = DROP.matcher(s.text());
        if (create.find()) {
            String table = create.group(2);
            if (create.group(1) != null) {
                inTransaction(s, table, findings);
            } else if (scope.existing(table)) {
                findings.add(Rule.REQUIRE_CONCURRENT_INDEX_CREATION, s, table, "");
            }
        } else if (drop.find()) {
            if (drop.group(1) != null) {
                inTransaction(s, null, findings);
            } else {
                findings.add(Rule.REQUIRE_CONCURRENT_INDEX_DELETION, s, null, "");
            }
        } else if (OTHER_CONCURRENTLY.matcher(s.text()).find()) {
            inTransaction(s, null, findings);
        }
    }

    private static void inTransaction(LintedStatement s, String table, Findings findings) {
        if (s.inTransaction()) {
            findings.add(Rule.CONCURRENTLY_IN_TRANSACTION, s, table, "the migration is transactional()");
        }
    }
}
