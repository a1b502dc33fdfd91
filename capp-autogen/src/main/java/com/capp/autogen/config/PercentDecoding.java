package com.capp.autogen.config;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding as libpq does it: {@code %XX} is a byte, everything else (a {@code +} too) is
 * itself, the bytes are UTF-8. A bad escape is an error naming only the part of the URL, never its
 * text: that part may be a password.
 */
final class PercentDecoding {

    private PercentDecoding() {
    }

    /** @param part what the text is, for the error: "the password", "the database name" */
    static String decode(String text, String part) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int plain = 0;
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', plain)) {
            bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low < 0) {
                throw new ConfigException("Database URL: " + part + " has a malformed percent-escape"
                        + " (a % not followed by two hex digits)",
                        "Percent-encode it: % as %25, @ as %40, / as %2F, : as %3A, ? as %3F, # as %23.");
            }
            bytes.write(high * 16 + low);
            plain = i + 3;
        }
        bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
        return utf8(bytes.toByteArray(), part);
    }

    private static String utf8(byte[] bytes, String part) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException("Database URL: " + part + " percent-decodes to bytes that are not UTF-8",
                    "Percent-encode the UTF-8 bytes of each character (é is %C3%A9).");
        }
    }
}
