package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.SuppressedRegion;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.FieldWrite;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.FileFacts.MethodReturn;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.EnumAccess;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A compact binary form of {@link FileFacts}, for caches that store phase-1 results: much smaller
 * and, in a fresh JVM, many times faster to read and write than Java serialisation of the same
 * records. Each distinct string is written once per stream (a {@link Writer} or {@link Reader}
 * keeps the table): paths, type and method names repeat in every location and call. Sets and maps
 * are written sorted, so equal facts give equal bytes.
 *
 * <p>Reading never trusts its input: counts, string lengths and nesting are bounded, and an
 * unknown tag, a string index not yet defined, a value the records reject or input that ends
 * early is an {@link IOException}, which a cache treats as "corrupt: ignore and rebuild".
 * {@link #FORMAT} names the layout; a cache that stores these bytes must put it in its own
 * header, so a change of layout makes old entries unreadable instead of misread.
 */
public final class FileFactsCodec {

    /** Identity of the layout; change it with every change of what is written. */
    public static final String FORMAT = "facts/4";

    /** Longest string accepted, in bytes. */
    public static final int MAX_STRING_BYTES = 1 << 20;
    /** Most elements accepted in one list, set or map. */
    public static final int MAX_COUNT = 1 << 20;
    /** Deepest {@link StrExpr} nesting written or read (the extractor stops far below). */
    static final int MAX_DEPTH = 256;

    private static final int NULL = 0;
    private static final int LIT = 1;
    private static final int REF = 2;
    private static final int ENUM_ACCESS = 3;
    private static final int CONCAT = 4;
    private static final int FORMAT_EXPR = 5;
    private static final int RESOLVE = 6;
    private static final int HOLE = 7;
    private static final int SCOPED = 8;
    private static final int CALL = 9;

    private static final TypeKind[] TYPE_KINDS = TypeKind.values();
    private static final CallKind[] CALL_KINDS = CallKind.values();

    private FileFactsCodec() {
    }

    /**
     * {@code facts} alone, with a string table of its own.
     *
     * @throws IllegalArgumentException when the facts hold what cannot be read back the same (see
     *                                  {@link Writer#write(FileFacts)}); such facts are not cached
     */
    public static byte[] encode(FileFacts facts) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
        try {
            new Writer(new DataOutputStream(buf)).write(facts);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return buf.toByteArray();
    }

    /**
     * Reads what {@link #encode(FileFacts)} wrote, from {@code length} bytes at {@code offset};
     * they must hold exactly one record.
     *
     * @throws IOException when the bytes are not such a record
     */
    public static FileFacts decode(byte[] bytes, int offset, int length) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, offset, length);
        FileFacts facts = new Reader(in).read();
        if (in.remaining() != 0) {
            throw new IOException("corrupt facts: " + in.remaining() + " bytes after the record");
        }
        return facts;
    }

    /**
     * Writes facts to one stream; strings written before are referred to by their index. Not
     * thread-safe.
     */
    public static final class Writer {
        private final DataOutput out;
        private final Map<String, Integer> strings = new HashMap<>();

        /** A writer with an empty string table. */
        public Writer(DataOutput out) {
            this.out = out;
        }

        /**
         * Writes one record.
         *
         * @throws IllegalArgumentException when a value exceeds what {@link Reader} accepts (bounds far
         *                                  beyond real sources) or a string holds half a surrogate pair
         *                                  (a Java literal may; UTF-8 cannot)
         */
        public void write(FileFacts f) throws IOException {
            writeString(f.file());
            writeString(f.packageName());
            strings(f.imports());
            strings(f.staticImports());
            writeCount(f.types().size());
            for (TypeInfo t : f.types()) {
                writeString(t.qualifiedName());
                writeString(t.simpleName());
                tag(t.kind() == null ? 0 : t.kind().ordinal() + 1);
                strings(t.supertypes());
                out.writeBoolean(t.server());
                Map<String, Integer> accessors = new TreeMap<>(t.enumAccessors());
                writeCount(accessors.size());
                for (Map.Entry<String, Integer> a : accessors.entrySet()) {
                    writeString(a.getKey());
                    signed(a.getValue());
                }
            }
            writeCount(f.constants().size());
            for (ConstantDef c : f.constants()) {
                writeString(c.owner());
                writeString(c.name());
                expr(c.value(), 0);
                exprs(c.enumArgs(), 0);
            }
            writeCount(f.calls().size());
            for (CallSite c : f.calls()) {
                location(c.location());
                writeString(c.method());
                expr(c.url(), 0);
                writeString(c.client() == null ? null : c.client().id());
                writeString(c.className());
                tag(c.kind() == null ? 0 : c.kind().ordinal() + 1);
                writeString(c.interfaceName());
                writeString(c.implementableBy());
                writeString(c.enclosingMethod());
                strings(c.params());
                expr(c.methodExpr(), 0);
                writeCount(c.guards().size());
                for (Guard g : c.guards()) {
                    expr(g.selector(), 0);
                    exprs(g.values(), 0);
                    out.writeBoolean(g.negated());
                }
            }
            writeCount(f.invocations().size());
            for (Invocation i : f.invocations()) {
                location(i.location());
                writeString(i.name());
                exprs(i.args(), 0);
                writeString(i.receiverType());
                writeString(i.className());
                writeString(i.enclosingMethod());
                strings(i.params());
            }
            writeCount(f.retrofitBases().size());
            for (RetrofitBase r : f.retrofitBases()) {
                writeString(r.interfaceName());
                expr(r.baseUrl(), 0);
                writeString(r.enclosingMethod());
                strings(r.params());
                signed(r.factoryParam());
            }
            writeCount(f.headers().size());
            for (HeaderSite h : f.headers()) {
                location(h.location());
                expr(h.name(), 0);
                expr(h.value(), 0);
                writeString(h.fixedRealm());
                writeString(h.className());
                writeString(h.enclosingMethod());
            }
            writeCount(f.envReads().size());
            for (EnvSite e : f.envReads()) {
                location(e.location());
                expr(e.name(), 0);
                writeString(e.className());
            }
            writeCount(f.tokens().size());
            for (TokenLiteral t : f.tokens()) {
                location(t.location());
                writeString(t.publicId());
                out.writeBoolean(t.inUrl());
            }
            writeCount(f.tokensInUrls().size());
            for (TokenInUrl t : f.tokensInUrls()) {
                location(t.location());
                writeString(t.parameter());
            }
            writeCount(f.suppressions().size());
            for (SuppressedRegion s : f.suppressions()) {
                writeString(s.file());
                signed(s.startLine());
                signed(s.endLine());
                strings(new TreeSet<>(s.rules()));
            }
            out.writeBoolean(f.dynatraceMarker());
            writeCount(f.problems().size());
            for (InputProblem p : f.problems()) {
                location(p.location());
                writeString(p.message());
                writeString(p.kind());
            }
            writeCount(f.fieldWrites().size());
            for (FieldWrite w : f.fieldWrites()) {
                writeString(w.type());
                writeString(w.field());
                expr(w.value(), 0);
                writeString(w.enclosingMethod());
                strings(w.params());
            }
            writeCount(f.returns().size());
            for (MethodReturn r : f.returns()) {
                writeString(r.type());
                writeString(r.name());
                strings(r.params());
                expr(r.value(), 0);
            }
        }

        private void location(Location l) throws IOException {
            if (l == null) {
                writeString(null);
                return;
            }
            writeString(l.file());
            unsigned(l.line());
            unsigned(l.column());
        }

        private void expr(StrExpr e, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("expression nested deeper than " + MAX_DEPTH);
            }
            int d = depth + 1;
            if (e == null) {
                tag(NULL);
            } else if (e instanceof Lit l) {
                tag(LIT);
                writeString(l.value());
            } else if (e instanceof Ref r) {
                tag(REF);
                writeString(r.name());
            } else if (e instanceof EnumAccess a) {
                tag(ENUM_ACCESS);
                writeString(a.constant());
                writeString(a.member());
            } else if (e instanceof Concat c) {
                tag(CONCAT);
                exprs(c.parts(), d);
                out.writeBoolean(c.builder());
            } else if (e instanceof Format f) {
                tag(FORMAT_EXPR);
                expr(f.pattern(), d);
                exprs(f.args(), d);
                out.writeBoolean(f.messageFormat());
            } else if (e instanceof Resolve r) {
                tag(RESOLVE);
                expr(r.base(), d);
                expr(r.ref(), d);
            } else if (e instanceof Hole h) {
                tag(HOLE);
                writeString(h.name());
                out.writeBoolean(h.param());
            } else if (e instanceof Scoped s) {
                tag(SCOPED);
                writeString(s.file());
                expr(s.expr(), d);
            } else if (e instanceof StrExpr.Call c) {
                tag(CALL);
                writeString(c.name());
                exprs(c.args(), d);
                writeString(c.receiver());
                writeString(c.hole());
            } else {
                throw new IllegalArgumentException("unknown expression " + e.getClass().getName());
            }
        }

        private void exprs(List<StrExpr> list, int depth) throws IOException {
            writeCount(list.size());
            for (StrExpr e : list) {
                expr(e, depth);
            }
        }

        private void strings(Collection<String> list) throws IOException {
            writeCount(list.size());
            for (String s : list) {
                writeString(s);
            }
        }

        /**
         * Writes a string, possibly null, through the table: 0 for null, the index + 1 of a string
         * written before, or the next index + 1 followed by the new string's length and UTF-8 bytes.
         * For formats that hold facts among other data.
         */
        public void writeString(String s) throws IOException {
            if (s == null) {
                unsigned(0);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                unsigned(known + 1);
                return;
            }
            int index = strings.size();
            unsigned(index + 1);
            writeText(s);
            strings.put(s, index);
        }

        /**
         * Writes a string that is not null in full, its length and UTF-8 bytes, without entering it
         * in the table: for strings that do not repeat, such as content hashes.
         *
         * @throws IllegalArgumentException for a string longer than {@link FileFactsCodec#MAX_STRING_BYTES}
         *                                  or one with half a surrogate pair, which UTF-8 cannot hold
         */
        public void writeText(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > MAX_STRING_BYTES) {
                throw new IllegalArgumentException("string longer than " + MAX_STRING_BYTES + " bytes");
            }
            // UTF-8 writes half a pair as '?'; a string of as many bytes as chars without '?' is plain ASCII
            if ((bytes.length != s.length() || hasQuestionMark(bytes))
                    && !new String(bytes, StandardCharsets.UTF_8).equals(s)) {
                throw new IllegalArgumentException("string with half a surrogate pair");
            }
            unsigned(bytes.length);
            out.write(bytes);
        }

        private static boolean hasQuestionMark(byte[] bytes) {
            for (byte b : bytes) {
                if (b == '?') {
                    return true;
                }
            }
            return false;
        }

        /** Writes a count (of elements, or of bytes that follow) of at most {@link FileFactsCodec#MAX_COUNT}. */
        public void writeCount(int n) throws IOException {
            if (n > MAX_COUNT) {
                throw new IllegalArgumentException("more than " + MAX_COUNT + " elements");
            }
            unsigned(n);
        }

        private void tag(int t) throws IOException {
            out.writeByte(t);
        }

        private void signed(int v) throws IOException {
            unsigned((v << 1) ^ (v >> 31));
        }

        /** Seven bits a byte, lowest first; the high bit says another byte follows. */
        private void unsigned(int v) throws IOException {
            while ((v & ~0x7f) != 0) {
                out.writeByte((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.writeByte(v);
        }
    }

    /** Reads facts from one stream written by one {@link Writer}. Not thread-safe. */
    public static final class Reader {
        private final DataInput in;
        private String[] strings = new String[64];
        private int stringCount;
        private byte[] scratch = new byte[256];

        /** A reader with an empty string table. */
        public Reader(DataInput in) {
            this.in = in;
        }

        /**
         * Reads one record.
         *
         * @throws IOException when the input ends early or does not hold a valid record
         */
        public FileFacts read() throws IOException {
            try {
                return facts();
            } catch (RuntimeException e) {
                // a record constructor rejected a decoded value (null element, negative line, ...)
                throw new IOException("corrupt facts: " + e.getClass().getSimpleName(), e);
            }
        }

        private FileFacts facts() throws IOException {
            String file = readString();
            String packageName = readString();
            List<String> imports = strings();
            List<String> staticImports = strings();
            int n = readCount();
            List<TypeInfo> types = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                String qualifiedName = readString();
                String simpleName = readString();
                TypeKind kind = enumValue(TYPE_KINDS);
                List<String> supertypes = strings();
                boolean server = bool();
                int m = readCount();
                Map<String, Integer> accessors = new HashMap<>();
                for (int k = 0; k < m; k++) {
                    accessors.put(readString(), signed());
                }
                if (accessors.size() != m) {
                    throw new IOException("corrupt facts: repeated enum accessor");
                }
                types.add(new TypeInfo(qualifiedName, simpleName, kind, supertypes, server, accessors));
            }
            n = readCount();
            List<ConstantDef> constants = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                constants.add(new ConstantDef(readString(), readString(), expr(0), exprs(0)));
            }
            n = readCount();
            List<CallSite> calls = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                Location location = location();
                String method = readString();
                StrExpr url = expr(0);
                String clientName = readString();
                ClientId client = clientName == null ? null : new ClientId(clientName);
                String className = readString();
                CallKind kind = enumValue(CALL_KINDS);
                String interfaceName = readString();
                String implementableBy = readString();
                String enclosingMethod = readString();
                List<String> params = strings();
                StrExpr methodExpr = expr(0);
                int g = readCount();
                List<Guard> guards = new ArrayList<>(Math.min(g, 4));
                for (int k = 0; k < g; k++) {
                    guards.add(new Guard(expr(0), exprs(0), bool()));
                }
                calls.add(new CallSite(location, method, url, client, className, kind, interfaceName, implementableBy,
                        enclosingMethod, params, methodExpr, guards));
            }
            n = readCount();
            List<Invocation> invocations = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                invocations.add(new Invocation(location(), readString(), exprs(0), readString(), readString(),
                        readString(), strings()));
            }
            n = readCount();
            List<RetrofitBase> retrofitBases = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                retrofitBases.add(new RetrofitBase(readString(), expr(0), readString(), strings(), signed()));
            }
            n = readCount();
            List<HeaderSite> headers = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                headers.add(new HeaderSite(location(), expr(0), expr(0), readString(), readString(), readString()));
            }
            n = readCount();
            List<EnvSite> envReads = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                envReads.add(new EnvSite(location(), expr(0), readString()));
            }
            n = readCount();
            List<TokenLiteral> tokens = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                tokens.add(new TokenLiteral(location(), readString(), bool()));
            }
            n = readCount();
            List<TokenInUrl> tokensInUrls = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                tokensInUrls.add(new TokenInUrl(location(), readString()));
            }
            n = readCount();
            List<SuppressedRegion> suppressions = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                String regionFile = readString();
                int start = signed();
                int end = signed();
                List<String> rules = strings();
                Set<String> ruleSet = new HashSet<>(rules);
                if (ruleSet.size() != rules.size()) {
                    throw new IOException("corrupt facts: repeated rule id");
                }
                suppressions.add(new SuppressedRegion(regionFile, start, end, ruleSet));
            }
            boolean marker = bool();
            n = readCount();
            List<InputProblem> problems = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                problems.add(new InputProblem(location(), readString(), readString()));
            }
            n = readCount();
            List<FieldWrite> fieldWrites = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                fieldWrites.add(new FieldWrite(readString(), readString(), expr(0), readString(), strings()));
            }
            n = readCount();
            List<MethodReturn> returns = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                returns.add(new MethodReturn(readString(), readString(), strings(), expr(0)));
            }
            return new FileFacts(file, packageName, imports, staticImports, types, constants, calls, invocations,
                    retrofitBases, headers, envReads, tokens, tokensInUrls, suppressions, marker, problems,
                    fieldWrites, returns);
        }

        private Location location() throws IOException {
            String file = readString();
            if (file == null) {
                return null;
            }
            return new Location(file, unsigned(), unsigned());
        }

        private StrExpr expr(int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("corrupt facts: expression nested deeper than " + MAX_DEPTH);
            }
            int d = depth + 1;
            int tag = in.readUnsignedByte();
            return switch (tag) {
                case NULL -> null;
                case LIT -> new Lit(readString());
                case REF -> new Ref(readString());
                case ENUM_ACCESS -> new EnumAccess(readString(), readString());
                case CONCAT -> new Concat(exprs(d), bool());
                case FORMAT_EXPR -> new Format(expr(d), exprs(d), bool());
                case RESOLVE -> new Resolve(expr(d), expr(d));
                case HOLE -> new Hole(readString(), bool());
                case SCOPED -> new Scoped(readString(), expr(d));
                case CALL -> new StrExpr.Call(readString(), exprs(d), readString(), readString());
                default -> throw new IOException("corrupt facts: unknown expression tag " + tag);
            };
        }

        private List<StrExpr> exprs(int depth) throws IOException {
            int n = readCount();
            List<StrExpr> list = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                list.add(expr(depth));
            }
            return list;
        }

        private List<String> strings() throws IOException {
            int n = readCount();
            if (n == 0) {
                return List.of();
            }
            List<String> list = new ArrayList<>(Math.min(n, 16));
            for (int i = 0; i < n; i++) {
                list.add(readString());
            }
            return list;
        }

        /** Reads what {@link Writer#writeString(String)} wrote. */
        public String readString() throws IOException {
            int ref = unsigned();
            if (ref == 0) {
                return null;
            }
            if (ref <= stringCount) {
                return strings[ref - 1];
            }
            if (ref != stringCount + 1) {
                throw new IOException("corrupt facts: string " + ref + " of " + stringCount);
            }
            String s = readText();
            if (stringCount == strings.length) {
                strings = Arrays.copyOf(strings, stringCount * 2);
            }
            strings[stringCount++] = s;
            return s;
        }

        /** Reads what {@link Writer#writeText(String)} wrote. */
        public String readText() throws IOException {
            int length = unsigned();
            if (length < 0 || length > MAX_STRING_BYTES) {
                throw new IOException("corrupt facts: string of " + length + " bytes");
            }
            if (in instanceof ByteArrayDataInput bytes) {
                return bytes.readString(length);
            }
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            in.readFully(scratch, 0, length);
            return new String(scratch, 0, length, StandardCharsets.UTF_8);
        }

        private <E extends Enum<E>> E enumValue(E[] values) throws IOException {
            int v = in.readUnsignedByte();
            if (v > values.length) {
                throw new IOException("corrupt facts: unknown constant " + v);
            }
            return v == 0 ? null : values[v - 1];
        }

        private boolean bool() throws IOException {
            int b = in.readUnsignedByte();
            if (b > 1) {
                throw new IOException("corrupt facts: " + b + " is not a boolean");
            }
            return b == 1;
        }

        /** Reads what {@link Writer#writeCount(int)} wrote. */
        public int readCount() throws IOException {
            int n = unsigned();
            if (n < 0 || n > MAX_COUNT) {
                throw new IOException("corrupt facts: count " + n);
            }
            return n;
        }

        private int signed() throws IOException {
            int v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        private int unsigned() throws IOException {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = in.readUnsignedByte();
                v |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (shift == 28 && b > 0x0f) {
                        throw new IOException("corrupt facts: number too large");
                    }
                    return v;
                }
            }
            throw new IOException("corrupt facts: number too long");
        }
    }
}
