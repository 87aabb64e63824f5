package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Dynatrace access tokens in any text, using the pattern Dynatrace documents
 * ({@code dt0[a-zA-Z]{1}[0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}}). Only the public identifier is
 * kept; the secret portion never leaves this class.
 */
public final class TokenPatternScanner {

    private static final Pattern TOKEN =
            Pattern.compile("(?<![A-Za-z0-9])(dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24})\\.[A-Z0-9]{64}(?![A-Za-z0-9])");

    /**
     * SHA-256 (hex) of the tokens Dynatrace publishes as examples: the access-token example of its
     * documentation and API specifications ({@code dt0c01.ST2EY72KQINMH574WMNVI7YN...}), which
     * generated clients, mocks and copied specs carry. Its secret is public, so it is no leaked
     * secret; only the whole token matches, and only its hash is kept here.
     */
    private static final Set<String> DOCUMENTED_EXAMPLES =
            Set.of("559fab6733c7072076ce2ef9d3e21f9abb7cab2cbcf96212ece598fcc78668fc");

    /** {@code Api-Token=} as a query parameter: after {@code ?} or {@code &}, any case. */
    private static final Pattern QUERY_PARAM = Pattern.compile("[?&](api-token)=", Pattern.CASE_INSENSITIVE);

    /** Cheap pre-check so most files are never matched against the regular expression. */
    public static boolean mayContainToken(CharSequence text) {
        return indexOf(text, "dt0") >= 0;
    }

    /** Every token in {@code text}, located in {@code file}. */
    public List<TokenLiteral> findTokens(CharSequence text, String file) {
        List<TokenLiteral> out = new ArrayList<>();
        if (!mayContainToken(text)) {
            return out;
        }
        LineIndex lines = new LineIndex(text);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (isDocumentedExample(m.group())) {
                continue;
            }
            int start = m.start();
            boolean inUrl = isQueryValue(text, start);
            out.add(new TokenLiteral(lines.location(file, start), m.group(1), inUrl));
        }
        return out;
    }

    /** Whether {@code token} is one of the examples Dynatrace publishes (see {@link #DOCUMENTED_EXAMPLES}). */
    static boolean isDocumentedExample(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return DOCUMENTED_EXAMPLES.contains(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Every {@code ?Api-Token=} query parameter in {@code text}. */
    public List<TokenInUrl> findTokenQueryParameters(CharSequence text, String file) {
        List<TokenInUrl> out = new ArrayList<>();
        Matcher m = QUERY_PARAM.matcher(text);
        LineIndex lines = null;
        while (m.find()) {
            if (lines == null) {
                lines = new LineIndex(text);
            }
            out.add(new TokenInUrl(lines.location(file, m.start(1)), m.group(1)));
        }
        return out;
    }

    private static boolean isQueryValue(CharSequence text, int tokenStart) {
        int from = Math.max(0, tokenStart - 11);
        String before = text.subSequence(from, tokenStart).toString().toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("api-token=") && before.length() >= 11
                && (before.charAt(before.length() - 11) == '?' || before.charAt(before.length() - 11) == '&');
    }

    private static int indexOf(CharSequence text, String needle) {
        if (text instanceof String s) {
            return s.indexOf(needle);
        }
        return text.toString().indexOf(needle);
    }

    /** Maps character offsets to 1-based line and column. */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(CharSequence text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        Location location(String file, int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new Location(file, lo + 1, offset - starts[lo] + 1);
        }
    }
}
