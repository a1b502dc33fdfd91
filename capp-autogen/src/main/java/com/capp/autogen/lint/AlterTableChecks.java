package com.capp.autogen.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ALTER TABLE on an existing table: constraints, NOT NULL, type changes, renames and drops. */
final class AlterTableChecks implements Check {

    static final Pattern ALTER = Pattern.compile("^alter table (?:if exists )?(?:only )?([^\\s(]+) (.*)$");
    private static final Pattern FK_OR_CHECK = Pattern.compile("\\badd (?:constraint \\S+ )?(foreign key|check)\\b");
    private static final Pattern VALIDATE = Pattern.compile("\\bvalidate constraint (\\S+)");
    private static final Pattern UNIQUE = Pattern.compile("\\badd (?:constraint \\S+ )?unique (?!using index)");
    private static final Pattern PRIMARY_KEY = Pattern.compile("\\badd (?:constraint \\S+ )?primary key (?!using index)");
    private static final Pattern SET_NOT_NULL = Pattern.compile("\\balter (?:column )?(\\S+) set not null");
    private static final Pattern TYPE = Pattern.compile(
            "\\balter (?:column )?(\\S+) (?:set data )?type (.+?)( using .*?)?(?:, alter |, add |, drop |$)");
    private static final Pattern RENAME_COLUMN = Pattern.compile("\\brename (?!to\\b|constraint\\b)(?:column )?(\\S+) to ");
    private static final Pattern RENAME_TABLE = Pattern.compile("\\brename to (\\S+)");
    private static final Pattern DROP_COLUMN = Pattern.compile(
            "\\bdrop (?!constraint\\b|default\\b|not null\\b|identity\\b|expression\\b)(?:column )?(?:if exists )?(\\S+)");

    private final TypeChanges typeChanges = new TypeChanges();

    @Override
    public void check(LintedStatement s, LintScope scope, Findings findings) {
        Matcher alter = ALTER.matcher(s.text());
        if (!alter.matches() || !scope.existing(alter.group(1))) {
            return;
        }
        String table = alter.group(1);
        String rest = alter.group(2);
        constraints(s, scope, findings, table, rest);
        Matcher notNull = SET_NOT_NULL.matcher(rest);
        if (notNull.find() && !scope.hasValidatedNotNullCheck(table, notNull.group(1))) {
            findings.add(Rule.SET_NOT_NULL_WITHOUT_CHECK, s, table, "column " + notNull.group(1));
        }
        Matcher type = TYPE.matcher(rest);
        if (type.find()) {
            typeChange(s, scope, findings, table, type);
        }
        renamesAndDrops(s, findings, table, rest);
    }

    private static void constraints(LintedStatement s, LintScope scope, Findings findings, String table, String rest) {
        Matcher fk = FK_OR_CHECK.matcher(rest);
        if (fk.find() && !rest.contains(" not valid")) {
            findings.add(Rule.CONSTRAINT_MISSING_NOT_VALID, s, table, fk.group(1) + " validated while it is added");
        }
        Matcher validate = VALIDATE.matcher(rest);
        if (validate.find() && s.inTransaction() && scope.addedThisMigration(validate.group(1))) {
            findings.add(Rule.CONSTRAINT_MISSING_NOT_VALID, s, table, "constraint " + validate.group(1)
                    + " is validated in the transaction that added it, so the lock of the ADD is held during the scan");
        }
        if (UNIQUE.matcher(rest).find()) {
            findings.add(Rule.ADDING_UNIQUE_CONSTRAINT, s, table, "");
        }
        if (PRIMARY_KEY.matcher(rest).find()) {
            findings.add(Rule.ADDING_PRIMARY_KEY, s, table, "");
        }
    }

    private void typeChange(LintedStatement s, LintScope scope, Findings findings, String table, Matcher type) {
        String column = type.group(1);
        String wanted = type.group(2).trim();
        Optional<String> current = scope.facts().columnType(SqlText.table(table), column);
        if (current.isEmpty()) {
            findings.add(Rule.CHANGING_COLUMN_TYPE, s, table, "column " + column + " to " + wanted
                    + " (its current type is unknown without --url; allow it if the change is rewrite-free)");
        } else if (typeChanges.narrowsVarchar(current.get(), wanted)) {
            findings.add(Rule.VARCHAR_NARROWING, s, table, "column " + column + " from " + current.get() + " to " + wanted);
        } else if (type.group(3) != null || !typeChanges.rewriteFree(current.get(), wanted)) {
            findings.add(Rule.CHANGING_COLUMN_TYPE, s, table, "column " + column + " from " + current.get() + " to " + wanted);
        }
    }

    private static void renamesAndDrops(LintedStatement s, Findings findings, String table, String rest) {
        Matcher renameColumn = RENAME_COLUMN.matcher(rest);
        if (renameColumn.find()) {
            findings.add(Rule.RENAMING_COLUMN, s, table, "column " + renameColumn.group(1));
        }
        Matcher renameTable = RENAME_TABLE.matcher(rest);
        if (renameTable.find()) {
            findings.add(Rule.RENAMING_TABLE, s, table, "to " + renameTable.group(1));
        }
        Matcher dropColumn = DROP_COLUMN.matcher(rest);
        if (dropColumn.find()) {
            findings.add(Rule.DROPPING_COLUMN, s, table, "column " + dropColumn.group(1));
        }
    }
}
