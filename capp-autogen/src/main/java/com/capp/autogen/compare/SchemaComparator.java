package com.capp.autogen.compare;

import com.capp.autogen.normalize.ExpressionEquivalence;
import com.capp.autogen.ops.CreateSchema;
import com.capp.autogen.ops.CreateSequence;
import com.capp.autogen.ops.CreateTable;
import com.capp.autogen.ops.DropSequence;
import com.capp.autogen.ops.DropTable;
import com.capp.autogen.ops.Operation;
import com.capp.autogen.schema.QualifiedName;
import com.capp.autogen.schema.Schema;
import com.capp.autogen.schema.Sequence;
import com.capp.autogen.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pure heart of autogenerate: the operations that turn the {@code current} schema into the
 * {@code target}. No I/O; spelling differences are forgiven through the injected
 * {@link ExpressionEquivalence}. The operations come grouped by object, not yet in executable
 * order: that is plan's job.
 *
 * <p>Schemas are created when the target needs one, never dropped: a namespace the model does not
 * mention may hold objects autogenerate does not manage.
 */
public final class SchemaComparator {

    private final TableComparator tables;
    private final EnumComparator enums = new EnumComparator();

    public SchemaComparator(ExpressionEquivalence equivalence) {
        this.tables = new TableComparator(equivalence);
    }

    public SchemaComparator() {
        this(ExpressionEquivalence.postgres());
    }

    public List<Operation> compare(Schema current, Schema target, CompareOptions options) {
        List<Operation> ops = new ArrayList<>();
        target.schemaNames().stream().filter(s -> !current.schemaNames().contains(s))
                .forEach(s -> ops.add(new CreateSchema(s)));
        ops.addAll(enums.compare(filtered(current.enums(), e -> e.name(), options),
                filtered(target.enums(), e -> e.name(), options), columnTypes(target)));
        compareSequences(current, target, options, ops);
        compareTables(current, target, options, ops, new DefaultNames(current));
        return ops;
    }

    private static Set<String> columnTypes(Schema schema) {
        return schema.tables().stream().flatMap(t -> t.columns().stream()).map(c -> c.type())
                .collect(Collectors.toSet());
    }

    private void compareTables(Schema current, Schema target, CompareOptions options, List<Operation> ops,
                               DefaultNames names) {
        Map<QualifiedName, Table> have = byName(filtered(current.tables(), Table::name, options), Table::name);
        Map<QualifiedName, Table> want = byName(filtered(target.tables(), Table::name, options), Table::name);
        want.values().stream().filter(t -> !have.containsKey(t.name())).forEach(t -> ops.add(new CreateTable(t)));
        for (Table table : have.values()) {
            Table wanted = want.get(table.name());
            if (wanted == null) {
                ops.add(new DropTable(table.withChecks(table.checks().stream().map(TableComparator::recreatable).toList())));
            } else {
                ops.addAll(tables.compare(table, wanted, names));
            }
        }
    }

    private void compareSequences(Schema current, Schema target, CompareOptions options, List<Operation> ops) {
        Map<QualifiedName, Sequence> have = byName(filtered(current.sequences(), Sequence::name, options),
                Sequence::name);
        Map<QualifiedName, Sequence> want = byName(filtered(target.sequences(), Sequence::name, options),
                Sequence::name);
        for (Sequence sequence : have.values()) {
            Sequence wanted = want.get(sequence.name());
            if (wanted == null || !wanted.equals(sequence)) {
                ops.add(new DropSequence(sequence)); // a changed sequence is replaced (and restarts)
            }
        }
        want.values().stream().filter(s -> !s.equals(have.get(s.name())))
                .forEach(s -> ops.add(new CreateSequence(s)));
    }

    private static <T> List<T> filtered(List<T> items, Function<T, QualifiedName> nameOf, CompareOptions options) {
        return items.stream().filter(i -> options.includes(nameOf.apply(i))).toList();
    }

    private static <T> Map<QualifiedName, T> byName(List<T> items, Function<T, QualifiedName> nameOf) {
        return items.stream().collect(Collectors.toMap(nameOf, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
