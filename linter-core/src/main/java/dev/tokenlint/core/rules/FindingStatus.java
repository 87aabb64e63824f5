package dev.tokenlint.core.rules;

/** Whether a finding counts, or was accepted through a suppression or the baseline. */
public enum FindingStatus {
    /** Counts towards {@code --fail-on}. */
    OPEN,
    /** Silenced by the config's {@code suppress} list or {@code @SuppressWarnings}. */
    SUPPRESSED,
    /** Accepted in the baseline file. */
    BASELINED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
