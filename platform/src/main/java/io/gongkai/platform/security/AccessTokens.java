package io.gongkai.platform.security;

import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.Roles;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.List;

/**
 * The access tokens a service accepts: JWTs signed by the configured issuer ({@code gongkai.tokens.*}), unexpired,
 * with that issuer in {@code iss} and the service's audience in {@code aud}; their roles in claim {@value Roles#CLAIM}.
 * The signing keys come from the issuer's OpenID configuration, or — on the local stack — from a PEM file.
 */
public final class AccessTokens {

    private AccessTokens() {
    }

    /** A decoder that verifies and validates tokens as {@code tokens} says; fails at once when no issuer is configured. */
    public static JwtDecoder decoder(GongkaiProperties.Tokens tokens) {
        if (tokens.issuer() == null || tokens.issuer().isBlank()) {
            throw new IllegalStateException("no access-token issuer configured: set gongkai.tokens.issuer (GONGKAI_TOKENS_ISSUER) to the"
                    + " OAuth2 issuer whose tokens callers present; the local stack sets it and gongkai.tokens.public-key itself");
        }
        NimbusJwtDecoder decoder = tokens.publicKey() == null || tokens.publicKey().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(tokens.issuer()).build()
                : NimbusJwtDecoder.withPublicKey(publicKey(Path.of(tokens.publicKey()))).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                audiences -> audiences != null && audiences.contains(tokens.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(tokens.issuer()), audience)));
        return decoder;
    }

    private static RSAPublicKey publicKey(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token issuer's public key " + pem, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(pem + " is not an RSA public key in PEM: " + e.getMessage(), e);
        }
    }
}
