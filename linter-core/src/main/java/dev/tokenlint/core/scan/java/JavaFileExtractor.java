package dev.tokenlint.core.scan.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.SuppressedRegion;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.TokenPatternScanner;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.FieldWrite;
import dev.tokenlint.core.scan.java.FileFacts.MethodReturn;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.clients.CallChains;
import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import dev.tokenlint.core.scan.java.clients.ClientMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 1 for one Java file: parses it with JavaParser and reads everything the link phase
 * needs into a {@link FileFacts}. Depends on the file's content alone; the syntax tree is
 * dropped when {@link #extract} returns.
 */
public final class JavaFileExtractor {

    private static final Set<String> SERVER_ANNOTATIONS = Set.of("RestController", "Controller");

    /** {@link RetrofitBase#interfaceName()} of a base URL given to Spring's {@code WebClient.builder()}. */
    static final String WEB_CLIENT_BASE = "WebClient";

    private final JavaParser parser;
    private final TokenPatternScanner tokenScanner = new TokenPatternScanner();

    public JavaFileExtractor() {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setAttributeComments(false)
                .setStoreTokens(true); // node positions come from the tokens
        withoutValidation(config);
        this.parser = new JavaParser(config);
    }

    /** JavaParser's processor that post-processes and then validates for the language level. */
    private static final String LANGUAGE_LEVEL_PROCESSOR = "com.github.javaparser.ParserConfiguration$2";

    /**
     * Drops the language level's processor: its validation is a dozen walks over the tree that only
     * tell whether a compiler would accept the code, which a linter need not judge (code that parses
     * is read), and its post-processing is one more walk that only turns {@code var} into a
     * {@code VarType}, which {@link CallChains#isVar} tells without it. Together they were a third
     * of the parse time. Should a JavaParser upgrade move that processor, nothing is removed and
     * parsing stays correct, only slower (JavaFileExtractorTest notices).
     */
    private static void withoutValidation(ParserConfiguration config) {
        config.getProcessors().removeIf(p -> p.get().getClass().getName().equals(LANGUAGE_LEVEL_PROCESSOR));
    }

    /**
     * Reads {@code text}, the content of {@code file} (relative path). Never throws for bad
     * input: a syntax error becomes a problem, and what could still be parsed is read.
     */
    public FileFacts extract(String file, String text) {
        ParseResult<CompilationUnit> result = parse(text);
        List<InputProblem> problems = new ArrayList<>();
        if (!result.isSuccessful()) {
            Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            Location at = Location.ofFile(file);
            if (first != null && first.getLocation().isPresent()) {
                Optional<Position> p = first.getLocation().get().getBegin().getRange().map(r -> r.begin);
                if (p.isPresent()) {
                    at = new Location(file, p.get().line, p.get().column);
                }
            }
            problems.add(new InputProblem(at, "Java syntax error, file not scanned for calls", "source"));
            return FileFacts.problemsOnly(file, problems);
        }
        CompilationUnit cu = result.getResult().orElseThrow();
        return new Extraction(file, text, cu).run(problems);
    }

    /** JavaParser's result for {@code text}. */
    ParseResult<CompilationUnit> parse(String text) {
        return parser.parse(text);
    }

    /** The state of reading one compilation unit. */
    private final class Extraction {
        private final String file;
        private final String text;
        private final CompilationUnit cu;
        private final String pkg;
        private final List<String> imports = new ArrayList<>();
        private final List<String> staticImports = new ArrayList<>();
        private final List<TypeInfo> types = new ArrayList<>();
        private final List<ConstantDef> constants = new ArrayList<>();
        private final List<CallSite> calls = new ArrayList<>();
        private final List<Invocation> invocations = new ArrayList<>();
        private final List<RetrofitBase> retrofitBases = new ArrayList<>();
        private final List<HeaderSite> headers = new ArrayList<>();
        private final List<EnvSite> envReads = new ArrayList<>();
        private final List<TokenLiteral> tokens = new ArrayList<>();
        private final List<TokenInUrl> tokensInUrls = new ArrayList<>();
        private final List<SuppressedRegion> suppressions = new ArrayList<>();
        private final List<FieldWrite> fieldWrites = new ArrayList<>();
        private final List<MethodReturn> returns = new ArrayList<>();
        private MethodGuards guards;
        private EnvReadReader envReader;
        private HeaderReader headerReader;
        private VerbCallReader verbCalls;
        private InvocationReader invocationReader;
        /** Whether the file names Dynatrace: read by the verb calls and kept in the facts. */
        private final boolean marker;
        private Set<String> assigned;
        /** Every node of the tree in pre-order: one walk shared by the readers instead of one walk each. */
        private final List<Node> nodes = new ArrayList<>();
        private UnitContext ctx;

        Extraction(String file, String text, CompilationUnit cu) {
            this.file = file;
            this.text = text;
            this.cu = cu;
            this.marker = hasDynatraceMarker(text);
            this.pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        }

        /** The nodes of {@code type} in the order {@link Node#findAll(Class)} gives them. */
        private <T extends Node> List<T> all(Class<T> type) {
            List<T> found = new ArrayList<>();
            for (Node n : nodes) {
                if (type.isInstance(n)) {
                    found.add(type.cast(n));
                }
            }
            return found;
        }

        FileFacts run(List<InputProblem> problems) {
            cu.walk(Node.TreeTraversal.PREORDER, nodes::add);
            for (ImportDeclaration i : cu.getImports()) {
                String name = i.getNameAsString() + (i.isAsterisk() ? ".*" : "");
                (i.isStatic() ? staticImports : imports).add(name);
            }
            ctx = new UnitContext(file, pkg, imports);
            readTypes();
            readConstants();
            fieldWrites.addAll(new FieldWriteReader(ctx).read(all(AssignExpr.class), all(FieldDeclaration.class),
                    assignedNames()));
            guards = new MethodGuards(ctx.reader());
            envReader = new EnvReadReader(ctx);
            headerReader = new HeaderReader(ctx);
            verbCalls = new VerbCallReader(ctx, marker);
            invocationReader = new InvocationReader(ctx);
            returns.addAll(new MethodReturnReader(ctx).read(all(MethodDeclaration.class)));
            readCalls();
            List<ClassOrInterfaceDeclaration> declarations = all(ClassOrInterfaceDeclaration.class);
            calls.addAll(new InterfaceClientReader(ctx).read(declarations));
            calls.addAll(new MicrometerConfigReader(ctx).read(declarations, all(ObjectCreationExpr.class),
                    all(com.github.javaparser.ast.type.ClassOrInterfaceType.class), all(StringLiteralExpr.class)));
            envReads.addAll(envReader.fromAnnotations(all(AnnotationExpr.class)));
            headers.addAll(headerReader.fromAnnotations(all(AnnotationExpr.class)));
            TokenLiteralReader literals = new TokenLiteralReader(tokenScanner, file, text);
            if (literals.possible()) {
                TokenLiteralReader.Found found = literals.read(all(StringLiteralExpr.class),
                        all(TextBlockLiteralExpr.class));
                tokens.addAll(found.tokens());
                tokensInUrls.addAll(found.inUrls());
            }
            suppressions.addAll(new SuppressionReader(ctx).read(all(AnnotationExpr.class)));
            return new FileFacts(file, pkg, imports, staticImports, types, constants, calls, invocations,
                    retrofitBases, headers, envReads, tokens, tokensInUrls, suppressions, marker,
                    problems, fieldWrites, returns);
        }

        private void readTypes() {
            for (TypeDeclaration<?> t : all(TypeDeclaration.class)) {
                TypeKind kind = TypeKind.CLASS;
                List<String> supers = new ArrayList<>();
                boolean server = false;
                Map<String, Integer> accessors = Map.of();
                if (t instanceof ClassOrInterfaceDeclaration c) {
                    kind = c.isInterface() ? TypeKind.INTERFACE : TypeKind.CLASS;
                    c.getExtendedTypes().forEach(x -> supers.add(x.getNameAsString()));
                    c.getImplementedTypes().forEach(x -> supers.add(x.getNameAsString()));
                    server = !c.isInterface() && (ctx.hasAnnotation(c, SERVER_ANNOTATIONS)
                            || ctx.hasAnnotation(c, Set.of("Path")) && ctx.isJaxRs());
                } else if (t instanceof EnumDeclaration e) {
                    kind = TypeKind.ENUM;
                    e.getImplementedTypes().forEach(x -> supers.add(x.getNameAsString()));
                    accessors = enumAccessors(e);
                } else if (t instanceof RecordDeclaration r) {
                    kind = TypeKind.RECORD;
                    r.getImplementedTypes().forEach(x -> supers.add(x.getNameAsString()));
                } else {
                    kind = TypeKind.ANNOTATION;
                }
                types.add(new TypeInfo(ctx.qualified(t), t.getNameAsString(), kind, supers, server, accessors));
            }
        }

        /** Accessor name to constructor argument index: {@code this.f = p} in the constructor, {@code m() { return f; }}. */
        private Map<String, Integer> enumAccessors(EnumDeclaration e) {
            Map<String, Integer> fieldToArg = new HashMap<>();
            for (ConstructorDeclaration c : e.getConstructors()) {
                List<String> ps = c.getParameters().stream().map(Parameter::getNameAsString).toList();
                for (AssignExpr a : c.findAll(AssignExpr.class)) {
                    String target = a.getTarget() instanceof FieldAccessExpr f ? f.getNameAsString()
                            : a.getTarget() instanceof NameExpr n ? n.getNameAsString() : null;
                    if (target != null && a.getValue() instanceof NameExpr v && ps.contains(v.getNameAsString())) {
                        fieldToArg.put(target, ps.indexOf(v.getNameAsString()));
                    }
                }
            }
            Map<String, Integer> out = new HashMap<>(fieldToArg);
            for (MethodDeclaration m : e.getMethods()) {
                if (!m.getParameters().isEmpty()) {
                    continue;
                }
                for (ReturnStmt r : m.findAll(ReturnStmt.class)) {
                    Expression v = r.getExpression().orElse(null);
                    // String.valueOf(value), value.toString(), Objects.toString(value): the field itself
                    while (v instanceof MethodCallExpr call && (call.getNameAsString().equals("valueOf")
                            && call.getArguments().size() == 1 || call.getNameAsString().equals("toString")
                            && call.getArguments().size() <= 1)) {
                        v = call.getArguments().isEmpty() ? call.getScope().orElse(null) : call.getArgument(0);
                    }
                    String field = v instanceof NameExpr n ? n.getNameAsString()
                            : v instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
                    if (field != null && fieldToArg.containsKey(field)) {
                        out.put(m.getNameAsString(), fieldToArg.get(field));
                    }
                }
            }
            return out;
        }

        /** Names assigned anywhere in the file, as a plain name or a field access. */
        private Set<String> assignedNames() {
            if (assigned == null) {
                assigned = new HashSet<>();
                for (AssignExpr a : all(AssignExpr.class)) {
                    Expression t = a.getTarget();
                    if (t instanceof NameExpr n) {
                        assigned.add(n.getNameAsString());
                    } else if (t instanceof FieldAccessExpr f) {
                        assigned.add(f.getNameAsString());
                    }
                }
            }
            return assigned;
        }

        private void readConstants() {
            Set<String> assigned = assignedNames();
            for (FieldDeclaration f : all(FieldDeclaration.class)) {
                Optional<TypeDeclaration<?>> owner = ownerType(f);
                if (owner.isEmpty()) {
                    continue;
                }
                boolean isInterface = owner.get() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
                for (VariableDeclarator v : f.getVariables()) {
                    if (v.getInitializer().isEmpty()) {
                        continue;
                    }
                    if (!f.isFinal() && !isInterface && assigned.contains(v.getNameAsString())) {
                        continue;
                    }
                    constants.add(new ConstantDef(ctx.qualified(owner.get()), v.getNameAsString(),
                            ctx.reader().read(v.getInitializer().get()), List.of()));
                }
            }
            for (EnumConstantDeclaration ec : all(EnumConstantDeclaration.class)) {
                Optional<TypeDeclaration<?>> owner = ownerType(ec);
                if (owner.isEmpty()) {
                    continue;
                }
                List<StrExpr> args = new ArrayList<>();
                for (Expression a : ec.getArguments()) {
                    args.add(ctx.reader().read(a));
                }
                constants.add(new ConstantDef(ctx.qualified(owner.get()), ec.getNameAsString(), null, args));
            }
        }

        private Optional<TypeDeclaration<?>> ownerType(Node n) {
            Node p = n.getParentNode().orElse(null);
            return p instanceof TypeDeclaration<?> t ? Optional.of(t) : Optional.empty();
        }

        private void readCalls() {
            for (ObjectCreationExpr o : all(ObjectCreationExpr.class)) {
                Optional<ClientMatch> m = ClientLibraries.match(o, ctx);
                if (m.isPresent()) {
                    addCall(m.get(), o);
                } else if (HeaderReader.isBasicHeader(o)) {
                    headerReader.fromBasicHeader(o).ifPresent(headers::add);
                } else if (o.getAnonymousClassBody().isEmpty()) {
                    invocationReader.fromConstruction(o).ifPresent(invocations::add);
                }
            }
            for (MethodCallExpr c : all(MethodCallExpr.class)) {
                Optional<ClientMatch> m = ClientLibraries.match(c, ctx);
                if (m.isPresent()) {
                    addCall(m.get(), c);
                    continue;
                }
                headers.addAll(headerReader.fromCall(c));
                envReader.fromCall(c).ifPresent(envReads::add);
                readRetrofitBase(c);
                invocationReader.fromCall(c).ifPresent(invocations::add);
                verbCalls.fromCall(c).ifPresent(calls::add);
            }
        }

        private void addCall(ClientMatch m, Node call) {
            StrExpr url = m.urlValue() != null ? m.urlValue() : ctx.reader().read(m.url());
            StrExpr methodExpr = m.method() == null && m.methodArg() != null ? ctx.reader().read(m.methodArg()) : null;
            calls.add(new CallSite(ctx.at(m.at()), m.method(), url, m.client(), ctx.topLevel(call), CallKind.CODE, "",
                    "", ctx.methodKey(call), ctx.params(call), methodExpr, guards.around(call)));
        }

        private void readRetrofitBase(MethodCallExpr c) {
            if (c.getNameAsString().equals("baseUrl") && c.getArguments().size() == 1
                    && CallChains.chainRoot(c) instanceof NameExpr root && root.getNameAsString().equals("WebClient")) {
                // WebClient.builder().baseUrl(..), usually in a @Bean method: the WebClients it builds are injected
                // into the classes that send the requests
                retrofitBases.add(new RetrofitBase(WEB_CLIENT_BASE, ctx.reader().read(c.getArgument(0)),
                        ctx.methodKey(c), ctx.params(c)));
                return;
            }
            if (c.getNameAsString().equals("create") && c.getArguments().size() == 1
                    && c.getArgument(0) instanceof NameExpr p && ctx.params(c).contains(p.getNameAsString())) {
                readRetrofitFactory(c, ctx.params(c).indexOf(p.getNameAsString()));
                return;
            }
            if (c.getNameAsString().equals("target") && c.getArguments().size() == 2
                    && c.getArgument(0) instanceof NameExpr p && ctx.params(c).contains(p.getNameAsString())) {
                // Feign's <T> T buildClient(Class<T> type) { return builder.target(type, basePath); }
                // (a parameter of the enclosing method: there is one)
                retrofitBases.add(new RetrofitBase("", ctx.reader().read(c.getArgument(1)), ctx.methodKey(c),
                        ctx.params(c), ctx.methodKey(c), ctx.params(c).indexOf(p.getNameAsString())));
                return;
            }
            boolean create = c.getNameAsString().equals("create") && c.getArguments().size() == 1
                    && c.getArgument(0) instanceof ClassExpr;
            boolean target = c.getNameAsString().equals("target") && c.getArguments().size() == 2
                    && c.getArgument(0) instanceof ClassExpr;
            if (!create && !target) {
                return;
            }
            String iface = ((ClassExpr) c.getArgument(0)).getType().asString();
            iface = DeclaredTypes.simpleType(iface);
            if (target) {
                retrofitBases.add(new RetrofitBase(iface, ctx.reader().read(c.getArgument(1))));
                return;
            }
            Optional<Node> body = CallChains.enclosingCallableBody(c);
            Node scope = body.isPresent() ? body.get() : cu;
            for (MethodCallExpr b : scope.findAll(MethodCallExpr.class)) {
                if (b.getNameAsString().equals("baseUrl") && b.getArguments().size() == 1) {
                    retrofitBases.add(new RetrofitBase(iface, ctx.reader().read(b.getArgument(0)), ctx.methodKey(b),
                            ctx.params(b)));
                }
            }
        }

        /**
         * {@code <S> S createService(Class<S> type) { return builder.build().create(type); }}: a generic
         * factory whose callers name the interface; its base URLs are those given to a builder in its class.
         */
        private void readRetrofitFactory(MethodCallExpr create, int index) {
            MethodKey factory = ctx.methodKey(create);
            Optional<TypeDeclaration<?>> owner = create.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            if (factory.isNone() || owner.isEmpty()) {
                return;
            }
            for (MethodCallExpr b : owner.get().findAll(MethodCallExpr.class)) {
                if (b.getNameAsString().equals("baseUrl") && b.getArguments().size() == 1) {
                    retrofitBases.add(new RetrofitBase("", ctx.reader().read(b.getArgument(0)), ctx.methodKey(b),
                            ctx.params(b), factory, index));
                }
            }
        }
    }

    /**
     * The file names Dynatrace (in code, a string or a comment: a class documented as talking to
     * Dynatrace counts), the Api-Token realm, a DT_ variable or a token: evidence that its calls
     * to catalog paths go to Dynatrace.
     */
    public static boolean hasDynatraceMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("dynatrace") || lower.contains("api-token") || text.contains("\"DT_")
                || TokenPatternScanner.mayContainToken(text) && text.contains("dt0c01");
    }

}
