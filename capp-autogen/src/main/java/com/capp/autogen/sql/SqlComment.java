package com.capp.autogen.sql;

/** A {@code --} comment line of a script: a line break in the text (a name may hold one) would end it. */
public final class SqlComment {

    private SqlComment() {
    }

    public static String of(String text) {
        return "-- " + String.valueOf(text).replaceAll("[\\r\\n]+", " ");
    }
}
