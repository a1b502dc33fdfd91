package com.capp.autogen.compare;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;

import java.util.Objects;

/** Whether two constraints or indexes define the same thing, names aside. */
final class Definitions {

    private final ExpressionEquivalence equivalence;

    Definitions(ExpressionEquivalence equivalence) {
        this.equivalence = equivalence;
    }

    boolean sameForeignKey(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete()
                && a.onUpdate() == b.onUpdate() && a.deferrable() == b.deferrable()
                && a.initiallyDeferred() == b.initiallyDeferred();
    }

    boolean sameCheck(CheckConstraint a, CheckConstraint b) {
        return equivalence.sameExpression(a.expression(), b.expression());
    }

    boolean sameIndex(Index a, Index b) {
        if (a.unique() != b.unique() || !a.method().equals(b.method()) || a.keys().size() != b.keys().size()) {
            return false;
        }
        if (a.where() == null || b.where() == null ? a.where() != b.where()
                : !equivalence.sameExpression(a.where(), b.where())) {
            return false;
        }
        for (int i = 0; i < a.keys().size(); i++) {
            if (!sameKey(a.keys().get(i), b.keys().get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameKey(IndexKey a, IndexKey b) {
        if (a.descending() != b.descending()) {
            return false;
        }
        if (!a.expression() && !b.expression()) {
            return Objects.equals(a.text(), b.text());
        }
        // "lower(email)" may come back from PostgreSQL as an expression key either way round
        return equivalence.sameExpression(a.text(), b.text());
    }
}
