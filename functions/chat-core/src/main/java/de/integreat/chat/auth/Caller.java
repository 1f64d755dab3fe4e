package de.integreat.chat.auth;

import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.HttpRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CMS user behind a request, from the HTTP API JWT authorizer's claims: {@code sub}, {@code name} and
 * roles from {@code cognito:groups} or {@code roles}. A role may be scoped to a region: {@code counsellor:augsburg}.
 */
public record Caller(String id, String name, Set<String> roles) {

    public static final String STAFF = "staff";
    public static final String MANAGEMENT = "management";
    public static final String COUNSELLOR = "counsellor";

    /** The caller of a CMS route; 401 when the request carries no claims (it bypassed the authorizer). */
    public static Caller from(HttpRequest request) {
        String sub = request.claims().get("sub");
        if (sub == null || sub.isBlank()) {
            throw ApiError.unauthorized("Authentication required.");
        }
        String name = request.claims().getOrDefault("name", request.claims().getOrDefault("preferred_username", sub));
        String roles = request.claims().getOrDefault("cognito:groups", request.claims().getOrDefault("roles", ""));
        return new Caller(sub, name, parseRoles(roles));
    }

    /**
     * Roles as API Gateway passes list claims: {@code "[staff management]"}, a JSON array text,
     * or a space/comma separated string.
     */
    static Set<String> parseRoles(String claim) {
        String list = claim.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1);
        }
        return Arrays.stream(list.split("[\\s,]+"))
                .map(role -> role.replace("\"", "").strip())
                .filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the caller has {@code role} globally or for {@code region}. */
    public boolean has(String role, String region) {
        return roles.contains(role) || (region != null && roles.contains(role + ":" + region));
    }

    /** Passes when the caller has any of {@code roles} (globally or for the region), else 403. */
    public void requireAny(String region, String... roles) {
        for (String role : roles) {
            if (has(role, region)) {
                return;
            }
        }
        throw ApiError.forbidden("You are not allowed to do this.");
    }
}
