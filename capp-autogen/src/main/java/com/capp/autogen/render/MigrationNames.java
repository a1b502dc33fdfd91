package com.capp.autogen.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Class (and so file) names of new migrations, from a template such as {@code V{rev}_{Slug}}:
 * {@code {rev}} is the revision id, {@code {Slug}} the message in PascalCase, {@code {slug}} the
 * message in snake_case. Revision 0003 "add user profile table" becomes
 * {@code V0003_AddUserProfileTable}. Identity lives in {@code @Revision}; the name is for people.
 */
public final class MigrationNames {

    public static final String DEFAULT_TEMPLATE = "V{rev}_{Slug}";
    private static final int MAX_SLUG_WORDS = 8;

    private MigrationNames() {
    }

    public static String className(String template, String revisionId, String message) {
        String name = template.replace("{rev}", revisionId)
                .replace("{Slug}", pascalCase(message))
                .replace("{slug}", snakeCase(message));
        String identifier = name.replaceAll("[^A-Za-z0-9_$]", "_").replaceAll("_+$", "");
        return Character.isJavaIdentifierStart(identifier.charAt(0)) ? identifier : "V" + identifier;
    }

    static String pascalCase(String message) {
        return words(message).stream()
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    static String snakeCase(String message) {
        return String.join("_", words(message));
    }

    private static java.util.List<String> words(String message) {
        return Arrays.stream(message.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .limit(MAX_SLUG_WORDS)
                .toList();
    }
}
