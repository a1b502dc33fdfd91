package com.capp.autogen.compare;

import com.capp.autogen.ops.AddEnumValue;
import com.capp.autogen.ops.CreateEnum;
import com.capp.autogen.ops.DropEnum;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.EnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enum types. New labels that keep the existing ones in order become {@code ADD VALUE} (PostgreSQL
 * can add a label but never remove or reorder one); any other change replaces the type, which fails
 * while columns use it, so plan flags it.
 */
final class EnumComparator {

    /**
     * @param targetColumnTypes the types of the target's columns: a target that uses an enum type
     *                          without declaring it (JPA entities mapping it as a String column
     *                          with a column definition) still needs it, so it is never dropped
     */
    List<Operation> compare(List<EnumType> current, List<EnumType> target, Set<String> targetColumnTypes) {
        List<Operation> ops = new ArrayList<>();
        for (EnumType have : current) {
            Optional<EnumType> wanted = target.stream().filter(e -> e.name().equals(have.name())).findFirst();
            if (wanted.isEmpty() && usedBy(have, targetColumnTypes)) {
                continue;
            }
            if (wanted.isEmpty()) {
                ops.add(new DropEnum(have));
            } else if (!wanted.get().labels().equals(have.labels())) {
                ops.addAll(change(have, wanted.get()));
            }
        }
        target.stream().filter(e -> current.stream().noneMatch(c -> c.name().equals(e.name())))
                .forEach(e -> ops.add(new CreateEnum(e)));
        return ops;
    }

    private static boolean usedBy(EnumType type, Set<String> columnTypes) {
        String bare = type.name().name();
        String qualified = type.name().schema() + "." + bare;
        return columnTypes.stream().map(t -> t.replace("\"", "").replace("[]", ""))
                .anyMatch(t -> t.equals(bare) || t.equals(qualified));
    }

    private static List<Operation> change(EnumType have, EnumType wanted) {
        List<String> kept = wanted.labels().stream().filter(have.labels()::contains).toList();
        if (!kept.equals(have.labels())) {
            return List.of(new DropEnum(have), new CreateEnum(wanted));
        }
        List<Operation> ops = new ArrayList<>();
        List<String> labels = wanted.labels();
        for (int i = 0; i < labels.size(); i++) {
            if (!have.labels().contains(labels.get(i))) {
                String before = nextExisting(labels, i, have.labels());
                ops.add(new AddEnumValue(wanted.name(), labels.get(i), before, null));
            }
        }
        return ops;
    }

    /** The first label after position {@code i} that already exists, or null to append at the end. */
    private static String nextExisting(List<String> labels, int i, List<String> existing) {
        return labels.subList(i + 1, labels.size()).stream().filter(existing::contains).findFirst().orElse(null);
    }
}
