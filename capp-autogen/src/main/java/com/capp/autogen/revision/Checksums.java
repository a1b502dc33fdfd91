package com.capp.autogen.revision;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of migrations. The source file's SHA-256 (plain hex) is the normal case: the same
 * value whether the migration is compiled in memory from the folder or loaded from the migrations
 * jar, which packages the .java files beside the classes. A jar without sources falls back to the
 * class bytes' SHA-256, prefixed {@code class:}; checksums of different kinds are not compared.
 * Sources are hashed with CRLF and CR line endings read as LF, so a Windows checkout (git
 * {@code core.autocrlf}) of an applied migration is not a mismatch.
 */
public final class Checksums {

    public static final String CLASS_PREFIX = "class:";

    private Checksums() {
    }

    public static String ofSource(byte[] sourceBytes) {
        return sha256(withLfLineEndings(sourceBytes));
    }

    private static byte[] withLfLineEndings(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            boolean crlf = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n';
            if (!crlf) {
                out.write(bytes[i] == '\r' ? '\n' : bytes[i]);
            }
        }
        return out.toByteArray();
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
