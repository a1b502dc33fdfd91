package com.capp.autogen.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Moves the scope on after each statement: tables created, constraints added and validated, lock_timeout set. */
final class ScopeTracker implements Check {

    private static final Pattern CREATE_TABLE = Pattern.compile("^create (?:unlogged )?table (?:if not exists )?([^\\s(]+)");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile(
            "^alter table (?:if exists )?(?:only )?([^\\s(]+) .*\\badd constraint (\\S+) (?:check \\(\\(?(\\S+) is not null\\)?\\))?");
    private static final Pattern VALIDATE = Pattern.compile("^alter table .*\\bvalidate constraint (\\S+)");
    private static final Pattern SET_LOCK_TIMEOUT = Pattern.compile("^set (?:local )?lock_timeout (?:=|to) '?(\\w*)'?");
    private static final Pattern RESET = Pattern.compile("^reset (?:lock_timeout|all)\\b");

    @Override
    public void check(LintedStatement s, LintScope scope, Findings findings) {
        String text = s.text();
        Matcher create = CREATE_TABLE.matcher(text);
        if (create.find()) {
            scope.created(create.group(1));
        }
        Matcher add = ADD_CONSTRAINT.matcher(text);
        if (add.find()) {
            scope.addedConstraint(add.group(2), add.group(1), add.group(3));
        }
        Matcher validate = VALIDATE.matcher(text);
        if (validate.find()) {
            scope.validated(validate.group(1));
        }
        Matcher set = SET_LOCK_TIMEOUT.matcher(text);
        if (set.find()) {
            scope.lockTimeoutOff(set.group(1).matches("0+(?:ms|s|min)?|default"));
        } else if (RESET.matcher(text).find()) {
            scope.lockTimeoutOff(true);
        }
    }
}
