package dev.tokenlint.core.tokens;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.QuotedInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One access token as declared (policy as code) or as exported from an environment.
 *
 * @param name        the token's name, as written
 * @param location    where the definition starts (the {@code name} key, or the JSON object)
 * @param origin      what kind of file it came from
 * @param scopes      granted scopes in the order written
 * @param owner       owner or user id, null when unknown
 * @param expires     absolute expiry day, null when none or relative
 * @param expiresIn   relative lifetime ({@code expiresIn: 90d}), null when none or absolute
 * @param usedBy      source globs whose calls this token serves
 * @param env         environment variable or system property through which code receives it, or null
 * @param justify     written reasons per scope id, for high-risk scopes
 * @param publicId    the token's public identifier ({@code dt0c01.ABC...}) from an export, or null
 * @param created     creation time from an export, or null
 * @param lastUsed    last use from an export, or null (never used or unknown)
 * @param enabled     false when an export says it is disabled or revoked
 */
public record TokenDefinition(String name, Location location, TokenOrigin origin, List<GrantedScope> scopes,
                              String owner, LocalDate expires, Period expiresIn, List<String> usedBy,
                              String env, Map<String, String> justify, String publicId, Instant created,
                              Instant lastUsed, boolean enabled) {

    public TokenDefinition {
        Objects.requireNonNull(name, "name");
        // Secrets pasted into any field stop here: reports print these fields as read.
        name = QuotedInput.redact(name);
        owner = QuotedInput.redact(owner);
        env = QuotedInput.redact(env);
        publicId = QuotedInput.redact(publicId);
        if (usedBy != null) {
            usedBy = usedBy.stream().map(QuotedInput::redact).toList();
        }
        if (justify != null) {
            Map<String, String> clean = new java.util.LinkedHashMap<>();
            justify.forEach((k, v) -> clean.put(QuotedInput.redact(k), QuotedInput.redact(v)));
            justify = clean;
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(origin, "origin");
        scopes = List.copyOf(scopes);
        usedBy = usedBy == null ? List.of() : List.copyOf(usedBy);
        justify = justify == null ? Map.of() : Map.copyOf(justify);
    }

    /** The granted scope ids. */
    public List<String> scopeIds() {
        return scopes.stream().map(GrantedScope::id).toList();
    }

    /** Where {@code scopeId} is granted, falling back to the definition itself. */
    public Location locationOf(String scopeId) {
        return scopes.stream().filter(s -> s.id().equals(scopeId)).map(GrantedScope::location).findFirst()
                .orElse(location);
    }

    /** Whether the token declares an expiry, absolute or relative. */
    public boolean hasExpiry() {
        return expires != null || expiresIn != null;
    }

    /** The expiry day: {@code expires}, or {@code created + expiresIn}, or {@code asOf + expiresIn}. */
    public Optional<LocalDate> expiryDay(LocalDate asOf) {
        if (expires != null) {
            return Optional.of(expires);
        }
        if (expiresIn != null) {
            LocalDate from = created != null ? created.atZone(java.time.ZoneOffset.UTC).toLocalDate() : asOf;
            return Optional.of(from.plus(expiresIn));
        }
        return Optional.empty();
    }
}
