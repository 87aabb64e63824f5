package dev.tokenlint.core.scan;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.java.CallLinker;
import dev.tokenlint.core.scan.java.FileFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Finds Dynatrace API calls and the related facts in Java sources and Spring Boot
 * configuration files.
 *
 * <p>Two phases. Phase 1 ({@link FileFactsReader}) reads each file on its own into a small
 * {@link FileFacts} (files that the {@link SourcePrefilter} rejects are never parsed); it runs on all cores, in threads
 * with a large stack so deeply nested expressions parse. Phase 2 ({@link CallLinker}) resolves
 * constants across the source set and matches the catalog. When phase 2 meets a type that no
 * parsed file declares, the skipped file of that name is parsed in another round.
 */
public final class SourceScanner {

    /** Stack for parser threads: JavaParser recurses once per nesting level of an expression. */
    private static final long PARSER_STACK_BYTES = 512L * 1024 * 1024;
    private static final int MAX_ROUNDS = 3;

    private final PermissionCatalog catalog;
    private final FileFactsReader reader = new FileFactsReader();
    private final SourcePrefilter prefilter = new SourcePrefilter();
    private final FactsCache cache;
    private final ScanProgress progress;
    /** Files (as shown in locations) whose client uses the link phase explains; empty for none. */
    private final Set<String> explained;

    public SourceScanner(PermissionCatalog catalog) {
        this(catalog, FactsCache.none(), ScanProgress.none());
    }

    /**
     * A scanner that takes phase-1 results of unchanged files from {@code cache} (keyed by path
     * and content, so a hit is exactly what {@link FileFactsReader} would give) and reports each
     * file done to {@code progress}.
     */
    public SourceScanner(PermissionCatalog catalog, FactsCache cache, ScanProgress progress) {
        this(catalog, cache, progress, Set.of());
    }

    private SourceScanner(PermissionCatalog catalog, FactsCache cache, ScanProgress progress, Set<String> explained) {
        this.catalog = catalog;
        this.cache = cache;
        this.progress = progress;
        this.explained = Set.copyOf(explained);
    }

    /**
     * The same scanner that also explains what it concluded about each client use in {@code files}
     * (paths relative to the scan root, with {@code /}), in {@link CodeFacts#explained()}. The scan
     * and its results are otherwise the same.
     */
    public SourceScanner explaining(Set<String> files) {
        return new SourceScanner(catalog, cache, progress, files);
    }

    /**
     * Scans {@code files} (absolute paths); locations are relative to {@code root}.
     * Never throws for a bad file: what cannot be read becomes an {@link InputProblem}.
     */
    public CodeFacts scan(Path root, List<Path> files) {
        return scan(root, files, KnownFiles.none());
    }

    /**
     * Scans {@code files} (absolute paths on disk) together with the Java files {@code known} holds
     * without their text: for those the recorded phase-1 result stands in for reading them, so the
     * facts are those of a scan of all of them. Files on disk that {@code known} may record are
     * reported to it.
     */
    public CodeFacts scan(Path root, List<Path> files, KnownFiles known) {
        Path absRoot = root.toAbsolutePath().normalize();
        Set<Path> onDisk = new HashSet<>();
        for (Path p : files) {
            onDisk.add(p.toAbsolutePath().normalize());
        }
        Path folder = known.folder();
        Map<Path, FileFacts> recalled = recalled(known.parsed(), folder, onDisk);
        Map<Path, FileFacts> recalledClientOnly = recalled(known.clientOnly(), folder, onDisk);
        // Known skipped files stay relative strings: a large repository has thousands, and a
        // round looks at few of them again.
        List<String> unread = new ArrayList<>(known.skipped());
        if (!unread.isEmpty()) {
            Set<String> onDiskRelative = new HashSet<>();
            for (Path p : onDisk) {
                if (p.startsWith(folder)) {
                    onDiskRelative.add(folder.relativize(p).toString().replace('\\', '/'));
                }
            }
            unread.removeAll(onDiskRelative);
        }
        int knownSkipped = unread.size();
        List<Path> sorted = Stream.concat(onDisk.stream(), recalled.keySet().stream()).sorted().toList();
        List<FileFacts> facts = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> deferred = new ArrayList<>();
        // what each skipped file on disk may name, so the wrapper round re-reads only those that may call one
        Map<Path, TypeNameSignature> signatures = new HashMap<>();
        // how each explained file was read; written by the pool's threads
        Map<String, String> reads = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = newPool();
        try {
            List<Future<Phase1>> round = new ArrayList<>();
            for (Path f : recalled.keySet()) {
                note(reads, shown(absRoot, f), "read before; its recorded facts stand in for it");
            }
            for (Path f : sorted) {
                FileFacts k = recalled.get(f);
                // a recorded result needs no thread: hundreds of them would only queue behind the reads
                round.add(k != null ? java.util.concurrent.CompletableFuture.completedFuture(
                        new Phase1(k, null, false, isEvidence(k)))
                        : pool.submit(() -> phase1(absRoot, f, Mode.FIRST, known, reads)));
            }
            boolean evidence = false;
            for (int i = 0; i < round.size(); i++) {
                Phase1 r = await(round.get(i), absRoot, sorted.get(i));
                evidence |= r.evidence();
                if (!recalled.containsKey(sorted.get(i))) {
                    progress.fileDone();
                }
                if (r.facts() != null) {
                    facts.add(r.facts());
                } else if (r.deferred()) {
                    deferred.add(sorted.get(i));
                } else {
                    skipped.add(sorted.get(i));
                    if (r.signature() != null) {
                        signatures.put(sorted.get(i), r.signature());
                    }
                }
            }
            // Files that only use a client are needed only when some file names a path or Dynatrace:
            // without one, none of their requests can be a Dynatrace call.
            if (evidence) {
                facts.addAll(clientOnly(pool, absRoot, deferred, recalledClientOnly.values(), known, reads));
            } else {
                skipped.addAll(deferred);
            }
            CallLinker linker = new CallLinker(catalog, explained);
            CallLinker.Linked linked = link(linker, facts);
            Set<String> wrappersSeen = new HashSet<>();
            for (int n = 1; n < MAX_ROUNDS; n++) {
                Set<String> newWrappers = new HashSet<>(linked.wrapperTypes());
                newWrappers.removeAll(wrappersSeen);
                wrappersSeen.addAll(newWrappers);
                Set<String> missing = linked.missingTypes();
                if (!newWrappers.isEmpty()) {
                    // unread files are searched without writing them all; possible matches are written and
                    // then checked like the skipped files on disk (asked even with none unread: the names
                    // asked for are what a staged index records for the files read this time)
                    skipped.addAll(writeOut(known, known.mayMention(unread, newWrappers), unread));
                }
                List<Path> wanted = new ArrayList<>(wanted(pool, skipped, missing, newWrappers, signatures));
                // unwritten files can only be wanted by name
                wanted.addAll(writeOut(known, unread.stream().filter(f -> isFileOf(f, missing)).toList(), unread));
                if (wanted.isEmpty()) {
                    break;
                }
                wanted.sort(null);
                facts.addAll(readAll(pool, absRoot, wanted, Mode.WANTED, KnownFiles.none(), reads));
                skipped.removeAll(new HashSet<>(wanted));
                linked = link(linker, facts);
            }
            known.scanned();
            return collect(facts, linked, sorted.size() + knownSkipped + recalledClientOnly.size(), reads);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The facts of the client-only files: those put off in the first pass, parsed now on the pool,
     * and the recalled ones, in path order (the same whether a file was read now or recalled).
     */
    private List<FileFacts> clientOnly(ExecutorService pool, Path absRoot, List<Path> deferred,
                                       java.util.Collection<FileFacts> recalled, KnownFiles known,
                                       Map<String, String> reads) {
        List<FileFacts> out = new ArrayList<>(recalled);
        out.addAll(readAll(pool, absRoot, deferred, Mode.DEFERRED, known, reads));
        out.sort(Comparator.comparing(FileFacts::file));
        return out;
    }

    /** Phase 1 of {@code files} on the pool, for {@code mode}: the facts there are, in the order of {@code files}. */
    private List<FileFacts> readAll(ExecutorService pool, Path absRoot, List<Path> files, Mode mode, KnownFiles known,
                                    Map<String, String> reads) {
        List<Future<Phase1>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> phase1(absRoot, f, mode, known, reads)));
        }
        List<FileFacts> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Phase1 r = await(results.get(i), absRoot, files.get(i));
            if (r.facts() != null) {
                out.add(r.facts());
            }
        }
        return out;
    }

    /**
     * Whether the facts of a file read on its own verdict make client-only files worth reading:
     * a Java file (parsed because it names a path or Dynatrace), or a configuration file that
     * configures a Dynatrace registry.
     */
    private static boolean isEvidence(FileFacts f) {
        return f.file().endsWith(".java") || !f.calls().isEmpty();
    }

    /** The known files of {@code relative} that are not on disk, by absolute path. */
    private static Map<Path, FileFacts> recalled(Map<String, FileFacts> relative, Path folder, Set<Path> onDisk) {
        Map<Path, FileFacts> out = new HashMap<>();
        relative.forEach((rel, facts) -> {
            Path p = folder.resolve(rel);
            if (!onDisk.contains(p)) {
                out.put(p, facts);
            }
        });
        return out;
    }

    /** The link phase; should it fail as a whole, the per-file facts still count and the failure is reported. */
    private static CallLinker.Linked link(CallLinker linker, List<FileFacts> facts) {
        try {
            return linker.link(facts);
        } catch (RuntimeException | StackOverflowError e) {
            InputProblem p = new InputProblem(Location.ofFile("."), "could not link the sources' calls ("
                    + e.getClass().getSimpleName() + "); calls are not reported", "source");
            return new CallLinker.Linked(List.of(), List.of(), List.of(), Set.of(), Set.of(), List.of(p));
        }
    }

    /** Files read per task when looking for the skipped files a later round wants. */
    private static final int WANTED_CHUNK = 512;

    /**
     * The skipped files that declare a missing type or mention a wrapper type, in the order of
     * {@code skipped}. Looking for wrapper names re-reads the skipped files whose signature may
     * hold one (all of those without a signature), so it runs on the pool, in chunks.
     */
    private static List<Path> wanted(ExecutorService pool, List<Path> skipped, Set<String> missing,
                                     Set<String> wrappers, Map<Path, TypeNameSignature> signatures) {
        List<Future<List<Path>>> chunks = new ArrayList<>();
        for (int from = 0; from < skipped.size(); from += WANTED_CHUNK) {
            List<Path> chunk = skipped.subList(from, Math.min(skipped.size(), from + WANTED_CHUNK));
            chunks.add(pool.submit(() -> chunk.stream()
                    .filter(f -> isFileOf(f, missing) || mayMention(signatures.get(f), wrappers) && mentionsAny(f, wrappers))
                    .toList()));
        }
        List<Path> wanted = new ArrayList<>();
        for (Future<List<Path>> c : chunks) {
            try {
                wanted.addAll(c.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return wanted;
            } catch (ExecutionException e) {
                // cannot happen: a file that cannot be read is simply not wanted (SourceText never throws)
                throw new IllegalStateException("looking for wanted files failed", e.getCause());
            }
        }
        return wanted;
    }

    /** Whether {@code f} is the source file of one of {@code types} ({@code Type.java}). */
    private static boolean isFileOf(Path f, Set<String> types) {
        return isFileOf(f.getFileName().toString(), types);
    }

    /** Whether the file at {@code path} (a name, or a relative path with {@code /}) is {@code Type.java} of one of {@code types}. */
    private static boolean isFileOf(String path, Set<String> types) {
        if (types.isEmpty() || !path.endsWith(".java")) {
            return false;
        }
        return types.contains(path.substring(path.lastIndexOf('/') + 1, path.length() - 5));
    }

    private static boolean mayMention(TypeNameSignature signature, Set<String> names) {
        return !names.isEmpty() && (signature == null || signature.mayContainAny(names));
    }

    /** Whether a skipped Java file names one of the wrapper types, so it may call a wrapper. */
    private static boolean mentionsAny(Path f, Set<String> types) {
        if (types.isEmpty() || !f.getFileName().toString().endsWith(".java")) {
            return false;
        }
        SourceText.Read read = SourceText.read(f, f.getFileName().toString());
        if (read.text() == null) {
            return false;
        }
        // One pass over the words, each looked up in the set: a round may ask for hundreds of wrapper
        // names (a generated client's API classes), and one indexOf per name made this the hottest loop.
        String text = read.text();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isJavaIdentifierStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            boolean preceded = start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1));
            if (!preceded && types.contains(text.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phase 1 of one file: facts, or null when the prefilter skipped it or put it off
     * ({@code deferred}, a client-only file); for a file skipped on disk, the signature of the type
     * names it may mention. {@code evidence}: the file makes client-only files worth reading, as a
     * Java file parsed on its own verdict (it names a path or Dynatrace) or a configuration file
     * that configures a Dynatrace registry.
     */
    private record Phase1(FileFacts facts, TypeNameSignature signature, boolean deferred, boolean evidence) {
        /** A result that is no evidence: a file that could not be read, or one a later round parsed. */
        Phase1(FileFacts facts) {
            this(facts, null, false, false);
        }
    }

    /** Why a file is read: the first pass, a client-only file found worth parsing, or a file a later round wants. */
    private enum Mode { FIRST, DEFERRED, WANTED }

    /**
     * The prefilter as the skip test of {@link SourceText#read}: client-only files are put off too
     * (without decoding them), and the signature of what it skips is kept.
     */
    private final class SkipTest implements java.util.function.Predicate<byte[]> {
        private SourcePrefilter.Verdict verdict;
        private TypeNameSignature signature;

        @Override
        public boolean test(byte[] bytes) {
            verdict = prefilter.verdict(bytes);
            if (verdict == SourcePrefilter.Verdict.SKIP || verdict == SourcePrefilter.Verdict.NAMES_DYNATRACE) {
                signature = TypeNameSignature.of(bytes);
            }
            return verdict != SourcePrefilter.Verdict.PARSE;
        }
    }

    /**
     * Writes the known files {@code relative} (in sorted order) to disk, takes them out of
     * {@code unread}, and returns where they now are.
     */
    private static List<Path> writeOut(KnownFiles known, java.util.Collection<String> relative, List<String> unread) {
        if (relative.isEmpty()) {
            return List.of();
        }
        List<String> write = relative.stream().sorted().toList();
        known.materialise(write);
        unread.removeAll(new HashSet<>(write));
        return write.stream().map(known.folder()::resolve).toList();
    }

    private Phase1 phase1(Path root, Path file, Mode mode, KnownFiles known, Map<String, String> reads) {
        String shown = shown(root, file);
        // The prefilter runs on the raw bytes, so a skipped file is never turned into a string.
        SkipTest skip = mode == Mode.FIRST && shown.endsWith(".java") ? new SkipTest() : null;
        SourceText.Read read = SourceText.read(file, shown, skip);
        if (read.problem() != null) {
            note(reads, shown, "could not be read: " + read.problem().message());
            return new Phase1(FileFacts.problemsOnly(shown, List.of(read.problem())));
        }
        if (read.skipped()) {
            note(reads, shown, skipNote(skip.verdict));
            if (skip.verdict == SourcePrefilter.Verdict.CLIENT_ONLY) {
                return new Phase1(null, null, true, false);
            }
            known.recordRead(file, null, false);
            return new Phase1(null, skip.signature, false, false);
        }
        // From here the reader parses, so its result depends only on path and text: cacheable.
        // Skipped files are never looked up, so a cache entry cannot pull one into the scan.
        FactsCache.Key key = cache.key(shown, read.text().getBytes(StandardCharsets.UTF_8));
        FileFacts facts = cache.get(key);
        if (facts == null) {
            facts = reader.read(shown, read.text(), true).orElse(null);
            if (facts != null) {
                cache.put(key, facts);
            }
        }
        if (facts != null) {
            recordFacts(known, file, shown, mode, facts);
        }
        note(reads, shown, readNote(mode, facts));
        return new Phase1(facts, null, false, facts != null && mode == Mode.FIRST && isEvidence(facts));
    }

    /** Keeps how {@code file} was read when it is one of the files to explain; a later read replaces an earlier note. */
    private void note(Map<String, String> reads, String file, String how) {
        if (explained.contains(file)) {
            reads.put(file, how);
        }
    }

    private static String skipNote(SourcePrefilter.Verdict verdict) {
        return switch (verdict) {
            case CLIENT_ONLY -> "uses an HTTP client but names no Dynatrace API path, token or Dynatrace itself: put"
                    + " off, and read only when another file shows that the sources call Dynatrace";
            case NAMES_DYNATRACE -> "names Dynatrace but holds no HTTP client, API path, token or run-time read:"
                    + " not parsed, unless a later round needs a type it declares, a wrapper or a path holder it names";
            default -> "holds no HTTP client, Dynatrace API path, token, Dynatrace name or run-time read: not parsed,"
                    + " unless a later round needs a type it declares or a wrapper it names";
        };
    }

    private static String readNote(Mode mode, FileFacts facts) {
        if (facts == null) {
            return "could not be parsed as Java";
        }
        if (!facts.problems().isEmpty()) {
            return "read with problems: " + facts.problems().get(0).message();
        }
        String how = switch (mode) {
            case FIRST -> "parsed";
            case DEFERRED -> "parsed after the first pass: it uses an HTTP client, and other files show that the"
                    + " sources call Dynatrace";
            case WANTED -> "parsed in a later round: it declares a type the scan needs or names a wrapper or a path"
                    + " holder";
        };
        return how + "; " + facts.calls().size() + " client use(s) recognised";
    }

    /** Records a Java file's facts read on its own verdict (a file a round wanted was forced, so it is not). */
    private static void recordFacts(KnownFiles known, Path file, String shown, Mode mode, FileFacts facts) {
        if (mode != Mode.WANTED && shown.endsWith(".java")) {
            known.recordRead(file, facts, mode == Mode.DEFERRED);
        }
    }

    /** The phase-1 result of {@code file}; a failure becomes a problem of that file. */
    private static Phase1 await(Future<Phase1> f, Path root, Path file) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            String shown = shown(root, file);
            Thread.currentThread().interrupt();
            return new Phase1(FileFacts.problemsOnly(shown, List.of(new InputProblem(Location.ofFile(shown),
                    "scan interrupted", "source"))));
        } catch (ExecutionException e) {
            String shown = shown(root, file);
            return new Phase1(FileFacts.problemsOnly(shown, List.of(new InputProblem(Location.ofFile(shown),
                    "could not analyse file (" + e.getCause().getClass().getSimpleName() + "), not scanned",
                    "source"))));
        }
    }

    /** The explained files in path order, each with how it was read and the traces about it. */
    private List<ExplainedFile> explain(Map<String, String> reads, List<CallTrace> traces) {
        List<ExplainedFile> out = new ArrayList<>();
        for (String f : new java.util.TreeSet<>(explained)) {
            List<CallTrace> about = traces.stream().filter(t -> t.concerns(f)).toList();
            String read = reads.getOrDefault(f, "not among the files scanned (check the path and the sources'"
                    + " include and exclude patterns)");
            out.add(new ExplainedFile(f, read, about));
        }
        return out;
    }

    private CodeFacts collect(List<FileFacts> facts, CallLinker.Linked linked, int scanned, Map<String, String> reads) {
        List<TokenLiteral> tokens = new ArrayList<>();
        List<TokenInUrl> inUrls = new ArrayList<>();
        List<SuppressedRegion> suppressed = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(linked.problems());
        int parsedJava = 0;
        for (FileFacts f : facts) {
            tokens.addAll(f.tokens());
            inUrls.addAll(f.tokensInUrls());
            suppressed.addAll(f.suppressions());
            problems.addAll(f.problems());
            if (f.file().endsWith(".java") && f.problems().isEmpty()) {
                parsedJava++;
            }
        }
        tokens.sort(Comparator.comparing(TokenLiteral::location));
        inUrls.sort(Comparator.comparing(TokenInUrl::location));
        suppressed.sort(Comparator.comparing(SuppressedRegion::file).thenComparingInt(SuppressedRegion::startLine)
                .thenComparingInt(SuppressedRegion::endLine));
        problems.sort(Comparator.comparing(InputProblem::location));
        return new CodeFacts(linked.calls(), tokens, inUrls, linked.authHeaders(), linked.envReads(), suppressed,
                problems, scanned, parsedJava, explain(reads, linked.traces()));
    }

    private static String shown(Path root, Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? file.getFileName().toString() : s;
    }

    private static ExecutorService newPool() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "tokenlint-scan-" + n.incrementAndGet(), PARSER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }
}
