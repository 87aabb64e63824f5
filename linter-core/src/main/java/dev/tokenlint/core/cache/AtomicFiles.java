package dev.tokenlint.core.cache;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file whole: the bytes go to a temporary file beside it, which is then moved in
 * place, so a concurrent reader (another scan, a second hook run) never sees half a file.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code file}, creating its folder; the temporary file is removed
     * when anything fails.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = null;
        try {
            for (int attempt = 0; tmp == null; attempt++) {
                Path candidate = temporaryName(file);
                try {
                    Files.write(candidate, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    tmp = candidate;
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 8) {
                        throw e;
                    }
                } catch (IOException | RuntimeException e) {
                    deleteQuietly(candidate); // created but not fully written
                    throw e;
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * A name beside {@code file} that no other writer uses, from a non-cryptographic random number:
     * {@link Files#createTempFile} seeds a {@code SecureRandom} on first use, 20 to 30 ms of a short
     * run. {@code CREATE_NEW} still guarantees the file is this writer's own.
     */
    private static Path temporaryName(Path file) {
        return file.resolveSibling("." + file.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temporary file is overwritten by a later write, never read
        }
    }
}
