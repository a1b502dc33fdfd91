package com.capp.autogen.compare;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.ops.AlterColumn;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.QualifiedName;

import java.util.Objects;
import java.util.Optional;

/**
 * Compares one column present on both sides. The wanted state starts from the current column and
 * takes only the properties that really differ, so a spelling difference (say {@code int4} against
 * {@code integer}) neither shows up as a change nor leaks into the operation.
 */
final class ColumnComparator {

    private final ExpressionEquivalence equivalence;

    ColumnComparator(ExpressionEquivalence equivalence) {
        this.equivalence = equivalence;
    }

    Optional<AlterColumn> compare(QualifiedName table, Column current, Column target) {
        Column wanted = current;
        if (!equivalence.sameType(current.type(), target.type())) {
            wanted = wanted.withType(target.type());
        }
        if (current.nullable() != target.nullable()) {
            wanted = wanted.withNullable(target.nullable());
        }
        if (current.identity() != target.identity()) {
            wanted = wanted.withIdentity(target.identity()).withDefault(target.defaultExpression());
        } else if (!sameDefault(table, current, target)) {
            wanted = wanted.withDefault(target.defaultExpression());
        }
        if (!Objects.equals(current.comment(), target.comment())) {
            wanted = wanted.withComment(target.comment());
        }
        return wanted.equals(current) ? Optional.empty()
                : Optional.of(new AlterColumn(table, current, wanted, null));
    }

    private boolean sameDefault(QualifiedName table, Column current, Column target) {
        if (current.defaultExpression() == null || target.defaultExpression() == null) {
            return current.defaultExpression() == null && target.defaultExpression() == null;
        }
        return equivalence.at(table, target.name())
                .sameDefault(current.defaultExpression(), target.defaultExpression());
    }
}
