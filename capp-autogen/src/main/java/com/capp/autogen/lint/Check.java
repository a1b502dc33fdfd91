package com.capp.autogen.lint;

/** Rules that read one statement at a time. */
interface Check {
    void check(LintedStatement statement, LintScope scope, Findings findings);
}
