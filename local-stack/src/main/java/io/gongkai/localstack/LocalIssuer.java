package io.gongkai.localstack;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack's token issuer: an RSA key pair of its own, whose public key the services trust in place of a
 * production issuer's, and whose tokens the demo, the CLI and the tests present. The private key never leaves
 * {@code dir} (owner-only), and is made anew for each new directory. Not for production: there the services
 * trust an OAuth2 issuer ({@code issuer-uri}).
 *
 * <p>Its tokens are RS256 JWTs with issuer {@value #ISSUER} and audience {@value #AUDIENCE}, and whatever other
 * claims the caller asks for (the roles, say) — as a production issuer would sign them.
 */
public final class LocalIssuer {

    public static final String ISSUER = "urn:gongkai:local-issuer";
    public static final String AUDIENCE = "gongkai";

    private final RSAKey key;
    private final Path publicKey;

    private LocalIssuer(RSAKey key, Path publicKey) {
        this.key = key;
        this.publicKey = publicKey;
    }

    /** The issuer whose keys are in {@code dir}, made there first if there are none. */
    public static LocalIssuer in(Path dir) {
        Path privateKey = dir.resolve("issuer.jwk");
        Path publicKey = dir.resolve("issuer.pub.pem");
        try {
            if (!Files.exists(privateKey)) {
                Files.createDirectories(dir);
                RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                Files.writeString(Files.createFile(privateKey, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------"))), generated.toJSONString());
                Files.writeString(publicKey, pem(generated));
            }
            return new LocalIssuer(RSAKey.parse(Files.readString(privateKey)), publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local issuer's keys in " + dir, e);
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("the local issuer's key in " + privateKey + " is not usable: " + e.getMessage(), e);
        }
    }

    /** The PEM file of the public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public Path publicKey() {
        return publicKey;
    }

    /** A signed token for {@code subject} with {@code claims}, valid from now for {@code lifetime}. */
    public String token(String subject, Duration lifetime, Map<String, Object> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(token::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), token.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token for " + subject, e);
        }
        return jwt.serialize();
    }

    private static String pem(RSAKey key) throws JOSEException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.toRSAPublicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
