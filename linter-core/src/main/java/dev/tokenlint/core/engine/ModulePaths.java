package dev.tokenlint.core.engine;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.RelatedLocation;
import java.nio.file.Path;

/**
 * Names a module's files from the root of a config it shares with other modules: a call that a run of
 * the module alone places in {@code src/main/java/A.java} is {@code module-b/src/main/java/A.java} from
 * the config's root, so the calls of several modules can stand side by side without two of them having
 * the same path. Used by {@link LintEngine#runShared}.
 */
final class ModulePaths {

    private final String prefix;

    /** @param root the folder shared paths are relative to; {@code module} the module's own root */
    ModulePaths(Path root, Path module) {
        Path from = root.toAbsolutePath().normalize();
        Path to = module.toAbsolutePath().normalize();
        String rel = from.relativize(to).toString().replace('\\', '/');
        this.prefix = rel.isEmpty() ? "" : rel + "/";
    }

    /** {@code call} with its location and related locations named from the shared root. */
    ApiCall of(ApiCall call) {
        if (prefix.isEmpty()) {
            return call;
        }
        return new ApiCall(call.method(), call.path(), call.operation(), call.resolution(), of(call.location()),
                call.className(), call.client(),
                call.related().stream().map(r -> new RelatedLocation(of(r.location()), r.note())).toList());
    }

    private Location of(Location l) {
        // an absolute path (a file outside the module's root) stays as it is
        if (l.file().startsWith("/") || l.file().isEmpty()) {
            return l;
        }
        return new Location(prefix + l.file(), l.line(), l.column());
    }
}
