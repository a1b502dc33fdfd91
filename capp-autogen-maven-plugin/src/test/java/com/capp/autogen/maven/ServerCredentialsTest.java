package com.capp.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Server passwords encrypted as {@code mvn --encrypt-password} does, decrypted by Maven's own decrypter. */
class ServerCredentialsTest {

    private static final String DB_PASSWORD = "p@ss word&more";

    @Test
    void anEncryptedServerPasswordReachesTheUrlDecryptedAndEncoded(@TempDir Path dir) throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = Files.writeString(dir.resolve("settings-security.xml"), "<settingsSecurity><master>"
                + cipher.encryptAndDecorate("master-secret", DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        Settings settings = settingsWith("shop-db", "shop_migrator", cipher.encryptAndDecorate(DB_PASSWORD, "master-secret"));
        ServerCredentials credentials = new ServerCredentials(settings,
                new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString())));

        String url = credentials.applyTo("jdbc:postgresql://db.internal/shop?sslmode=require", "shop-db");

        assertTrue(url.startsWith("jdbc:postgresql://db.internal/shop?sslmode=require&user=shop_migrator&password="), url);
        String password = url.substring(url.indexOf("password=") + "password=".length());
        assertEquals(DB_PASSWORD, URLDecoder.decode(password, StandardCharsets.UTF_8));
        assertTrue(password.matches("[A-Za-z0-9%._*-]+"), "not percent-encoded: " + password);
    }

    @Test
    void anUnknownServerIdSaysWhereToAddIt() throws MojoExecutionException {
        ServerCredentials credentials = new ServerCredentials(settingsWith("other", "u", "p"),
                new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher())));
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> credentials.applyTo("jdbc:postgresql://db/shop", "shop-db"));
        assertTrue(e.getMessage().contains("no <server> with id 'shop-db' in settings.xml"), e.getMessage());
        assertEquals("jdbc:postgresql://db/shop", credentials.applyTo("jdbc:postgresql://db/shop", null));
    }

    private static Settings settingsWith(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }
}
