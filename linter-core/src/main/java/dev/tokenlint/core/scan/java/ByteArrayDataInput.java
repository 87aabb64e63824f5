package dev.tokenlint.core.scan.java;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataInput} over a range of a byte array, for decoding cache files read whole. Unlike a
 * {@link DataInputStream} over a {@link java.io.ByteArrayInputStream} it takes no lock per byte,
 * can make a string straight from the array and tells its position, so a format can keep slices
 * of what it read. Reading past the end of the range is an {@link EOFException}. Not thread-safe.
 */
public final class ByteArrayDataInput implements DataInput {

    private final byte[] bytes;
    private final int end;
    private int pos;

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
    public ByteArrayDataInput(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException("range " + offset + "+" + length + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
    }

    /** Index in the array of the next byte to read. */
    public int position() {
        return pos;
    }

    /** Bytes left in the range. */
    public int remaining() {
        return end - pos;
    }

    private void need(int n) throws EOFException {
        if (n < 0 || n > end - pos) {
            throw new EOFException("needs " + n + " bytes, " + (end - pos) + " left");
        }
    }

    /** The next {@code length} bytes decoded as UTF-8. */
    public String readString(int length) throws IOException {
        need(length);
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        need(len);
        System.arraycopy(bytes, pos, b, off, len);
        pos += len;
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - pos));
        pos += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        return (byte) readUnsignedByte();
    }

    @Override
    public int readUnsignedByte() throws IOException {
        if (pos >= end) {
            throw new EOFException("at the end of the input");
        }
        return bytes[pos++] & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        need(2);
        int v = (bytes[pos] & 0xff) << 8 | bytes[pos + 1] & 0xff;
        pos += 2;
        return v;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int v = (bytes[pos] & 0xff) << 24 | (bytes[pos + 1] & 0xff) << 16 | (bytes[pos + 2] & 0xff) << 8
                | bytes[pos + 3] & 0xff;
        pos += 4;
        return v;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not supported: cache formats have no text lines. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}
