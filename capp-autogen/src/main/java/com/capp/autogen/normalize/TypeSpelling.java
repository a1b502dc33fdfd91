package com.capp.autogen.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own spelling of a type ({@code format_type}), from the synonyms people and
 * Hibernate's dialect write: {@code varchar(255)} is {@code character varying(255)}, {@code int4}
 * is {@code integer}, {@code timestamptz} is {@code timestamp with time zone}. A written precision is
 * kept, as format_type prints it ({@code timestamp(6) with time zone}, what Hibernate creates for an
 * {@code Instant}), so the migration creates exactly Hibernate's column; {@link #same} forgives 6, the
 * precision a timestamp without one has anyway, so an existing column without it never drifts.
 * Types are a closed, small vocabulary, so plain rules are exact here; expressions go through
 * PostgreSQL instead.
 */
public final class TypeSpelling {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("float8", "double precision"), Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char", "character(1)"),
            Map.entry("character", "character(1)"), Map.entry("bpchar", "character"),
            Map.entry("decimal", "numeric"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("varbit", "bit varying"));

    private static final Pattern SIZED = Pattern.compile("([a-z0-9 ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)");
    private static final Pattern TIME_ZONE = Pattern.compile("(timestamp|time)\\s*(?:\\((\\d+)\\))?\\s*(with|without) time zone");
    private static final Pattern DEFAULT_TIME_PRECISION = Pattern.compile("^(timestamp|time)\\(6\\)");

    private TypeSpelling() {
    }

    /** Same type, same storage: canonical spellings equal once the default time precision is left out. */
    public static boolean same(String a, String b) {
        return withoutDefaultPrecision(canonical(a)).equals(withoutDefaultPrecision(canonical(b)));
    }

    private static String withoutDefaultPrecision(String canonical) {
        return DEFAULT_TIME_PRECISION.matcher(canonical).replaceFirst("$1");
    }

    public static String canonical(String type) {
        String text = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.endsWith("[]")) {
            return canonical(text.substring(0, text.length() - 2)) + "[]";
        }
        if (text.endsWith(" array")) { // the SQL standard's spelling, which Hibernate's dialect writes
            return canonical(text.substring(0, text.length() - " array".length())) + "[]";
        }
        if (text.startsWith("\"") || text.contains(".")) {
            return type.trim(); // a user-defined (enum, domain) type: case and quoting are meaningful
        }
        Matcher zone = TIME_ZONE.matcher(text);
        if (zone.matches()) {
            return timeType(zone.group(1), zone.group(2), zone.group(3));
        }
        Matcher sized = SIZED.matcher(text);
        if (sized.matches()) {
            return sizedType(sized.group(1).trim(), sized.group(2), sized.group(3), sized.group(4).trim());
        }
        return SYNONYMS.getOrDefault(text, text);
    }

    private static String sizedType(String base, String size, String scale, String rest) {
        if (base.equals("timestamp") || base.equals("time")) {
            return timeType(base, size, rest.contains("with time zone") && !rest.contains("without") ? "with" : "without");
        }
        if (base.equals("timestamptz") || base.equals("timetz")) {
            return timeType(base.replace("tz", ""), size, "with");
        }
        String name = switch (base) {
            case "varchar", "character varying" -> "character varying";
            case "char", "character", "bpchar" -> "character";
            case "decimal", "numeric" -> "numeric";
            case "varbit", "bit varying" -> "bit varying";
            case "float" -> Integer.parseInt(size) <= 24 ? "real" : "double precision";
            default -> base;
        };
        if (name.equals("real") || name.equals("double precision")) {
            return name;
        }
        if (name.equals("numeric")) {
            return "numeric(" + size + "," + (scale == null ? "0" : scale) + ")";
        }
        return name + "(" + size + (scale == null ? "" : "," + scale) + ")";
    }

    private static String timeType(String base, String precision, String withOrWithout) {
        String p = precision == null ? "" : "(" + precision + ")";
        return base + p + " " + withOrWithout + " time zone";
    }
}
