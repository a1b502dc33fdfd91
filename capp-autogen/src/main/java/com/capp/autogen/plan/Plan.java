package com.capp.autogen.plan;

import com.capp.autogen.ops.Operation;

import java.util.List;
import java.util.Objects;

/** The ordered, linted operations of a migration: upgrade, and its exact reverse as downgrade. */
public record Plan(List<Step> upgrade, List<Step> downgrade) {

    public Plan {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    public List<Operation> upgradeOperations() {
        return upgrade.stream().map(Step::operation).filter(Objects::nonNull).toList();
    }

    public List<Operation> downgradeOperations() {
        return downgrade.stream().map(Step::operation).filter(Objects::nonNull).toList();
    }

    public long warningCount() {
        return upgrade.stream().filter(s -> s.warning() != null).count();
    }
}
