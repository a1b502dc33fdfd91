package com.capp.autogen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration's transaction that both changes the schema of an existing table and changes data:
 * the DDL's lock is held for as long as the data change takes. Read statement by statement, judged
 * at the end of the migration (the order of the two does not matter).
 */
final class DataWithDdlCheck {

    private static final Pattern DATA = Pattern.compile(
            "^(?:update (?:only )?([^\\s(]+)|delete from (?:only )?([^\\s(]+)|insert into ([^\\s(]+).*\\bselect\\b|merge into ([^\\s(]+)"
                    + "|with .*\\b(?:update|delete|insert)\\b)");
    private static final Pattern DDL = Pattern.compile(
            "^(?:alter table (?:if exists )?(?:only )?([^\\s(]+)|create (?:unique )?index (?!concurrently)(?:(?!on )\\S+ )?on (?:only )?([^\\s(]+)"
                    + "|drop table ([^\\s,]+))");

    private final List<LintedStatement> data = new ArrayList<>();
    private final List<String> dataTables = new ArrayList<>();
    private String ddlTable;

    void observe(LintedStatement s, LintScope scope) {
        if (!s.inTransaction()) {
            return;
        }
        Matcher d = DATA.matcher(s.text());
        if (d.find()) {
            data.add(s);
            dataTables.add(firstGroup(d));
        }
        Matcher ddl = DDL.matcher(s.text());
        if (ddlTable == null && ddl.find() && scope.existing(firstGroup(ddl))) {
            ddlTable = SqlText.table(firstGroup(ddl));
        }
    }

    void finish(Findings findings) {
        if (ddlTable == null) {
            return;
        }
        for (int i = 0; i < data.size(); i++) {
            findings.add(Rule.DDL_WITH_DATA_UPDATE, data.get(i), dataTables.get(i),
                    "in the same transaction as DDL on " + ddlTable);
        }
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}
