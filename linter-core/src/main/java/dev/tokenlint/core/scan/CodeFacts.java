package dev.tokenlint.core.scan;

import java.util.List;

/**
 * Everything the source scan found, for rules to read: calls, token literals, tokens in URLs,
 * authorization headers, environment reads, suppressions and the files it could not read.
 * Lists are sorted by location so output is stable. {@code explained} is filled only for the files a
 * scan was asked to explain ({@link SourceScanner#explaining}), in path order.
 */
public record CodeFacts(List<ApiCall> calls, List<TokenLiteral> tokenLiterals, List<TokenInUrl> tokensInUrls,
                        List<AuthHeader> authHeaders, List<EnvRead> envReads,
                        List<SuppressedRegion> suppressedRegions, List<InputProblem> problems,
                        int filesScanned, int filesParsed, List<ExplainedFile> explained) {

    /** Facts without explanations. */
    public CodeFacts(List<ApiCall> calls, List<TokenLiteral> tokenLiterals, List<TokenInUrl> tokensInUrls,
                     List<AuthHeader> authHeaders, List<EnvRead> envReads,
                     List<SuppressedRegion> suppressedRegions, List<InputProblem> problems,
                     int filesScanned, int filesParsed) {
        this(calls, tokenLiterals, tokensInUrls, authHeaders, envReads, suppressedRegions, problems, filesScanned,
                filesParsed, List.of());
    }

    public CodeFacts {
        calls = List.copyOf(calls);
        tokenLiterals = List.copyOf(tokenLiterals);
        tokensInUrls = List.copyOf(tokensInUrls);
        authHeaders = List.copyOf(authHeaders);
        envReads = List.copyOf(envReads);
        suppressedRegions = List.copyOf(suppressedRegions);
        problems = List.copyOf(problems);
        explained = List.copyOf(explained);
    }

    /** No source scanned. */
    public static CodeFacts empty() {
        return new CodeFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);
    }
}
