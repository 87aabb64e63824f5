package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Reads a source file as strict UTF-8. A file that is not valid UTF-8 is not guessed at: the
 * problem names the line and column of the first bad byte.
 */
final class SourceText {

    /**
     * The text, or the problem that kept it from being read; both null when the caller's skip test
     * turned the file down before it was decoded.
     */
    record Read(String text, InputProblem problem) {

        /** Whether the file was valid but skipped without being decoded. */
        boolean skipped() {
            return text == null && problem == null;
        }
    }

    private SourceText() {
    }

    static Read read(Path file, String shown) {
        return read(file, shown, null);
    }

    /**
     * Reads {@code file}; when {@code skip} (given the raw bytes) says so, the text is not built and
     * the result is {@linkplain Read#skipped() skipped}. A file that is not valid UTF-8 is still
     * reported as a problem, skipped or not, so the skip test changes the cost, not the answer.
     */
    static Read read(Path file, String shown, Predicate<byte[]> skip) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new Read(null, new InputProblem(Location.ofFile(shown), "cannot read file: "
                    + e.getClass().getSimpleName(), "source"));
        }
        boolean ascii = isAscii(bytes);
        boolean skipped = skip != null && skip.test(bytes);
        if (skipped && ascii) {
            return new Read(null, null);
        }
        if (ascii) {
            // Most source files are plain ASCII: valid UTF-8 as they are, one copy into a Latin-1 string
            // instead of decoding into a char buffer and compressing it back.
            return new Read(new String(bytes, StandardCharsets.ISO_8859_1), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            return new Read(null, new InputProblem(new Location(shown, line, column),
                    "file is not valid UTF-8, not scanned", "source"));
        }
        if (skipped) {
            return new Read(null, null);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Read(text, null);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
