package io.gongkai.cli;

import io.gongkai.localstack.LocalIssuer;
import io.gongkai.schemas.Roles;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Access tokens for the services of a local run, one per {@link Roles role}, signed by the local stack's issuer.
 * {@code ./gongkai demo} prints them and records them in {@code .gongkai/credentials.properties} (owner-only) for
 * the CLI's own calls; the record is deleted when the demo stops, and the tokens expire after {@link #LIFETIME}.
 */
record Credentials(Map<String, String> tokens) {

    static final Duration LIFETIME = Duration.ofHours(12);
    /** A token of the caller's own, which the CLI sends in place of the demo's. */
    static final String TOKEN_VARIABLE = "GONGKAI_TOKEN";

    /** A token for each role, from {@code issuer}. */
    static Credentials issue(LocalIssuer issuer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : Roles.ALL) {
            tokens.put(role, issuer.token("demo-" + role, LIFETIME, Map.of(Roles.CLAIM, List.of(role))));
        }
        return new Credentials(tokens);
    }

    /** The {@code Authorization} header value of a caller holding {@code role}. */
    String bearer(String role) {
        return "Bearer " + tokens.get(role);
    }

    /**
     * The {@code Authorization} header value the CLI sends when it needs {@code role}: {@code explicit} (an option)
     * if given, else {@value #TOKEN_VARIABLE}, else the running demo's token for the role; null if there is none.
     */
    static String bearerFor(String role, String explicit) {
        String token = explicit != null ? explicit : System.getenv(TOKEN_VARIABLE);
        if (token != null && !token.isBlank()) {
            return "Bearer " + token.strip();
        }
        Credentials recorded = recorded();
        return recorded == null ? null : recorded.bearer(role);
    }

    private static Path file() {
        return Gongkai.home().resolve("credentials.properties");
    }

    void record() {
        Properties properties = new Properties();
        properties.putAll(tokens);
        try {
            Files.createDirectories(file().getParent());
            Files.deleteIfExists(file());
            Files.createFile(file(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(file())) {
                properties.store(out, "access tokens of the running ./gongkai demo, one per role");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
        }
    }

    private static Credentials recorded() {
        if (!Files.exists(file())) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(), e);
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(role -> tokens.put(role, properties.getProperty(role)));
        return new Credentials(tokens);
    }

    static void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file(), e);
        }
    }
}
