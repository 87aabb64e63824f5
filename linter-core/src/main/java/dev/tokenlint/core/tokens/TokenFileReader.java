package dev.tokenlint.core.tokens;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.KnownKeys;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads token definitions from Tokens API request bodies and token exports, recognised by
 * their shape (JSON or YAML):
 * <ul>
 *   <li>an Access tokens API v2 list ({@code GET /api/v2/apiTokens}: {@code {totalCount, apiTokens: [...]}}),</li>
 *   <li>Tokens API v1 metadata ({@code GET /api/v1/tokens/{id}}), alone, as a list, or wrapped in {@code {values: [...]}},</li>
 *   <li>a single v2 token ({@code GET /api/v2/apiTokens/{id}}),</li>
 *   <li>a v1 create body {@code {name, scopes, expiresIn}} or a v2 create body
 *       {@code {name, scopes, expirationDate, personalAccessToken}},</li>
 *   <li>a list of any of these objects.</li>
 * </ul>
 * See {@link TokenShape} for how an object's shape is told apart.
 */
public final class TokenFileReader {

    private final StructuredFileReader reader = new StructuredFileReader();

    /**
     * @throws InvalidInputException when the file is unreadable, malformed or of no known shape
     */
    public List<TokenDefinition> read(Path file, String displayName) {
        return fromNode(reader.read(file, displayName));
    }

    /** The definitions in an already parsed document. */
    public List<TokenDefinition> fromNode(Node root) {
        List<TokenDefinition> out = new ArrayList<>();
        if (root instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                out.add(TokenShape.of(item.asMap("each entry of a token list")).read(item.asMap("")));
            }
            return out;
        }
        Node.MapNode map = root.asMap("a token file");
        if (map.entries().containsKey("apiTokens")) {
            KnownKeys.requireOnly(map, List.of("totalCount", "pageSize", "nextPageKey", "apiTokens"),
                    "an access token list (GET /api/v2/apiTokens)");
            for (Node item : map.get("apiTokens").orElseThrow().asList("apiTokens").items()) {
                out.add(TokenShape.V2_TOKEN.read(item.asMap("each entry of apiTokens")));
            }
            return out;
        }
        if (map.entries().containsKey("values")) {
            KnownKeys.requireOnly(map, List.of("values"), "a Tokens API v1 token list");
            for (Node item : map.get("values").orElseThrow().asList("values").items()) {
                out.add(TokenShape.V1_METADATA.read(item.asMap("each entry of values")));
            }
            return out;
        }
        out.add(TokenShape.of(map).read(map));
        return out;
    }
}
