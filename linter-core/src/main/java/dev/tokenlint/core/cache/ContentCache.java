package dev.tokenlint.core.cache;

import dev.tokenlint.core.scan.FactsCache;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * The per-file cache on disk: one file per entry, {@code <folder>/<2 hex>/<62 hex>.bin}, named by a
 * SHA-256 over the cache format, the {@code namespace} (tokenlint version and code and catalog
 * identity, so another version never reads this one's entries), the file's relative path and its
 * bytes. The values are phase-1 results, {@link FileFacts}, stored in {@link FactsFormat}'s
 * CBOR form (other values are not stored): no Java deserialisation, so a planted cache file
 * can at worst be rejected. An entry repeats the format version (which follows every change of
 * the facts model) and the namespace in its header and carries a checksum; an entry that is
 * truncated, corrupt or of another version or namespace is ignored and rewritten, never trusted. Writes go to a private temporary file and are moved in place atomically, so parallel
 * runs and threads never see half an entry. When the folder cannot be written the cache turns
 * itself off and says so once ({@link #note()}).
 *
 * <p>The default folder is {@code .tokenlint-cache/} in the scanned root; add it to
 * {@code .gitignore}.
 */
public final class ContentCache implements FactsCache {

    /** The default cache folder name, relative to the scanned root. */
    public static final String DEFAULT_FOLDER = ".tokenlint-cache";

    private final Path folder;
    /** The first line of every entry: the cache layout and the facts format version. */
    private final byte[] magic;
    private final byte[] namespace;
    private final AtomicBoolean enabled;
    private volatile String note;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private ContentCache(Path folder, String format, String namespace, boolean enabled, String note) {
        this.folder = folder;
        this.magic = ("tokenlint-cache/3 " + format + "\n").getBytes(StandardCharsets.UTF_8);
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
        return open(folder, FactsFormat.get().version(), namespace);
    }

    /** {@link #open(Path, String)} as if the facts format's version were {@code format} (tests of old entries). */
    static ContentCache open(Path folder, String format, String namespace) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            // whether the folder takes new files (not createTempFile: its SecureRandom costs a short run 20 ms)
            Path probe = dir.resolve(".probe-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            Files.delete(probe);
            Path ignore = dir.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                // the folder ignores itself, so it never ends up in a commit even without a root entry
                Files.writeString(ignore, "# tokenlint per-file cache; safe to delete\n*\n", StandardCharsets.UTF_8);
            }
            return new ContentCache(dir, format, namespace, true, null);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new ContentCache(dir, format, namespace, false, "cache off: cannot write " + dir
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
        sha.update(magic);
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
    public FileFacts get(Key key) {
        if (key == null || !enabled.get()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry(key));
        } catch (IOException e) {
            bytes = null;
        }
        FileFacts value = bytes == null ? null : decode(bytes);
        if (value == null) {
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        return value;
    }

    /** Layout: magic, namespace, newline, a CRC-32 of the rest (4 bytes), the encoded facts. */
    private FileFacts decode(byte[] bytes) {
        int head = magic.length + namespace.length + 1;
        if (bytes.length < head + 4 || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)
                || !Arrays.equals(bytes, magic.length, magic.length + namespace.length, namespace, 0, namespace.length)
                || bytes[head - 1] != '\n') {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, head + 4, bytes.length - head - 4);
        if (ByteBuffer.wrap(bytes, head, 4).getInt() != (int) crc.getValue()) {
            return null;
        }
        try {
            return FactsFormat.get().decode(bytes, head + 4, bytes.length - head - 4);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void put(Key key, FileFacts facts) {
        if (key == null || !enabled.get() || facts == null) {
            return;
        }
        byte[] encoded;
        try {
            encoded = FactsFormat.get().encode(facts);
        } catch (IllegalArgumentException e) {
            return; // facts beyond what the format reads back are simply not cached
        }
        CRC32 crc = new CRC32();
        crc.update(encoded);
        ByteBuffer buf = ByteBuffer.allocate(magic.length + namespace.length + 1 + 4 + encoded.length);
        buf.put(magic).put(namespace).put((byte) '\n').putInt((int) crc.getValue()).put(encoded);
        try {
            AtomicFiles.write(entry(key), buf.array());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            if (enabled.compareAndSet(true, false)) {
                note = "cache off: cannot write " + folder;
            }
        }
    }
}
