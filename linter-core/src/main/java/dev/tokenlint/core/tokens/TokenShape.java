package dev.tokenlint.core.tokens;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.KnownKeys;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.QuotedInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token objects the Tokens API v1 and the Access tokens API v2 exchange, as described by
 * the 1.254 OpenAPI specs: the v1 {@code CreateToken} and {@code TokenMetadata} schemas and the
 * v2 {@code ApiTokenCreate} and {@code ApiToken} schemas. An object is recognised by the keys
 * only its shape has; keys outside the recognised shape are errors.
 */
enum TokenShape {

    /** v1 {@code CreateToken}: {@code expiresIn} is a Duration {@code {value, unit}}, unit MILLIS if absent. */
    V1_REQUEST(TokenOrigin.TOKENS_API_V1_REQUEST, "a Tokens API v1 request body",
            List.of("name", "scopes", "expiresIn")),
    /** v2 {@code ApiTokenCreate}: {@code expirationDate} is ISO, epoch millis or {@code now+14d}. */
    V2_REQUEST(TokenOrigin.TOKENS_API_V2_REQUEST, "an access token request body",
            List.of("name", "scopes", "expirationDate", "personalAccessToken")),
    /** v1 {@code TokenMetadata}: dates are unix timestamps in milliseconds. */
    V1_METADATA(TokenOrigin.TOKENS_API_V1_METADATA, "Tokens API v1 token metadata",
            List.of("id", "name", "userId", "revoked", "created", "expires", "lastUse", "scopes",
                    "personalAccessToken")),
    /** v2 {@code ApiToken}: dates are ISO 8601 strings. */
    V2_TOKEN(TokenOrigin.TOKENS_API_V2_LIST, "an access token export entry",
            List.of("id", "name", "enabled", "personalAccessToken", "owner", "creationDate", "expirationDate",
                    "lastUsedDate", "lastUsedIpAddress", "modifiedDate", "scopes", "additionalMetadata"));

    /** Keys that exist in only one shape, in the order they are tried. */
    private static final List<String> V1_METADATA_MARKS = List.of("userId", "revoked", "created", "lastUse", "expires");
    private static final List<String> V2_TOKEN_MARKS = List.of("enabled", "owner", "creationDate", "lastUsedDate",
            "lastUsedIpAddress", "modifiedDate", "additionalMetadata", "id");

    private static final Pattern RELATIVE = Pattern.compile("now\\s*\\+\\s*(\\d{1,6})\\s*([mhdwMy])(?:/[mhdwMy])?");

    private final TokenOrigin origin;
    private final String description;
    private final List<String> keys;

    TokenShape(TokenOrigin origin, String description, List<String> keys) {
        this.origin = origin;
        this.description = description;
        this.keys = keys;
    }

    /** The shape {@code map} has, or a located error saying it is not a token object. */
    static TokenShape of(Node.MapNode map) {
        Set<String> present = map.entries().keySet();
        if (V1_METADATA_MARKS.stream().anyMatch(present::contains)) {
            return V1_METADATA;
        }
        if (V2_TOKEN_MARKS.stream().anyMatch(present::contains)) {
            return V2_TOKEN;
        }
        if (present.contains("expiresIn")) {
            return V1_REQUEST;
        }
        if (present.contains("name") || present.contains("scopes") || present.contains("expirationDate")
                || present.contains("personalAccessToken")) {
            // Without an expiry both create bodies look alike; the v2 API is the current one.
            return V2_REQUEST;
        }
        Set<String> all = new LinkedHashSet<>();
        for (TokenShape s : values()) {
            all.addAll(s.keys);
        }
        if (!present.isEmpty()) {
            Node.Entry first = map.entries().values().iterator().next();
            throw KnownKeys.unknown(first.key(), first.keyLocation(), all,
                    "a token object (not a Tokens API request body or token export)");
        }
        throw new InvalidInputException(map.location(),
                "not a token file: expected a Tokens API request body or a token list export");
    }

    /** Reads {@code map}, which has this shape, into a definition. */
    TokenDefinition read(Node.MapNode map) {
        KnownKeys.requireOnly(map, keys, description);
        String id = text(map, "id");
        String name = map.get("name").map(n -> n.asText("name")).orElse(null);
        if (name == null) {
            if (id == null) {
                throw new InvalidInputException(map.location(), description + " needs the key 'name'");
            }
            name = id;
        }
        Location at = map.get("name").map(Node::location).orElse(map.location());
        String what = "token '" + name + "'";
        List<GrantedScope> scopes = new ArrayList<>();
        Node scopeNode = origin.isInventory() ? map.get("scopes").orElse(null)
                : KnownKeys.require(map, "scopes", description);
        if (scopeNode != null) {
            for (Node.ScalarNode s : scopeNode.asTextList("scopes of " + what)) {
                scopes.add(new GrantedScope(s.text().trim(), s.location()));
            }
        }
        return switch (this) {
            case V1_REQUEST -> new TokenDefinition(name, at, origin, scopes, null, null,
                    map.get("expiresIn").map(n -> v1Duration(n, what)).orElse(null), List.of(), null, null,
                    null, null, null, true);
            case V2_REQUEST -> {
                LocalDate expires = null;
                Period expiresIn = null;
                Node exp = map.get("expirationDate").orElse(null);
                if (exp != null && !isNull(exp)) {
                    Matcher m = RELATIVE.matcher(exp.asText("expirationDate").trim());
                    if (m.matches()) {
                        expiresIn = relative(Integer.parseInt(m.group(1)), m.group(2));
                    } else {
                        expires = day(instant(exp, "expirationDate of " + what));
                    }
                }
                yield new TokenDefinition(name, at, origin, scopes, null, expires, expiresIn, List.of(), null, null,
                        null, null, null, true);
            }
            case V1_METADATA -> new TokenDefinition(name, at, origin, scopes, text(map, "userId"),
                    day(instantOrNull(map, "expires", what)), null, List.of(), null, null, id,
                    instantOrNull(map, "created", what), instantOrNull(map, "lastUse", what),
                    !map.get("revoked").map(n -> bool(n, "revoked of " + what)).orElse(false));
            case V2_TOKEN -> new TokenDefinition(name, at, origin, scopes, text(map, "owner"),
                    day(instantOrNull(map, "expirationDate", what)), null, List.of(), null, null, id,
                    instantOrNull(map, "creationDate", what), instantOrNull(map, "lastUsedDate", what),
                    map.get("enabled").map(n -> bool(n, "enabled of " + what)).orElse(true));
        };
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.ScalarNode s && s.isNull();
    }

    private static String text(Node.MapNode map, String key) {
        return map.get(key).filter(n -> !isNull(n)).map(n -> n.asText(key)).orElse(null);
    }

    private static boolean bool(Node n, String what) {
        if (n instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw new InvalidInputException(n.location(), what + " must be true or false, found " + n.kind());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant instantOrNull(Node.MapNode map, String key, String what) {
        Node n = map.get(key).orElse(null);
        return n == null || isNull(n) ? null : instant(n, key + " of " + what);
    }

    /**
     * A point in time as the APIs write it: unix milliseconds (number or digits), an ISO 8601
     * date-time with or without offset (UTC when absent, a space allowed instead of {@code T}),
     * or a plain date.
     */
    static Instant instant(Node n, String what) {
        String text = n.asText(what).trim();
        if (text.matches("-?\\d{1,15}")) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        String iso = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(n.location(), what + " must be an ISO 8601 date-time or unix milliseconds,"
                    + " found " + QuotedInput.quote(text));
        }
    }

    /** The v1 {@code Duration} object: {@code {value, unit}} with unit DAYS, HOURS, MINUTES, SECONDS or MILLIS. */
    private static Period v1Duration(Node n, String what) {
        Node.MapNode m = n.asMap("expiresIn of " + what + " (a Duration {value, unit})");
        KnownKeys.requireOnly(m, List.of("value", "unit"), "expiresIn");
        Node valueNode = KnownKeys.require(m, "value", "expiresIn of " + what);
        long value;
        try {
            value = Long.parseLong(valueNode.asText("expiresIn.value").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(valueNode.location(), "expiresIn.value of " + what + " must be a whole number");
        }
        String unit = m.get("unit").map(u -> u.asText("expiresIn.unit").trim().toUpperCase(Locale.ROOT))
                .orElse("MILLIS");
        long perDay = switch (unit) {
            case "DAYS" -> 1L;
            case "HOURS" -> 24L;
            case "MINUTES" -> 1_440L;
            case "SECONDS" -> 86_400L;
            case "MILLIS" -> 86_400_000L;
            default -> throw new InvalidInputException(m.get("unit").orElseThrow().location(),
                    "expiresIn.unit of " + what + " must be DAYS, HOURS, MINUTES, SECONDS or MILLIS, found "
                            + QuotedInput.quote(unit));
        };
        // Expiry policy counts whole days; a partial day counts as a day the token is alive.
        long days = Math.max(0, Math.floorDiv(value, perDay) + (Math.floorMod(value, perDay) == 0 ? 0 : 1));
        return Period.ofDays((int) Math.min(days, Integer.MAX_VALUE));
    }

    /** {@code now+N<unit>} of the v2 create body, in whole days (rounded up). */
    private static Period relative(int n, String unit) {
        return switch (unit) {
            case "y" -> Period.ofYears(n);
            case "M" -> Period.ofMonths(n);
            case "w" -> Period.ofWeeks(n);
            case "d" -> Period.ofDays(n);
            case "h" -> Period.ofDays((n + 23) / 24);
            default -> Period.ofDays((n + 1439) / 1440);
        };
    }
}
