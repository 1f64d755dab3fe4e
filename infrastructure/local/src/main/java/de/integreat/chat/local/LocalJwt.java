package de.integreat.chat.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The local stand-in for the HTTP API's JWT authorizer: an RS256 key pair kept in the user's home (so the
 * {@code token} command and any running {@code serve} share it), token issuing, and verification of
 * signature, issuer, audience and expiry.
 */
final class LocalJwt {

    static final String ISSUER = "integreat-chat-local";

    private final RSAKey key;
    private final String audience;

    private LocalJwt(RSAKey key, String audience) {
        this.key = key;
        this.audience = audience;
    }

    /** Loads the machine's local signing key, creating it on first use. */
    static LocalJwt loadOrCreate(String audience) {
        Path file = Path.of(System.getProperty("user.home"), ".integreat-chat-local", "signing-key.json");
        try {
            if (Files.isRegularFile(file)) {
                return new LocalJwt(RSAKey.parse(Files.readString(file)), audience);
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return loadOrCreate(audience);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Bad local signing key in " + file + "; delete it to make a new one", e);
        }
    }

    /** The public keys, as an authorizer would fetch them. */
    String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** A signed token for a CMS user. */
    String issue(String sub, String name, List<String> roles, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .subject(sub)
                .claim("name", name)
                .claim("roles", roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The claims of a valid bearer token as API Gateway passes them to a function (every value a string,
     * lists as {@code [a b]}), or empty when the header is missing or the token invalid or expired.
     */
    Optional<Map<String, String>> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring(7).trim());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date now = new Date();
            boolean valid = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    && jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))
                    && ISSUER.equals(claims.getIssuer())
                    && claims.getAudience() != null && claims.getAudience().contains(audience)
                    && claims.getExpirationTime() != null && claims.getExpirationTime().after(now)
                    && (claims.getNotBeforeTime() == null || !claims.getNotBeforeTime().after(now));
            return valid ? Optional.of(asGatewayClaims(claims)) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> asGatewayClaims(JWTClaimsSet claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof List<?> list) {
                flat.put(name, "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]");
            } else if (value instanceof Date date) {
                flat.put(name, Long.toString(date.toInstant().getEpochSecond()));
            } else {
                flat.put(name, String.valueOf(value));
            }
        });
        return flat;
    }
}
