package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.Resolved.Piece;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.EnumAccess;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@link StrExpr}s across the source set: {@code static final} constants by simple
 * and qualified name (same file, imports, static imports, inherited interface constants),
 * enum constants read through accessors, concatenation, {@code String.format} and
 * {@code MessageFormat.format}, and {@code URI.resolve}. What stays unknown becomes a named hole.
 */
final class ConstantResolver {

    private static final int MAX_DEPTH = 30;
    private static final Pattern JAVA_FORMAT = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");
    private static final Pattern MESSAGE_FORMAT = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

    /** A constant with the file and type that declare it. */
    record Entry(ConstantDef def, FileFacts file, TypeInfo owner) {
    }

    private final Map<String, FileFacts> filesByName = new HashMap<>();
    private final Map<String, Entry> byQualified = new HashMap<>();
    private final Map<String, List<Entry>> byTypeAndName = new HashMap<>();
    private final Map<String, List<Entry>> byFileAndName = new HashMap<>();
    private final Set<String> missingTypes = new TreeSet<>();
    /** {@code name/arity} to the methods of that shape that return a readable value. */
    private final Map<String, List<ReturnEntry>> returns = new HashMap<>();
    private final TypeHierarchy types;

    /** File and field name to the values the code itself gives that field. */
    private final Map<String, List<FieldValue>> paramFreeWrites = new HashMap<>();

    /** A method's return value with the file that declares it. */
    record ReturnEntry(FileFacts.MethodReturn method, FileFacts file) {
    }

    ConstantResolver(List<FileFacts> files) {
        types = new TypeHierarchy(files);
        for (FileFacts f : files) {
            filesByName.put(f.file(), f);
            Map<String, TypeInfo> types = new HashMap<>();
            for (TypeInfo t : f.types()) {
                types.put(t.qualifiedName(), t);
            }
            for (ConstantDef c : f.constants()) {
                TypeInfo owner = types.get(c.owner());
                Entry e = new Entry(c, f, owner);
                byQualified.putIfAbsent(c.owner() + "." + c.name(), e);
                String simple = c.owner().substring(c.owner().lastIndexOf('.') + 1);
                byTypeAndName.computeIfAbsent(simple + "." + c.name(), k -> new ArrayList<>()).add(e);
                byFileAndName.computeIfAbsent(f.file() + "#" + c.name(), k -> new ArrayList<>()).add(e);
            }
        }
        byTypeAndName.values().forEach(l -> l.sort(Comparator.comparing(e -> e.file().file())));
        for (FileFacts f : files) {
            for (FileFacts.MethodReturn r : f.returns()) {
                returns.computeIfAbsent(r.name() + "/" + r.params().size(), k -> new ArrayList<>())
                        .add(new ReturnEntry(r, f));
            }
        }
        returns.values().forEach(l -> l.sort(Comparator.comparing(e -> e.file().file())));
        for (FileFacts f : files) {
            Map<String, Set<FieldValue>> values = new HashMap<>();
            for (FileFacts.FieldWrite w : f.fieldWrites()) {
                if (!hasParam(w.value())) {
                    values.computeIfAbsent(w.field(), k -> new java.util.LinkedHashSet<>())
                            .add(new FieldValue(w.value(), List.of(), List.of()));
                    continue;
                }
                for (FileFacts.Invocation inv : ownCalls(f, w)) {
                    values.computeIfAbsent(w.field(), k -> new java.util.LinkedHashSet<>())
                            .add(new FieldValue(w.value(), w.params(), inv.args()));
                }
            }
            values.forEach((field, vs) -> paramFreeWrites.put(f.file() + "#" + field, List.copyOf(vs)));
        }
    }

    /**
     * A value the code itself gives a field: assigned as it is ({@code params} empty), or assigned in
     * a method of the class from its parameters and that method called by the class with {@code args}
     * that take no parameter ({@code updateBaseUri("https://...")} in a constructor).
     */
    private record FieldValue(StrExpr value, List<String> params, List<StrExpr> args) {
    }

    /**
     * Calls, in the class's own file, of the method that makes write {@code w}, with arguments that
     * take no parameter of their caller: the class sets its own fields through that method.
     */
    private static List<FileFacts.Invocation> ownCalls(FileFacts f, FileFacts.FieldWrite w) {
        MethodKey key = w.enclosingMethod();
        if (key.isNone()) {
            return List.of();
        }
        List<FileFacts.Invocation> out = new ArrayList<>();
        for (FileFacts.Invocation inv : f.invocations()) {
            if (inv.name().equals(key.name()) && inv.args().size() == key.arity() && key.arity() == w.params().size()
                    && inv.receiverType().equals(w.type()) && !inv.enclosingMethod().equals(key)
                    && inv.args().stream().noneMatch(ConstantResolver::hasParam)) {
                out.add(inv);
            }
        }
        return out;
    }

    private static boolean hasParam(StrExpr e) {
        if (e instanceof Hole h) {
            return h.param();
        }
        return e.children().stream().anyMatch(ConstantResolver::hasParam);
    }

    /**
     * A field that is not a constant but is given one value by the code itself (a default set in a
     * constructor, directly or through a method of the class that the class calls with a value of its
     * own, beside setters that take a caller's value): that value. A setter's value comes
     * from a caller, usually configuration, so the default is what the code determines.
     */
    private Optional<Resolved> defaultFieldValue(String name, FileFacts file, int depth, Set<Object> visiting) {
        if (name.indexOf('.') >= 0) {
            return Optional.empty();
        }
        List<FieldValue> values = paramFreeWrites.get(file.file() + "#" + name);
        if (values == null || values.size() != 1) {
            return Optional.empty();
        }
        String key = "field " + file.file() + "#" + name;
        if (!visiting.add(key)) {
            return Optional.empty();
        }
        try {
            FieldValue v = values.get(0);
            Map<String, Resolved> bound = new HashMap<>();
            for (int i = 0; i < v.params().size(); i++) {
                bound.put(v.params().get(i), resolve(v.args().get(i), file, Map.of(), depth, visiting));
            }
            return Optional.of(resolve(v.value(), file, bound, depth, visiting));
        } finally {
            visiting.remove(key);
        }
    }

    /**
     * The method a call reaches: of the methods with its name and arity, one of the receiver's
     * type or a type related to it (same file first, then one the caller's file can name without a
     * qualifier: imported or in its package, as several modules of one code base each have their
     * own {@code ApiClient}); with no related one, the only one there is.
     */
    private Optional<ReturnEntry> method(StrExpr.Call call, FileFacts from) {
        List<ReturnEntry> candidates = returns.get(call.name() + "/" + call.args().size());
        if (candidates == null) {
            return Optional.empty();
        }
        ReturnEntry related = null;
        ReturnEntry visible = null;
        for (ReturnEntry e : candidates) {
            String type = e.method().type();
            if (!call.receiver().isEmpty() && types.related(call.receiver(), type)) {
                if (e.file().file().equals(from.file())) {
                    return Optional.of(e);
                }
                if (visible == null && visibleFrom(e.file(), type, from)) {
                    visible = e;
                }
                if (related == null) {
                    related = e;
                }
            }
        }
        if (visible != null) {
            return Optional.of(visible);
        }
        if (related != null) {
            return Optional.of(related);
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Whether {@code from} names the type {@code simpleName} of {@code declaring} by its simple name. */
    private static boolean visibleFrom(FileFacts declaring, String simpleName, FileFacts from) {
        if (declaring.packageName().equals(from.packageName())) {
            return true;
        }
        String qualified = declaring.packageName().isEmpty() ? simpleName : declaring.packageName() + "." + simpleName;
        return from.imports().contains(qualified) || from.imports().contains(declaring.packageName() + ".*");
    }

    private Resolved call(StrExpr.Call call, FileFacts file, Map<String, Resolved> params, int depth,
                          Set<Object> visiting) {
        Optional<ReturnEntry> m = method(call, file);
        if (m.isEmpty()) {
            return Resolved.hole(call.hole());
        }
        FileFacts.MethodReturn r = m.get().method();
        MethodKey key = r.key();
        if (!visiting.add(key)) {
            return Resolved.hole(call.hole()); // recursion
        }
        try {
            Map<String, Resolved> bound = new HashMap<>();
            for (int i = 0; i < r.params().size(); i++) {
                bound.put(r.params().get(i), resolve(call.args().get(i), file, params, depth, visiting));
            }
            Resolved v = resolve(r.value(), m.get().file(), bound, depth, visiting);
            boolean sameFile = m.get().file().file().equals(file.file());
            return v.withKind(sameFile ? Resolution.CONSTANT : Resolution.CROSS_FILE_CONSTANT, m.get().file().file());
        } finally {
            visiting.remove(key);
        }
    }

    /** Type names that references asked for but no scanned file declares (candidates for a second parse round). */
    Set<String> missingTypes() {
        return missingTypes;
    }

    /** The source set's types, as this resolver relates a call's receiver to the methods it may reach. */
    TypeHierarchy types() {
        return types;
    }

    FileFacts file(String name) {
        return filesByName.get(name);
    }

    /** Resolves {@code e} as written in {@code file}; {@code params} binds method parameters to values. */
    Resolved resolve(StrExpr e, FileFacts file, Map<String, Resolved> params) {
        return resolve(e, file, params, 0, new HashSet<>());
    }

    private Resolved resolve(StrExpr e, FileFacts file, Map<String, Resolved> params, int depth, Set<Object> visiting) {
        if (depth > MAX_DEPTH) {
            return Resolved.hole("value");
        }
        int d = depth + 1;
        if (e instanceof Lit l) {
            return Resolved.text(l.value());
        }
        if (e instanceof Hole h) {
            Resolved bound = h.param() ? params.get(h.name()) : null;
            return bound != null ? bound : Resolved.hole(h.name());
        }
        if (e instanceof Scoped s) {
            FileFacts other = filesByName.get(s.file());
            return resolve(s.expr(), other == null ? file : other, params, d, visiting);
        }
        if (e instanceof Concat c) {
            List<Resolved> parts = new ArrayList<>();
            for (StrExpr p : c.parts()) {
                parts.add(resolve(p, file, params, d, visiting));
            }
            Resolution kind = c.builder() ? Resolution.BUILDER : c.parts().size() > 1 ? Resolution.CONCATENATION : null;
            return Resolved.join(parts, kind);
        }
        if (e instanceof Format f) {
            return format(f, file, params, d, visiting);
        }
        if (e instanceof Resolve r) {
            return uriResolve(resolve(r.base(), file, params, d, visiting), resolve(r.ref(), file, params, d, visiting));
        }
        if (e instanceof StrExpr.UriPart u) {
            return UriParts.part(resolve(u.uri(), file, params, d, visiting), u.part());
        }
        if (e instanceof Ref r) {
            Optional<Entry> entry = lookup(r.name(), file);
            if (entry.isPresent() && entry.get().def().value() != null) {
                return constant(entry.get(), entry.get().def().value(), file, d, visiting);
            }
            if (entry.isPresent() && entry.get().def().value() == null) {
                // an enum constant used as text: what its toString() returns, else its name
                Integer index = entry.get().owner() == null ? null
                        : entry.get().owner().enumAccessors().get("toString");
                List<StrExpr> args = entry.get().def().enumArgs();
                if (index != null && index < args.size()) {
                    return constant(entry.get(), args.get(index), file, d, visiting);
                }
                return Resolved.text(entry.get().def().name()).withKind(Resolution.CONSTANT, entry.get().file().file());
            }
            if (entry.isEmpty()) {
                Optional<Resolved> viaEnum = enumField(r.name(), file, d, visiting);
                if (viaEnum.isPresent()) {
                    return viaEnum.get();
                }
                Optional<Resolved> viaField = defaultFieldValue(r.name(), file, d, visiting);
                if (viaField.isPresent()) {
                    return viaField.get();
                }
            }
            return Resolved.hole(lastSegment(r.name()));
        }
        if (e instanceof StrExpr.Call call) {
            return call(call, file, params, d, visiting);
        }
        if (e instanceof EnumAccess a) {
            return enumAccess(a.constant(), a.member(), file, d, visiting).orElse(Resolved.hole(a.member()));
        }
        return Resolved.hole("value");
    }

    private Resolved constant(Entry entry, StrExpr value, FileFacts from, int depth, Set<Object> visiting) {
        String key = entry.def().owner() + "." + entry.def().name();
        if (!visiting.add(key)) {
            return Resolved.hole(entry.def().name());
        }
        try {
            Resolved v = resolve(value, entry.file(), Map.of(), depth, visiting);
            boolean sameFile = entry.file().file().equals(from.file());
            return v.withKind(sameFile ? Resolution.CONSTANT : Resolution.CROSS_FILE_CONSTANT, entry.file().file());
        } finally {
            visiting.remove(key);
        }
    }

    /** {@code Type.CONST.field}: an enum constant's constructor argument read as a field. */
    private Optional<Resolved> enumField(String name, FileFacts file, int depth, Set<Object> visiting) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return enumAccess(name.substring(0, dot), name.substring(dot + 1), file, depth, visiting);
    }

    private Optional<Resolved> enumAccess(String constant, String member, FileFacts file, int depth,
                                          Set<Object> visiting) {
        Optional<Entry> entry = lookup(constant, file);
        if (entry.isEmpty() || entry.get().def().value() != null) {
            if (entry.isPresent()) {
                return Optional.of(constant(entry.get(), entry.get().def().value(), file, depth, visiting));
            }
            return Optional.empty();
        }
        List<StrExpr> args = entry.get().def().enumArgs();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Integer index = entry.get().owner() == null ? null : entry.get().owner().enumAccessors().get(member);
        StrExpr chosen;
        if (index != null && index < args.size()) {
            chosen = args.get(index);
        } else if (args.size() == 1) {
            chosen = args.get(0);
        } else {
            return Optional.empty();
        }
        return Optional.of(constant(entry.get(), chosen, file, depth, visiting));
    }

    /** Finds the constant {@code name} (simple, {@code Type.NAME} or qualified) as seen from {@code file}. */
    Optional<Entry> lookup(String name, FileFacts file) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            List<Entry> local = byFileAndName.get(file.file() + "#" + name);
            if (local != null && !local.isEmpty()) {
                return Optional.of(local.get(0));
            }
            for (String si : file.staticImports()) {
                if (si.endsWith("." + name)) {
                    Entry e = byQualified.get(si);
                    if (e != null) {
                        return Optional.of(e);
                    }
                    noteMissing(si.substring(0, si.length() - name.length() - 1));
                } else if (si.endsWith(".*")) {
                    Entry e = byQualified.get(si.substring(0, si.length() - 1) + name);
                    if (e != null) {
                        return Optional.of(e);
                    }
                    noteMissing(si.substring(0, si.length() - 2));
                }
            }
            for (TypeInfo t : file.types()) {
                for (String s : t.supertypes()) {
                    Optional<Entry> inherited = byType(s, name, file);
                    if (inherited.isPresent()) {
                        return inherited;
                    }
                    noteMissing(s);
                }
            }
            return Optional.empty();
        }
        String typePart = name.substring(0, dot);
        String member = name.substring(dot + 1);
        Entry exact = byQualified.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (!file.packageName().isEmpty()) {
            Entry samePkg = byQualified.get(file.packageName() + "." + name);
            if (samePkg != null) {
                return Optional.of(samePkg);
            }
        }
        String first = typePart.contains(".") ? typePart.substring(0, typePart.indexOf('.')) : typePart;
        for (String imp : file.imports()) {
            if (imp.endsWith("." + first)) {
                Entry e = byQualified.get(imp + typePart.substring(first.length()) + "." + member);
                if (e != null) {
                    return Optional.of(e);
                }
            }
        }
        // Nested types of this file's own types: Outer.Inner.NAME written as Inner.NAME.
        Optional<Entry> bySimple = byType(lastSegment(typePart), member, file);
        if (bySimple.isEmpty()) {
            noteMissing(first);
        }
        return bySimple;
    }

    private Optional<Entry> byType(String typeSimple, String member, FileFacts from) {
        List<Entry> candidates = byTypeAndName.get(typeSimple + "." + member);
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        for (Entry e : candidates) {
            if (e.file().file().equals(from.file())) {
                return Optional.of(e);
            }
        }
        for (Entry e : candidates) {
            if (e.file().packageName().equals(from.packageName())) {
                return Optional.of(e);
            }
        }
        return Optional.of(candidates.get(0));
    }

    private void noteMissing(String qualifiedOrSimple) {
        String simple = lastSegment(qualifiedOrSimple);
        if (!simple.isEmpty() && Character.isUpperCase(simple.charAt(0))) {
            missingTypes.add(simple);
        }
    }

    private Resolved format(Format f, FileFacts file, Map<String, Resolved> params, int depth, Set<Object> visiting) {
        Resolved pattern = resolve(f.pattern(), file, params, depth, visiting);
        List<Resolved> args = new ArrayList<>();
        for (StrExpr a : f.args()) {
            args.add(resolve(a, file, params, depth, visiting));
        }
        List<Resolved> out = new ArrayList<>();
        out.add(new Resolved(List.of(), pattern.kinds(), pattern.files()));
        int next = 0;
        for (Piece p : pattern.pieces()) {
            if (p.isHole()) {
                out.add(new Resolved(List.of(p), Set.of(), Set.of()));
                continue;
            }
            String text = p.text();
            Matcher m = (f.messageFormat() ? MESSAGE_FORMAT : JAVA_FORMAT).matcher(text);
            int last = 0;
            while (m.find()) {
                out.add(Resolved.text(text.substring(last, m.start())));
                if (f.messageFormat()) {
                    int i = Integer.parseInt(m.group(1));
                    out.add(i < args.size() ? args.get(i) : Resolved.hole("arg" + i));
                } else {
                    String conv = m.group(3);
                    if (conv.equals("%")) {
                        out.add(Resolved.text("%"));
                    } else if (conv.equals("n")) {
                        out.add(Resolved.text("\n"));
                    } else {
                        int i = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) - 1 : next++;
                        out.add(i >= 0 && i < args.size() ? args.get(i) : Resolved.hole("arg" + i));
                    }
                }
                last = m.end();
            }
            String rest = text.substring(last);
            out.add(Resolved.text(f.messageFormat() ? rest.replace("''", "'") : rest));
        }
        return Resolved.join(out, Resolution.FORMAT);
    }

    /** {@code base.resolve(ref)}: an absolute ref wins, a rooted ref keeps base's origin, else base's folder + ref. */
    private static Resolved uriResolve(Resolved base, Resolved ref) {
        String refText = ref.pieces().isEmpty() || ref.pieces().get(0).isHole() ? "" : ref.pieces().get(0).text();
        if (refText.contains("://")) {
            return Resolved.join(List.of(ref, new Resolved(List.of(), base.kinds(), base.files())), Resolution.BUILDER);
        }
        List<Piece> kept = new ArrayList<>();
        if (refText.startsWith("/")) {
            for (Piece p : base.pieces()) {
                if (p.isHole()) {
                    kept.add(p);
                    continue;
                }
                String t = p.text();
                int scheme = t.indexOf("://");
                int slash = t.indexOf('/', scheme >= 0 ? scheme + 3 : 0);
                if (slash >= 0) {
                    kept.add(Piece.text(t.substring(0, slash)));
                    break;
                }
                kept.add(p);
            }
        } else {
            int lastText = -1;
            for (int i = 0; i < base.pieces().size(); i++) {
                Piece p = base.pieces().get(i);
                if (!p.isHole() && p.text().lastIndexOf('/') >= 0) {
                    lastText = i;
                }
            }
            for (int i = 0; i < base.pieces().size(); i++) {
                Piece p = base.pieces().get(i);
                if (i < lastText) {
                    kept.add(p);
                } else if (i == lastText) {
                    kept.add(Piece.text(p.text().substring(0, p.text().lastIndexOf('/') + 1)));
                } else if (lastText < 0) {
                    kept.add(p);
                }
            }
            if (lastText < 0) {
                kept.add(Piece.text("/"));
            }
        }
        Resolved b = new Resolved(kept, base.kinds(), base.files());
        return Resolved.join(List.of(b, ref), Resolution.BUILDER);
    }

    private static String lastSegment(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 ? name.substring(dot + 1) : name;
    }
}
