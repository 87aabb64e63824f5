package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A pull-request comment (GitHub-flavoured markdown): a headline with the counts, a table of
 * findings, and one collapsed {@code <details>} block per token with its scopes and call sites.
 * Everything taken from the input is escaped, so a token name cannot inject markup.
 */
public final class MarkdownReporter implements Reporter {

    /** Rows beyond this are summarised, keeping the comment within what code hosts accept. */
    static final int MAX_ROWS = 100;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        ReportView view = new ReportView(result);
        StringBuilder b = new StringBuilder();
        b.append("## tokenlint: ").append(headline(view)).append("\n\n");
        b.append(context(view, options)).append("\n\n");
        List<Finding> shown = view.shown();
        if (!shown.isEmpty()) {
            boolean status = result.noIgnores();
            b.append("| Severity | Rule | Location | Message |").append(status ? " Status |" : "").append('\n');
            b.append("| --- | --- | --- | --- |").append(status ? " --- |" : "").append('\n');
            for (Finding f : shown.subList(0, Math.min(shown.size(), MAX_ROWS))) {
                b.append("| ").append(icon(f.severity())).append(' ').append(f.severity().id())
                        .append(" | ").append(text(f.ruleId()))
                        .append(" | ").append(text(f.location().toString()))
                        .append(" | ").append(text(f.message())).append(" |");
                if (status) {
                    b.append(' ').append(statusOf(f)).append(" |");
                }
                b.append('\n');
            }
            if (shown.size() > MAX_ROWS) {
                b.append("\n…and ").append(shown.size() - MAX_ROWS)
                        .append(" more; the full list is in the tokenlint report.\n");
            }
            b.append('\n');
        }
        for (TokenDefinition token : result.tokens()) {
            b.append(details(token, view)).append('\n');
        }
        out.write(b.toString());
    }

    private static String headline(ReportView view) {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            long n = view.open(s);
            if (n > 0) {
                parts.add(ReportView.plural(n, s.id()));
            }
        }
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    private static String context(ReportView view, ReportOptions options) {
        LintResult r = view.result();
        List<String> parts = new ArrayList<>();
        parts.add(ReportView.plural(view.tokenCount(), "token"));
        parts.add(ReportView.plural(view.callCount(), "call") + (view.unboundCalls() > 0
                ? " (" + view.unboundCalls() + " unbound)" : ""));
        if (view.suppressed() > 0) {
            parts.add(view.suppressed() + " suppressed");
        }
        if (view.baselined() > 0) {
            parts.add(view.baselined() + " baselined");
        }
        if (r.catalog() != null && !r.catalog().version().isEmpty()) {
            parts.add("catalog " + text(r.catalog().version()));
        }
        if (r.asOf() != null) {
            parts.add("as of " + r.asOf());
        }
        String hidden = !r.noIgnores() && view.hidden() > 0 ? ". Suppressed and baselined findings are not listed." : "";
        return String.join(" · ", parts) + hidden;
    }

    private static String details(TokenDefinition token, ReportView view) {
        Optional<LeastPrivilege> verdict = view.verdict(token);
        List<ApiCall> calls = view.result().bindings().callsOf(token);
        List<Finding> findings = view.shownFor(token);
        StringBuilder b = new StringBuilder();
        b.append("<details>\n<summary><code>").append(inHtml(token.name())).append("</code>: ")
                .append(ReportView.plural(token.scopes().size(), "scope")).append(", ")
                .append(ReportView.plural(calls.size(), "call")).append(", ")
                .append(ReportView.plural(findings.size(), "finding")).append("</summary>\n\n");
        b.append("- Defined at ").append(text(token.location().toString())).append('\n');
        b.append("- Granted: ").append(list(token.scopeIds())).append('\n');
        verdict.ifPresent(v -> {
            b.append("- Needed: ").append(list(v.needed())).append('\n');
            b.append("- Recommended (least privilege): ").append(list(v.recommended())).append('\n');
            b.append("- Unused: ").append(list(v.unused())).append('\n');
        });
        if (!calls.isEmpty()) {
            b.append("- Calls:\n");
            for (ApiCall c : calls) {
                b.append("  - ").append(text(c.endpoint())).append(" at ").append(text(c.location().toString()))
                        .append('\n');
            }
        }
        if (!findings.isEmpty()) {
            b.append("- Findings:\n");
            for (Finding f : findings) {
                b.append("  - ").append(f.severity().id()).append(' ').append(text(f.ruleId())).append(": ")
                        .append(text(f.message())).append('\n');
            }
        }
        b.append("\n</details>\n");
        return b.toString();
    }

    private static String list(Collection<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids.stream().map(MarkdownReporter::text).toList());
    }

    private static String statusOf(Finding f) {
        return f.status() == FindingStatus.OPEN ? "open" : f.status().id()
                + (f.reason() == null || f.reason().isBlank() ? "" : ": " + text(f.reason()));
    }

    private static String icon(Severity s) {
        return switch (s) {
            case ERROR -> "🔴";
            case WARNING -> "🟡";
            case NOTE -> "🔵";
        };
    }

    /**
     * Text from the input inside an HTML block: HTML-escaped, and markdown punctuation as
     * character references so no renderer can read it as a link or emphasis.
     */
    static String inHtml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : Html.escape(s).toCharArray()) {
            switch (c) {
                case '[', ']', '(', ')', '*', '_', '`', '|', '~', '\\', '!' -> b.append("&#").append((int) c).append(';');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Text from the input, safe in a table cell and a list item: markdown punctuation and HTML
     * are backslash-escaped, line breaks become spaces.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '!', '#' -> b.append('\\').append(c);
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
