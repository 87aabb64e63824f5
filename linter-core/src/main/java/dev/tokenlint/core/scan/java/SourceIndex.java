package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.scan.java.FileFacts.FieldWrite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the link passes look up over the whole source set, built once per link run and not
 * changed after: the types and the files declaring them, the field writes and invocations by name, and
 * the classes that read the environment.
 */
final class SourceIndex {

    /** A field write with the file it is in. */
    record Write(FieldWrite write, FileFacts file) {
    }

    private final Map<String, List<Invocation>> invocationsByName = new HashMap<>();
    /** By identity: each invocation is one object of one file's facts, and a record's hash walks its whole tree. */
    private final Map<Invocation, FileFacts> invocationFile = new IdentityHashMap<>();
    private final TypeHierarchy types;
    /** Field name to the assignments of fields of that name, over the source set. */
    private final Map<String, List<Write>> fieldWrites = new HashMap<>();
    /** Simple type name to the files declaring a type of that name. */
    private final Map<String, List<String>> typeFiles = new HashMap<>();
    /** Classes that read an environment variable or property (the token's {@code env}). */
    private final Set<String> classesReadingEnv = new HashSet<>();

    SourceIndex(List<FileFacts> files, TypeHierarchy types, List<EnvRead> envReads) {
        this.types = types;
        envReads.forEach(e -> classesReadingEnv.add(e.className()));
        for (FileFacts f : files) {
            for (TypeInfo t : f.types()) {
                typeFiles.computeIfAbsent(t.simpleName(), k -> new ArrayList<>()).add(f.file());
            }
            for (FieldWrite w : f.fieldWrites()) {
                fieldWrites.computeIfAbsent(w.field(), k -> new ArrayList<>()).add(new Write(w, f));
            }
            for (Invocation inv : f.invocations()) {
                invocationsByName.computeIfAbsent(inv.name(), k -> new ArrayList<>()).add(inv);
                invocationFile.put(inv, f);
            }
        }
    }

    /** The invocations of methods and constructors named {@code name}, in file order. */
    List<Invocation> invocationsNamed(String name) {
        return invocationsByName.getOrDefault(name, List.of());
    }

    /** The file an invocation of {@link #invocationsNamed} is in. */
    FileFacts fileOf(Invocation inv) {
        return invocationFile.get(inv);
    }

    /** Whether the source set assigns no field that is not a constant. */
    boolean noFieldWrites() {
        return fieldWrites.isEmpty();
    }

    /** The assignments to fields named {@code field}, in file order. */
    List<Write> writesOf(String field) {
        return fieldWrites.getOrDefault(field, List.of());
    }

    /** The files declaring a type of this simple name. */
    List<String> filesDeclaring(String simpleName) {
        return typeFiles.getOrDefault(simpleName, List.of());
    }

    /** The source set's types and their supertypes. */
    TypeHierarchy types() {
        return types;
    }

    /** Whether the class (qualified name) reads an environment variable or property. */
    boolean readsEnv(String className) {
        return classesReadingEnv.contains(className);
    }
}
