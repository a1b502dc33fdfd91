package com.capp.autogen.normalize;

import java.util.Objects;

/**
 * The hook compare asks whether two spellings mean the same thing. Both arguments are what the
 * two sides hold; implementations decide how much spelling to forgive.
 */
public interface ExpressionEquivalence {

    boolean sameType(String current, String target);

    boolean sameDefault(String current, String target);

    /** Check expressions, index expressions and partial-index predicates. */
    boolean sameExpression(String current, String target);

    /** The rules PostgreSQL's deparser makes necessary; the default for every comparison. */
    static ExpressionEquivalence postgres() {
        return new ExpressionEquivalence() {
            @Override
            public boolean sameType(String current, String target) {
                return TypeSpelling.canonical(current).equals(TypeSpelling.canonical(target));
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
