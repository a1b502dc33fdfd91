package com.capp.autogen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Pairs the constraints or indexes of both sides of one table. A target object the model names is
 * found by name; an unnamed one (PostgreSQL picks the name) by its definition. Paired objects whose
 * definitions differ are both in {@link #removed} and {@link #added}, so they are replaced.
 */
final class Matching<T> {

    final List<T> removed = new ArrayList<>();
    final List<T> added = new ArrayList<>();

    Matching(List<T> current, List<T> target, Function<T, String> nameOf, BiPredicate<T, T> sameDefinition) {
        List<T> unmatched = new ArrayList<>(current);
        for (T wanted : target) {
            String name = nameOf.apply(wanted);
            T found = unmatched.stream()
                    .filter(have -> name == null ? sameDefinition.test(have, wanted)
                            : Objects.equals(nameOf.apply(have), name))
                    .findFirst().orElse(null);
            if (found == null) {
                added.add(wanted);
            } else {
                unmatched.remove(found);
                if (!sameDefinition.test(found, wanted)) {
                    removed.add(found);
                    added.add(wanted);
                }
            }
        }
        removed.addAll(0, unmatched);
    }
}
