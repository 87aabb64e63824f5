package dev.tokenlint.core.scan.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.TokenPatternScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds Dynatrace tokens written into the file's string literals and text blocks, and
 * {@code api-token=} query parameters that would send a token in a URL: both are findings of
 * their own, located at the token inside the literal rather than at the literal.
 */
final class TokenLiteralReader {

    /** What the literals of one file hold. */
    record Found(List<TokenLiteral> tokens, List<TokenInUrl> inUrls) {
    }

    private final TokenPatternScanner scanner;
    private final String file;
    private final boolean tokensPossible;
    private final boolean queryPossible;

    /** For {@code text}, the content of {@code file}; the scanner is shared by every file. */
    TokenLiteralReader(TokenPatternScanner scanner, String file, String text) {
        this.scanner = scanner;
        this.file = file;
        this.tokensPossible = TokenPatternScanner.mayContainToken(text);
        this.queryPossible = text.toLowerCase(Locale.ROOT).contains("api-token=");
    }

    /** Whether the file's text can hold anything {@link #read} finds: most files cannot, and are not walked. */
    boolean possible() {
        return tokensPossible || queryPossible;
    }

    /** The tokens and token parameters in {@code strings} then {@code textBlocks}, in that order. */
    Found read(List<StringLiteralExpr> strings, List<TextBlockLiteralExpr> textBlocks) {
        List<TokenLiteral> tokens = new ArrayList<>();
        List<TokenInUrl> inUrls = new ArrayList<>();
        List<Node> literals = new ArrayList<>(strings);
        literals.addAll(textBlocks);
        for (Node n : literals) {
            String value = n instanceof StringLiteralExpr s ? s.getValue() : ((TextBlockLiteralExpr) n).getValue();
            Position p = n.getBegin().orElse(new Position(1, 1));
            // a text block's content starts on the line after its opening quotes
            int lineShift = n instanceof TextBlockLiteralExpr ? 1 : 0;
            int colShift = n instanceof TextBlockLiteralExpr ? 0 : p.column;
            if (tokensPossible) {
                for (TokenLiteral t : scanner.findTokens(value, file)) {
                    tokens.add(new TokenLiteral(shift(t.location(), p, lineShift, colShift), t.publicId(), t.inUrl()));
                }
            }
            if (queryPossible) {
                for (TokenInUrl t : scanner.findTokenQueryParameters(value, file)) {
                    inUrls.add(new TokenInUrl(shift(t.location(), p, lineShift, colShift), t.parameter()));
                }
            }
        }
        return new Found(tokens, inUrls);
    }

    /** A location inside a literal's value moved to the file, the literal starting at {@code literal}. */
    private Location shift(Location inLiteral, Position literal, int lineShift, int colShift) {
        int line = literal.line + lineShift + inLiteral.line() - 1;
        int col = inLiteral.line() == 1 && lineShift == 0 ? colShift + inLiteral.column() : inLiteral.column();
        return new Location(file, line, col);
    }
}
