package com.capp.autogen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements that must not be in a migration (VACUUM FULL, CLUSTER, LOCK TABLE), dropped tables,
 * ACCESS EXCLUSIVE without lock_timeout, and the types of new columns.
 */
final class StatementChecks implements Check {

    private static final Pattern DROP_TABLE = Pattern.compile("^drop table (?:if exists )?(.+?)(?: cascade| restrict)?$");
    private static final Pattern VACUUM_FULL = Pattern.compile("^vacuum\\b.*\\bfull\\b");
    private static final Pattern CLUSTER = Pattern.compile("^cluster\\b");
    private static final Pattern LOCK = Pattern.compile("^lock (?:table )?(?:only )?([^\\s,]+)");
    /** Statements that take ACCESS EXCLUSIVE on their table (ALTER TABLE but the few lighter forms). */
    private static final Pattern ACCESS_EXCLUSIVE = Pattern.compile(
            "^(?:alter table (?:if exists )?(?:only )?([^\\s(]+) (?!validate constraint|set statistics|cluster on)"
                    + "|drop table (?:if exists )?([^\\s,]+)|truncate (?:table )?(?:only )?([^\\s,]+)"
                    + "|vacuum .*full (\\S+)|cluster (\\S+)|lock (?:table )?(?:only )?([^\\s,]+))");
    private static final Pattern NEW_COLUMNS = Pattern.compile(
            "^(?:create table (?:if not exists )?([^\\s(]+)|alter table (?:if exists )?(?:only )?([^\\s(]+) .*\\badd (?!constraint\\b))");
    private static final Pattern TIMESTAMP = Pattern.compile("\\btimestamp(?:\\(\\d+\\))?+(?! with time zone)(?!tz)");
    private static final Pattern SERIAL = Pattern.compile("\\b(?:small|big)?serial\\b");

    @Override
    public void check(LintedStatement s, LintScope scope, Findings findings) {
        String text = s.text();
        Matcher drop = DROP_TABLE.matcher(text);
        if (drop.matches()) {
            for (String table : drop.group(1).split(", ?")) {
                if (scope.existing(table)) {
                    findings.add(Rule.DROPPING_TABLE, s, table, "");
                }
            }
        }
        if (VACUUM_FULL.matcher(text).find()) {
            findings.add(Rule.BAN_VACUUM_FULL, s, null, "");
        }
        if (CLUSTER.matcher(text).find()) {
            findings.add(Rule.BAN_CLUSTER, s, null, "");
        }
        Matcher lock = LOCK.matcher(text);
        if (lock.find()) {
            findings.add(Rule.BAN_LOCK_TABLE, s, lock.group(1), "");
        }
        lockTimeout(s, scope, findings);
        newColumnTypes(s, findings);
    }

    private static void lockTimeout(LintedStatement s, LintScope scope, Findings findings) {
        Matcher m = ACCESS_EXCLUSIVE.matcher(s.text());
        if (!scope.lockTimeoutOff() || !m.find()) {
            return;
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null && scope.existing(m.group(group))) {
                findings.add(Rule.MISSING_LOCK_TIMEOUT, s, m.group(group),
                        "lock_timeout is 0 (the migration's lockTimeout(), ddl.lock.timeout or a SET in the migration)");
                return;
            }
        }
    }

    private static void newColumnTypes(LintedStatement s, Findings findings) {
        Matcher m = NEW_COLUMNS.matcher(s.text());
        if (!m.find()) {
            return;
        }
        String table = m.group(1) != null ? m.group(1) : m.group(2);
        String columns = s.text().substring(m.start());
        if (TIMESTAMP.matcher(columns).find()) {
            findings.add(Rule.TIMESTAMP_WITHOUT_TIME_ZONE, s, null, "in " + SqlText.table(table));
        }
        if (SERIAL.matcher(columns).find()) {
            findings.add(Rule.PREFER_IDENTITY, s, null, "in " + SqlText.table(table));
        }
    }
}
