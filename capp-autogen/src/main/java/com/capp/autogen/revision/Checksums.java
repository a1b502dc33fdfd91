package com.capp.autogen.revision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of migrations. The source file's SHA-256 (plain hex) is the normal case: the same
 * value whether the migration is compiled in memory from the folder or loaded from the migrations
 * jar, which packages the .java files beside the classes. A jar without sources falls back to the
 * class bytes' SHA-256, prefixed {@code class:}; checksums of different kinds are not compared.
 */
public final class Checksums {

    public static final String CLASS_PREFIX = "class:";

    private Checksums() {
    }

    public static String ofSource(byte[] sourceBytes) {
        return sha256(sourceBytes);
    }

    public static String ofClass(byte[] classBytes) {
        return CLASS_PREFIX + sha256(classBytes);
    }

    /** Whether two checksums can be compared (both of sources, or both of classes). */
    public static boolean comparable(String a, String b) {
        return a.startsWith(CLASS_PREFIX) == b.startsWith(CLASS_PREFIX);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
