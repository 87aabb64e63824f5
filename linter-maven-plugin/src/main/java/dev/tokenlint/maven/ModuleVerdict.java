package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one module's goal reports: the result its reports are written from, and the findings as the
 * build log lists them, with paths relative to the module. They differ only in the module that reports
 * a shared config's verdicts: its reports hold the whole config's view, with paths from the config's
 * folder ({@code module-a/src/...}, {@code tokenlint.yaml}), while its log names every file from the
 * module ({@code ../tokenlint.yaml}), as every module's log does.
 *
 * @param report     the result the reports are written from
 * @param reportRoot the folder the report's paths are relative to
 * @param logged     the findings of {@code report} as the log lists them
 */
record ModuleVerdict(LintResult report, Path reportRoot, List<Finding> logged) {

    ModuleVerdict {
        logged = List.copyOf(logged);
    }

    /** A module's own result: its reports and its log name files alike. */
    static ModuleVerdict of(LintResult result, Path basedir) {
        return new ModuleVerdict(result, basedir, result.findings());
    }

    /** {@code f} with its file (and related files) renamed by {@code rename}; its fingerprint stays. */
    static Finding renamed(Finding f, UnaryOperator<String> rename) {
        return new Finding(f.ruleId(), f.severity(), f.message(), renamed(f.location(), rename), f.token(), f.scope(),
                f.endpoint(), f.fingerprint(), f.status(), f.reason(), f.related().stream()
                .map(r -> new dev.tokenlint.core.scan.RelatedLocation(renamed(r.location(), rename), r.note()))
                .toList());
    }

    private static Location renamed(Location l, UnaryOperator<String> rename) {
        return l.file().isEmpty() ? l : new Location(rename.apply(l.file()), l.line(), l.column());
    }
}
