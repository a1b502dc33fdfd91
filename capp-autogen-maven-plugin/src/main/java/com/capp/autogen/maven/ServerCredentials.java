package com.capp.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The database user and password of a settings.xml {@code <server>}, decrypted as Maven decrypts
 * repository passwords ({@code mvn --encrypt-password}). They travel as the URL's {@code user} and
 * {@code password} parameters, which capp-autogen hands to the driver and never prints.
 */
final class ServerCredentials {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    ServerCredentials(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    /** {@code url} with the server's credentials; unchanged without a server id. */
    String applyTo(String url, String serverId) throws MojoExecutionException {
        if (serverId == null) {
            return url;
        }
        Server server = decrypted(serverId);
        StringBuilder withCredentials = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        if (server.getUsername() != null) {
            withCredentials.append("user=").append(encoded(server.getUsername())).append('&');
        }
        if (server.getPassword() != null) {
            withCredentials.append("password=").append(encoded(server.getPassword()));
        }
        return withCredentials.toString();
    }

    private Server decrypted(String serverId) throws MojoExecutionException {
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("capp-autogen: no <server> with id '" + serverId + "' in settings.xml."
                    + " Add one with the database <username> and <password> to ~/.m2/settings.xml, or fix serverId.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("capp-autogen: cannot decrypt the password of server '" + serverId
                        + "': " + problem.getMessage() + ". Check ~/.m2/settings-security.xml.");
            }
        }
        return result.getServer();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
