package com.capp.autogen.lint;

import com.capp.autogen.runtime.RecordingOp.Allowance;

import java.util.ArrayList;
import java.util.List;

/** Collects findings; attaches the statement's allowance for the rule and, with a database, the table's size. */
final class Findings {

    private final List<Finding> all = new ArrayList<>();
    private final TableFacts facts;

    Findings(TableFacts facts) {
        this.facts = facts;
    }

    /** @param table the table the statement works on (its facts are added), or null */
    void add(Rule rule, LintedStatement statement, String table, String detail) {
        String size = table == null ? null : facts.size(SqlText.table(table)).orElse(null);
        String text = size == null ? detail : (detail.isEmpty() ? "" : detail + "; ") + SqlText.table(table) + ": " + size;
        String reason = statement.allowances().stream().filter(a -> a.rule().equals(rule.id()))
                .map(Allowance::reason).findFirst().orElse(null);
        all.add(new Finding(statement.revision(), statement.number(), rule, statement.sql(), text, reason));
    }

    List<Finding> list() {
        return List.copyOf(all);
    }
}
