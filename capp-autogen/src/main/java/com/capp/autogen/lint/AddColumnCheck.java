package com.capp.autogen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ADD COLUMN on an existing table whose value must be computed for every row: a full rewrite. */
final class AddColumnCheck implements Check {

    private static final Pattern ADD = Pattern.compile(
            "\\badd (?:column )?(?:if not exists )?(?!constraint\\b|primary\\b|unique\\b|foreign\\b|check\\b|exclude\\b)(\\S+) (.*)");
    private static final Pattern REWRITES = Pattern.compile(
            "\\bdefault .*\\b(?:random|gen_random_uuid|uuid_generate_v[14]\\w*|clock_timestamp|timeofday|nextval|txid_current|statement_timestamp)\\s*\\("
                    + "|\\bgenerated (?:always|by default) as identity|\\bgenerated always as \\(.*\\) stored|^(?:small|big)?serial\\b");

    @Override
    public void check(LintedStatement s, LintScope scope, Findings findings) {
        Matcher alter = AlterTableChecks.ALTER.matcher(s.text());
        if (!alter.matches() || !scope.existing(alter.group(1))) {
            return;
        }
        Matcher add = ADD.matcher(alter.group(2));
        if (add.find() && REWRITES.matcher(add.group(2)).find()) {
            findings.add(Rule.ADD_COLUMN_VOLATILE_DEFAULT, s, alter.group(1), "column " + add.group(1));
        }
    }
}
