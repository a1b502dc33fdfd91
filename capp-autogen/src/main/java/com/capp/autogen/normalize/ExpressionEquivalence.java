package com.capp.autogen.normalize;

import com.capp.autogen.schema.QualifiedName;

import java.util.Objects;

/**
 * The hook compare asks whether two spellings mean the same thing. Both arguments are what the
 * two sides hold; implementations decide how much spelling to forgive. Compare narrows the hook to
 * the table (and, for a default, the column) it is looking at with {@link #at}, because PostgreSQL
 * spells the same text differently depending on the column types around it.
 */
public interface ExpressionEquivalence {

    boolean sameType(String current, String target);

    boolean sameDefault(String current, String target);

    /** Check expressions, index expressions and partial-index predicates. */
    boolean sameExpression(String current, String target);

    /** This equivalence for the expressions of one table; {@code column} is null except for defaults. */
    default ExpressionEquivalence at(QualifiedName table, String column) {
        return this;
    }

    /**
     * The string rules that PostgreSQL's deparser makes necessary: the fallback when PostgreSQL
     * cannot be asked (model against model, or the server refused an expression).
     */
    static ExpressionEquivalence postgres() {
        return new ExpressionEquivalence() {
            @Override
            public boolean sameType(String current, String target) {
                return TypeSpelling.same(current, target);
            }

            @Override
            public boolean sameDefault(String current, String target) {
                return Objects.equals(DefaultSpelling.canonical(current), DefaultSpelling.canonical(target));
            }

            @Override
            public boolean sameExpression(String current, String target) {
                return Objects.equals(ExpressionSpelling.canonical(current), ExpressionSpelling.canonical(target));
            }
        };
    }
}
