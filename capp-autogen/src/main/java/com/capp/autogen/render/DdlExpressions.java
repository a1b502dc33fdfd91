package com.capp.autogen.render;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.Column;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.ForeignKeyAction;
import com.capp.autogen.schema.Identity;
import com.capp.autogen.schema.Index;
import com.capp.autogen.schema.IndexKey;
import com.capp.autogen.schema.Sequence;

import static com.capp.autogen.render.JavaLiterals.string;
import static com.capp.autogen.render.JavaLiterals.strings;

/** Java expressions building {@code com.capp.autogen.api.Ddl} elements: columns, keys, indexes. */
final class DdlExpressions {

    private DdlExpressions() {
    }

    static String column(Column column) {
        StringBuilder java = new StringBuilder("column(").append(string(column.name())).append(", ")
                .append(string(ShortTypeNames.of(column.type()))).append(')');
        if (!column.nullable()) {
            java.append(".notNull()");
        }
        if (column.isGenerated()) {
            java.append(".generatedAs(").append(string(column.generatedExpression())).append(')');
        } else if (column.identity() != Identity.NONE) {
            java.append(".identity(Identity.").append(column.identity().name()).append(')');
        } else if (column.defaultExpression() != null) {
            java.append(".serverDefault(").append(string(column.defaultExpression())).append(')');
        }
        if (column.comment() != null) {
            java.append(".comment(").append(string(column.comment())).append(')');
        }
        return java.toString();
    }

    static String check(CheckConstraint check) {
        return "check(" + string(check.name()) + ", " + string(check.expression()) + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder java = new StringBuilder("foreignKey(").append(string(fk.name()));
        fk.columns().forEach(c -> java.append(", ").append(string(c)));
        java.append(").references(").append(string(fk.referencedTable().toString()));
        fk.referencedColumns().forEach(c -> java.append(", ").append(string(c)));
        java.append(')');
        if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
            java.append(".onDelete(ForeignKeyAction.").append(fk.onDelete().name()).append(')');
        }
        if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
            java.append(".onUpdate(ForeignKeyAction.").append(fk.onUpdate().name()).append(')');
        }
        if (fk.deferrable()) {
            java.append(".deferrable(").append(fk.initiallyDeferred()).append(')');
        }
        return java.toString();
    }

    static String index(Index index, boolean concurrently) {
        boolean plainKeys = index.keys().stream().noneMatch(k -> k.expression() || k.descending());
        StringBuilder java = new StringBuilder("index(").append(string(index.name()));
        if (plainKeys) {
            index.keys().forEach(k -> java.append(", ").append(string(k.text())));
            java.append(')');
        } else {
            java.append(')');
            index.keys().forEach(k -> java.append(key(k)));
        }
        if (index.unique()) {
            java.append(".unique()");
        }
        if (!Index.DEFAULT_METHOD.equals(index.method())) {
            java.append(".using(").append(string(index.method())).append(')');
        }
        if (index.where() != null) {
            java.append(".where(").append(string(index.where())).append(')');
        }
        return concurrently ? java.append(".concurrently()").toString() : java.toString();
    }

    /** Only the options that differ from a plain bigint sequence are written. */
    static String sequence(Sequence s) {
        Sequence plain = Sequence.of(s.name(), s.start(), s.increment());
        StringBuilder java = new StringBuilder("sequence(").append(string(s.name().toString())).append(')');
        if (!s.dataType().equals(plain.dataType())) {
            java.append(".as(").append(string(s.dataType())).append(')');
        }
        java.append(".start(").append(s.start()).append("L).increment(").append(s.increment()).append("L)");
        if (s.minValue() != plain.minValue()) {
            java.append(".minValue(").append(s.minValue()).append("L)");
        }
        if (s.maxValue() != plain.maxValue()) {
            java.append(".maxValue(").append(s.maxValue()).append("L)");
        }
        if (s.cache() != plain.cache()) {
            java.append(".cache(").append(s.cache()).append("L)");
        }
        return s.cycle() ? java.append(".cycle()").toString() : java.toString();
    }

    static boolean isPlain(Index index) {
        return !index.unique() && index.where() == null && Index.DEFAULT_METHOD.equals(index.method())
                && index.keys().stream().noneMatch(k -> k.expression() || k.descending());
    }

    static String columnNames(Index index) {
        return strings(index.keys().stream().map(IndexKey::text).toList());
    }

    private static String key(IndexKey key) {
        String method = key.expression() ? (key.descending() ? ".descExpression(" : ".expression(")
                : key.descending() ? ".desc(" : ".column(";
        return method + string(key.text()) + ")";
    }
}
