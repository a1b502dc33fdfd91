package com.capp.autogen.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The neutral description of a database schema: what both the live database (inspect) and the
 * entities (model) are read into, and what compare takes. Sorted at construction, so two equal
 * schemas are equal records and every walk over them is deterministic.
 *
 * @param schemaNames non-default schemas the tables, sequences and enums live in
 */
public record Schema(List<String> schemaNames, List<Table> tables, List<Sequence> sequences,
                     List<EnumType> enums) implements java.io.Serializable {

    public static final Schema EMPTY = new Schema(List.of(), List.of(), List.of(), List.of());

    public Schema {
        schemaNames = List.copyOf(new TreeSet<>(schemaNames));
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    }

    public static Schema ofTables(List<Table> tables) {
        return new Schema(List.of(), tables, List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(schemaNames, newTables, sequences, enums);
    }
}
