package dev.tokenlint.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a rule's markdown documentation page the way reports need it: the first paragraph of a
 * named section ("What it detects", "How to fix"), as plain text. Pages are written by the rule
 * pack with {@code #}-style headings; a missing section yields an empty string.
 */
final class RuleDoc {

    private final String markdown;

    RuleDoc(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
    }

    String markdown() {
        return markdown;
    }

    /** The first paragraph under the heading whose text starts with {@code title}, ignoring case. */
    String firstParagraph(String title) {
        List<String> lines = markdown.lines().toList();
        String wanted = title.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lines.size() && !isHeading(lines.get(i), wanted)) {
            i++;
        }
        if (i == lines.size()) {
            return "";
        }
        i++;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        List<String> paragraph = new ArrayList<>();
        boolean fenced = i < lines.size() && lines.get(i).strip().startsWith("```");
        while (i < lines.size() && !lines.get(i).isBlank() && !isAnyHeading(lines.get(i)) && !fenced) {
            paragraph.add(lines.get(i).strip());
            i++;
        }
        return plain(String.join(" ", paragraph));
    }

    private static boolean isHeading(String line, String wanted) {
        if (!isAnyHeading(line)) {
            return false;
        }
        String text = line.replaceFirst("^\\s*#+\\s*", "").strip().toLowerCase(Locale.ROOT);
        return text.startsWith(wanted);
    }

    private static boolean isAnyHeading(String line) {
        return line.stripLeading().startsWith("#");
    }

    /** Markdown emphasis and code marks removed: the result is shown as text. */
    private static String plain(String s) {
        return s.replace("`", "").replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*(.+?)\\*(?![\\w*])", "$1")
                .replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1");
    }
}
