package dev.tokenlint.core.init;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.privilege.LeastPrivilegeSolver;
import dev.tokenlint.core.scan.ApiCall;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code tokenlint init} writes for a code base without a config: one token per source
 * area that calls the Dynatrace API, each with the least-privilege scopes its calls need and
 * {@code usedBy} globs for the area, as a commented {@code tokenlint.yaml}.
 *
 * <p>Areas: in a multi-module build (calls under more than one {@code <module>/src/} folder)
 * each module is an area; otherwise the packages of the calling classes are cut below their
 * common prefix, so {@code com.acme.metrics.*} and {@code com.acme.alerts.*} become the areas
 * {@code metrics} and {@code alerts}. A call outside any package (a Spring Boot properties file)
 * is an area of its own file. Tokens are named {@code <project>-<area>} in kebab case.
 *
 * <p>The output depends only on the calls, the catalog and the project name: no dates, no
 * absolute paths, everything sorted.
 */
public final class StarterConfig {

    private static final String DEFAULT_AREA = "api";

    /** The commented {@code tokenlint.yaml} text for {@code calls}. */
    public String render(List<ApiCall> calls, PermissionCatalog catalog, String projectName) {
        List<ProposedToken> tokens = propose(calls, catalog, projectName);
        StringBuilder y = new StringBuilder();
        String project = projectName == null || projectName.isBlank() ? "this project" : projectName.strip();
        y.append("# tokenlint.yaml for ").append(oneLine(project)).append(", written by `tokenlint init` from the\n");
        y.append("# Dynatrace API calls found in the code: one token per source area that calls the API,\n");
        y.append("# each with the least-privilege scopes those calls need. Review the names, set an owner,\n");
        y.append("# create each token in Dynatrace with exactly these scopes, then run `tokenlint scan`.\n");
        if (tokens.isEmpty()) {
            y.append("# No Dynatrace API calls were found, so no token is proposed.\n");
            y.append("tokens: []\n");
            return y.toString();
        }
        y.append("tokens:\n");
        for (ProposedToken token : tokens) {
            renderToken(y, token, catalog);
        }
        return y.toString();
    }

    /** The tokens {@link #render} writes, sorted by name. */
    public List<ProposedToken> propose(List<ApiCall> calls, PermissionCatalog catalog, String projectName) {
        List<ApiCall> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(ApiCall::location));
        LeastPrivilegeSolver solver = new LeastPrivilegeSolver(catalog);
        String prefix = kebab(projectName == null ? "" : projectName);
        Set<String> taken = new HashSet<>();
        List<ProposedToken> out = new ArrayList<>();
        for (AreaCalls area : areas(sorted).values()) {
            String name = uniqueName(tokenName(prefix, area.name), taken);
            out.add(new ProposedToken(name, area.globs, solver.recommend(area.calls), area.calls));
        }
        out.sort(Comparator.comparing(ProposedToken::name));
        return out;
    }

    private static void renderToken(StringBuilder y, ProposedToken token, PermissionCatalog catalog) {
        y.append("  - name: ").append(token.name()).append('\n');
        long resolved = token.calls().stream().filter(c -> c.operation() != null).count();
        y.append("    # ").append(token.calls().size()).append(token.calls().size() == 1 ? " call" : " calls")
                .append(" in this area").append(resolved == token.calls().size() ? "" : ", " + resolved + " of them resolved")
                .append('\n');
        if (token.scopes().isEmpty()) {
            y.append("    scopes: []\n");
        } else {
            y.append("    scopes:\n");
            int width = token.scopes().stream().mapToInt(String::length).max().orElse(0);
            for (String scope : token.scopes()) {
                y.append("      - ").append(scope).append(" ".repeat(width - scope.length()))
                        .append("   # ").append(String.join(", ", endpointsUsing(scope, token.calls()))).append('\n');
            }
        }
        for (String scope : token.scopes()) {
            RiskClass risk = catalog.scope(scope).map(Scope::risk).orElse(null);
            if (risk == RiskClass.WRITE || risk == RiskClass.ADMIN) {
                y.append("    # ").append(scope).append(" is a ").append(risk.id())
                        .append(" scope: write why under justify, e.g. justify: { ").append(scope)
                        .append(": \"...\" }\n");
            }
        }
        y.append("    usedBy:\n");
        for (String glob : token.usedBy()) {
            y.append("      - ").append(quoted(glob)).append('\n');
        }
        y.append("    # env: ").append(envName(token.name()))
                .append("   # or bind by the variable or property the code reads the token from\n");
        y.append("    # owner: your-team\n");
        y.append("    expiresIn: 90d\n");
        List<ApiCall> unknown = token.calls().stream().filter(c -> c.operation() == null).toList();
        if (!unknown.isEmpty()) {
            y.append("    # Not counted above (path not resolved or not in the catalog); check these by hand:\n");
            for (ApiCall call : unknown) {
                y.append("    #   ").append(call.location()).append('\n');
            }
        }
    }

    /** Distinct endpoints of {@code calls} that {@code scope} serves, sorted. */
    private static List<String> endpointsUsing(String scope, List<ApiCall> calls) {
        SortedSet<String> endpoints = new TreeSet<>();
        for (ApiCall call : calls) {
            Operation op = call.operation();
            if (op != null && (op.scopes().contains(scope) || op.anyScope())) {
                endpoints.add(op.endpoint());
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** The calls grouped into areas, keyed (and so ordered) by area name. */
    private static Map<String, AreaCalls> areas(List<ApiCall> calls) {
        Map<String, AreaCalls> areas = new TreeMap<>();
        List<SourcePlace> places = calls.stream().map(SourcePlace::of).toList();
        Set<String> modules = new TreeSet<>();
        for (SourcePlace p : places) {
            if (p.module != null) {
                modules.add(p.module);
            }
        }
        if (modules.size() > 1) {
            for (SourcePlace p : places) {
                String name;
                String glob;
                if (p.module != null) {
                    name = p.module.isEmpty() ? DEFAULT_AREA : lastSegment(p.module);
                    glob = p.module + "src/**";
                } else {
                    name = baseName(p.file);
                    glob = p.file;
                }
                areas.computeIfAbsent(name, AreaCalls::new).add(p.call, glob);
            }
            return areas;
        }
        List<String> common = commonPackagePrefix(places);
        boolean single = places.stream().filter(p -> p.pkg != null)
                .map(p -> areaKey(p, common)).distinct().count() <= 1;
        for (SourcePlace p : places) {
            if (p.pkg == null) {
                areas.computeIfAbsent(baseName(p.file), AreaCalls::new).add(p.call, p.file);
                continue;
            }
            String key = areaKey(p, common);
            String commonPath = String.join("/", common);
            String base = p.sourceRoot + commonPath + (commonPath.isEmpty() ? "" : "/");
            String name;
            String glob;
            if (single) {
                name = key.isEmpty() ? (common.isEmpty() ? DEFAULT_AREA : common.get(common.size() - 1)) : key;
                glob = base + "**";
            } else if (key.isEmpty()) {
                name = common.isEmpty() ? DEFAULT_AREA : common.get(common.size() - 1);
                glob = base + "*.java";
            } else {
                name = key;
                glob = base + key + "/**";
            }
            areas.computeIfAbsent(name, AreaCalls::new).add(p.call, glob);
        }
        return areas;
    }

    /** The first package segment below the common prefix, or empty when the class sits in the prefix itself. */
    private static String areaKey(SourcePlace p, List<String> common) {
        return p.pkg.size() > common.size() ? p.pkg.get(common.size()) : "";
    }

    private static List<String> commonPackagePrefix(List<SourcePlace> places) {
        List<String> common = null;
        for (SourcePlace p : places) {
            if (p.pkg == null) {
                continue;
            }
            if (common == null) {
                common = new ArrayList<>(p.pkg);
                continue;
            }
            int i = 0;
            while (i < common.size() && i < p.pkg.size() && common.get(i).equals(p.pkg.get(i))) {
                i++;
            }
            common = new ArrayList<>(common.subList(0, i));
        }
        return common == null ? List.of() : common;
    }

    private static String tokenName(String projectPrefix, String area) {
        String a = kebab(area);
        if (projectPrefix.isEmpty()) {
            return a.isEmpty() ? "dynatrace-" + DEFAULT_AREA : a;
        }
        if (projectPrefix.endsWith("-" + a)) {
            return projectPrefix;
        }
        if (a.isEmpty() || a.equals(projectPrefix) || a.startsWith(projectPrefix + "-")) {
            return a.isEmpty() ? projectPrefix + "-" + DEFAULT_AREA : a;
        }
        return projectPrefix + "-" + a;
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    /** {@code metricsExporter}, {@code Metrics_Exporter}, {@code metrics exporter} -> {@code metrics-exporter}. */
    static String kebab(String text) {
        String spaced = text.strip().replaceAll("([a-z0-9])([A-Z])", "$1-$2");
        return spaced.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String envName(String tokenName) {
        return "DT_" + tokenName.toUpperCase(Locale.ROOT).replace('-', '_') + "_TOKEN";
    }

    private static String baseName(String file) {
        String name = lastSegment(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lastSegment(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    /** The calls of one area and the globs that cover their files. */
    private static final class AreaCalls {
        private final String name;
        private final SortedSet<String> globs = new TreeSet<>();
        private final List<ApiCall> calls = new ArrayList<>();

        AreaCalls(String name) {
            this.name = name;
        }

        void add(ApiCall call, String glob) {
            calls.add(call);
            globs.add(glob);
        }
    }

    /**
     * Where a call's file sits: its module folder (the part before {@code src/}, null when the
     * path has no {@code src/} folder), the source root its package folders start under, and
     * its package (null when the class has none or the file is not under its package folders).
     */
    private record SourcePlace(ApiCall call, String file, String module, String sourceRoot, List<String> pkg) {

        static SourcePlace of(ApiCall call) {
            String file = call.location().file();
            int src = file.startsWith("src/") ? 0 : file.indexOf("/src/") + 1;
            String module = src > 0 || file.startsWith("src/") ? file.substring(0, src) : null;
            int slash = file.lastIndexOf('/');
            String dir = slash < 0 ? "" : file.substring(0, slash);
            String className = call.className();
            int dot = className.lastIndexOf('.');
            String pkgPath = dot <= 0 ? "" : className.substring(0, dot).replace('.', '/');
            if (!pkgPath.isEmpty() && dir.equals(pkgPath)) {
                return new SourcePlace(call, file, module, "", Arrays.asList(pkgPath.split("/")));
            }
            if (!pkgPath.isEmpty() && dir.endsWith("/" + pkgPath)) {
                String root = dir.substring(0, dir.length() - pkgPath.length());
                return new SourcePlace(call, file, module, root, Arrays.asList(pkgPath.split("/")));
            }
            return fromJavaFolder(call, file, module, dir);
        }

        /** Without a usable class name, a Java file's folders below {@code .../java/} are its package. */
        private static SourcePlace fromJavaFolder(ApiCall call, String file, String module, String dir) {
            int java = (dir + "/").indexOf("java/");
            boolean atSegment = java == 0 || java > 0 && dir.charAt(java - 1) == '/';
            if (!file.endsWith(".java") || !atSegment || java + 5 > dir.length()) {
                return new SourcePlace(call, file, module, "", null);
            }
            String root = dir.substring(0, java + 5);
            return new SourcePlace(call, file, module, root, Arrays.asList(dir.substring(java + 5).split("/")));
        }
    }
}
