package dev.tokenlint.core.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-file cache on disk: one file per entry, {@code <folder>/<2 hex>/<62 hex>.bin}, named by a
 * SHA-256 over the cache format, the {@code namespace} (tokenlint version and code and catalog
 * identity, so another version never reads this one's entries), the file's relative path and its
 * bytes. An entry repeats the namespace in its header; an entry that is truncated, corrupt, from
 * another namespace or of unexpected classes is ignored and rewritten, never trusted.
 *
 * <p>Only classes of tokenlint, {@code java.lang} and {@code java.util} may be deserialised, so a
 * planted cache file cannot instantiate anything else. Writes go to a private temporary file and
 * are moved in place atomically, so parallel runs and threads never see half an entry. When the
 * folder cannot be written the cache turns itself off and says so once ({@link #note()}).
 *
 * <p>The default folder is {@code .tokenlint-cache/} in the scanned root; add it to
 * {@code .gitignore}.
 */
public final class ContentCache implements PerFileCache {

    /** The default cache folder name, relative to the scanned root. */
    public static final String DEFAULT_FOLDER = ".tokenlint-cache";

    private static final byte[] MAGIC = "tokenlint-cache/1\n".getBytes(StandardCharsets.US_ASCII);

    private static final ObjectInputFilter ONLY_OURS = info -> {
        Class<?> c = info.serialClass();
        if (info.depth() > 200 || info.references() > 1_000_000) {
            return ObjectInputFilter.Status.REJECTED;
        }
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        String n = c.getName();
        return n.startsWith("dev.tokenlint.") || n.startsWith("java.lang.") || n.startsWith("java.util.")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    private final Path folder;
    private final byte[] namespace;
    private final AtomicBoolean enabled;
    private volatile String note;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private ContentCache(Path folder, String namespace, boolean enabled, String note) {
        this.folder = folder;
        this.namespace = namespace.getBytes(StandardCharsets.UTF_8);
        this.enabled = new AtomicBoolean(enabled);
        this.note = note;
    }

    /**
     * Opens (creating if needed) the cache in {@code folder}. Never fails: a folder that cannot be
     * created or written gives a cache that is off, with a {@link #note()} saying why.
     *
     * @param namespace what entries depend on besides the file: tokenlint version, code and catalog identity
     */
    public static ContentCache open(Path folder, String namespace) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
            Path ignore = dir.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                // the folder ignores itself, so it never ends up in a commit even without a root entry
                Files.writeString(ignore, "# tokenlint per-file cache; safe to delete\n*\n", StandardCharsets.UTF_8);
            }
            return new ContentCache(dir, namespace, true, null);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new ContentCache(dir, namespace, false, "cache off: cannot write " + dir
                    + (e instanceof AccessDeniedException ? " (permission denied)" : ""));
        }
    }

    /**
     * The namespace for entries made by this build of tokenlint: its version, the identity of the
     * code that produced them (size and time of the jar holding {@code scannerClass}, so a rebuilt
     * snapshot version does not reuse entries of older code) and the catalog's version.
     */
    public static String namespace(String version, Class<?> scannerClass, String catalogVersion) {
        String code = "classes";
        try {
            java.security.CodeSource source = scannerClass.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path p = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(p)) {
                    code = Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis();
                }
            }
        } catch (IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            code = "unknown";
        }
        return "tokenlint " + version + "; code " + code + "; catalog " + catalogVersion;
    }

    /** True while entries are read and written. */
    public boolean enabled() {
        return enabled.get();
    }

    /** Why the cache is off, or null while it works. One line, for stderr. */
    public String note() {
        return note;
    }

    /**
     * The deserialisation filter of cache entries: only classes of tokenlint, {@code java.lang} and
     * {@code java.util}, bounded depth and size. For other files in the cache folder that hold results.
     */
    public static ObjectInputFilter inputFilter() {
        return ONLY_OURS;
    }

    /** What entries depend on besides the file (see {@link #namespace(String, Class, String)}). */
    public String namespace() {
        return new String(namespace, StandardCharsets.UTF_8);
    }

    /** The folder entries live in. */
    public Path folder() {
        return folder;
    }

    /** Lookups answered from the cache in this run. */
    public int hits() {
        return hits.get();
    }

    /** Lookups that found nothing usable in this run. */
    public int misses() {
        return misses.get();
    }

    @Override
    public Key key(String file, byte[] content) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        sha.update(MAGIC);
        sha.update(namespace);
        sha.update((byte) 0);
        sha.update(file.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
        return new Key(HexFormat.of().formatHex(sha.digest()));
    }

    private Path entry(Key key) {
        return folder.resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2) + ".bin");
    }

    @Override
    public <T extends Serializable> T get(Key key, Class<T> type) {
        if (key == null || !enabled.get()) {
            return null;
        }
        Path file = entry(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            misses.incrementAndGet();
            return null;
        }
        T value = decode(bytes, type);
        if (value == null) {
            misses.incrementAndGet();
        } else {
            hits.incrementAndGet();
        }
        return value;
    }

    private <T> T decode(byte[] bytes, Class<T> type) {
        int head = MAGIC.length + namespace.length + 1;
        if (bytes.length <= head || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(bytes, MAGIC.length, MAGIC.length + namespace.length, namespace, 0, namespace.length)
                || bytes[head - 1] != '\n') {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, head, bytes.length - head))) {
            in.setObjectInputFilter(ONLY_OURS);
            Object o = in.readObject();
            return type.isInstance(o) ? type.cast(o) : null;
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException
                 | IllegalStateException | NullPointerException | ArrayStoreException e) {
            // corrupt, truncated, from changed classes (InvalidClassException) or rejected by the filter
            return null;
        }
    }

    @Override
    public void put(Key key, Serializable value) {
        if (key == null || !enabled.get()) {
            return;
        }
        Path file = entry(key);
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
            buf.writeBytes(MAGIC);
            buf.writeBytes(namespace);
            buf.write('\n');
            try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
                out.writeObject(value);
            }
            AtomicFiles.write(file, buf.toByteArray());
        } catch (InvalidClassException | java.io.NotSerializableException e) {
            // a value that cannot be stored is simply not cached
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            if (enabled.compareAndSet(true, false)) {
                note = "cache off: cannot write " + folder;
            }
        }
    }
}
