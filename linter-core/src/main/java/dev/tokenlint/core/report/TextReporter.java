package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The console format: one compiler-style line per finding
 * ({@code file:line:col: severity rule-id: message}), then a short summary grouped by severity
 * and rule. A run with nothing to report prints a single line. Colour only when
 * {@link ReportOptions#colour()} says the output is a terminal.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        ReportView view = new ReportView(result);
        Paint paint = new Paint(options.colour());
        List<Finding> shown = view.shown();
        String counted = ReportView.plural(view.tokenCount(), "token") + ", "
                + ReportView.plural(view.callCount(), "call");
        if (shown.isEmpty()) {
            String hidden = hiddenNote(view);
            out.write(paint.apply(GREEN, "tokenlint: no findings") + " (" + counted
                    + (hidden.isEmpty() ? "" : "; " + hidden) + ")\n");
            return;
        }
        for (Finding f : shown) {
            out.write(line(f, paint, options.width()));
            out.write('\n');
        }
        out.write('\n');
        out.write(headline(view, paint) + " (" + counted + ")\n");
        List<ReportView.RuleCount> rules = view.openRuleCounts();
        int idWidth = rules.stream().mapToInt(r -> r.ruleId().length()).max().orElse(0);
        for (ReportView.RuleCount r : rules) {
            String sev = pad(r.severity().id(), 8);
            out.write("  " + paint.apply(colourOf(r.severity()), sev) + pad(r.ruleId(), idWidth) + "  "
                    + r.count() + "\n");
        }
        String hidden = view.suppressed() + view.baselined() == 0 ? "" : statusNote(view);
        if (!hidden.isEmpty()) {
            out.write("  " + paint.apply(DIM, hidden) + "\n");
        }
    }

    /**
     * One finding, compiler style; suppressed and baselined ones (auditor runs) say so at the end.
     * With a terminal width the message wraps under an indent, so the location stays the first
     * thing on the line and the text stays readable at 80 columns; files and pipes (width 0) get
     * one line per finding for grep and IDEs.
     */
    private static String line(Finding f, Paint paint, int width) {
        String prefix = f.location() + ": " + f.severity().id() + " " + f.ruleId() + ": ";
        String message = oneLine(f.message());
        String mark = f.status() == FindingStatus.OPEN ? "" : " [" + f.status().id()
                + (f.reason() == null || f.reason().isBlank() ? "" : ": " + oneLine(f.reason())) + "]";
        StringBuilder b = new StringBuilder();
        b.append(paint.apply(BOLD, f.location().toString())).append(": ");
        b.append(paint.apply(colourOf(f.severity()), f.severity().id())).append(' ');
        b.append(f.ruleId()).append(':');
        if (width <= 0 || prefix.length() + message.length() + mark.length() <= width) {
            return b.append(' ').append(message).append(paint.apply(DIM, mark)).toString();
        }
        List<String> lines = wrap(message + mark, width - INDENT.length(), width - prefix.length());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n').append(INDENT);
            } else if (!lines.get(0).isEmpty()) {
                b.append(' ');
            }
            b.append(lines.get(i));
        }
        return b.toString();
    }

    private static final String INDENT = "    ";

    /** Greedy word wrap; the first line has {@code firstWidth} columns (or none: then it starts empty). */
    static List<String> wrap(String text, int width, int firstWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int limit = firstWidth < 20 ? 0 : firstWidth;
        if (limit == 0) {
            lines.add("");
            limit = width;
        }
        for (String word : text.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > limit) {
                lines.add(current.toString());
                current.setLength(0);
                limit = width;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static String headline(ReportView view, Paint paint) {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            long n = view.open(s);
            if (n > 0) {
                parts.add(paint.apply(colourOf(s), ReportView.plural(n, s.id())));
            }
        }
        return "tokenlint: " + (parts.isEmpty() ? "no open findings" : String.join(", ", parts));
    }

    /** "1 suppressed, 2 baselined" plus whether they were listed. */
    private static String statusNote(ReportView view) {
        return counts(view) + (view.result().noIgnores() ? " (listed above, marked)" : " (not shown)");
    }

    private static String hiddenNote(ReportView view) {
        return view.hidden() == 0 ? "" : counts(view) + " not shown";
    }

    private static String counts(ReportView view) {
        List<String> parts = new ArrayList<>();
        if (view.suppressed() > 0) {
            parts.add(view.suppressed() + " suppressed");
        }
        if (view.baselined() > 0) {
            parts.add(view.baselined() + " baselined");
        }
        return String.join(", ", parts);
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case NOTE -> CYAN;
        };
    }

    /** Messages are one line by contract; a stray line break would split a compiler-style line. */
    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** ANSI styling that is a no-op when colour is off. */
    private record Paint(boolean on) {
        String apply(String style, String text) {
            return on ? style + text + RESET : text;
        }
    }
}
