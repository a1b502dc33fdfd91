package com.capp.autogen.model;

import com.capp.autogen.schema.EnumType;
import com.capp.autogen.schema.QualifiedName;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL enum types the model needs. Hibernate 7 registers one auxiliary database object per
 * enum mapped as {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} (or {@code NAMED_ORDINAL_ENUM}), whose
 * first statement is the dialect's {@code create type Mood as enum ('A','B')}. That statement is
 * read, not re-derived from the Java enum, so name and label order are exactly what Hibernate's own
 * schema export creates (for {@code NAMED_ENUM} Hibernate sorts the labels alphabetically).
 */
final class EnumTypeReader {

    private static final Pattern CREATE_ENUM =
            Pattern.compile("create type (\\S+) as enum \\((.*)\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private EnumTypeReader() {
    }

    static List<EnumType> read(Metadata metadata) {
        List<EnumType> enums = new ArrayList<>();
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            declared(metadata, object).ifPresent(enums::add);
        }
        return enums;
    }

    /** The enum type the object creates, if it is one. */
    static Optional<EnumType> declared(Metadata metadata, AuxiliaryDatabaseObject object) {
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(
                metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), null, null);
        return Arrays.stream(object.sqlCreateStrings(context)).map(CREATE_ENUM::matcher).filter(Matcher::matches)
                .findFirst().map(m -> new EnumType(name(m.group(1)), labels(m.group(2))));
    }

    /** Hibernate writes the Java simple name unquoted, so PostgreSQL folds it to lower case. */
    private static QualifiedName name(String written) {
        String folded = written.startsWith("\"") ? written.substring(1, written.length() - 1)
                : written.toLowerCase(Locale.ROOT);
        return QualifiedName.parse(folded);
    }

    /** {@code 'A','B'}: labels are Java constant names or enumerated values, written without escaping. */
    private static List<String> labels(String list) {
        String inner = list.trim();
        inner = inner.substring(1, inner.length() - 1);
        return List.of(inner.split("'\\s*,\\s*'"));
    }
}
