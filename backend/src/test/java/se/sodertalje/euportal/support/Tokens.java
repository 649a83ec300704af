package se.sodertalje.euportal.support;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Mints bearer tokens shaped like the euportal realm's: realm roles, unit groups, audience. */
public final class Tokens {

    /**
     * Long enough for the whole suite: {@link Api}'s callers keep their token for the run, and a run
     * on a busy machine outlasts smallrye-jwt's default of five minutes.
     */
    private static final Duration LIFESPAN = Duration.ofHours(2);

    private Tokens() {
    }

    /** A token for a user of the given units (codes) with the given realm roles. */
    public static String of(String username, List<String> unitCodes, String... roles) {
        return Jwt.issuer("https://server.example.com")
                .audience("euportal-api")
                .subject("sub-" + username)
                .claim("preferred_username", username)
                .claim("name", "Test " + username)
                .claim("email", username + "@example.test")
                .claim("realm_access", Map.of("roles", Arrays.asList(roles)))
                .groups(unitCodes.stream().map(code -> "/units/" + code).collect(Collectors.toSet()))
                .expiresIn(LIFESPAN)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String withAudience(String audience, String... roles) {
        return Jwt.issuer("https://server.example.com").audience(audience).subject("sub-other")
                .claim("preferred_username", "other")
                .claim("realm_access", Map.of("roles", Arrays.asList(roles)))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
