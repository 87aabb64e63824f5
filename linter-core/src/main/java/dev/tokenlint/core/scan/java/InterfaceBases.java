package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.BaseJoin;
import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The link pass for annotated interface clients (Retrofit, Feign, ...): joins each interface's
 * relative mappings with the base URLs given where the interface is created, directly
 * ({@code retrofit.create(Api.class)}) or through a generic factory ({@code createService(Api.class)});
 * an interface no code of the source set creates takes the generic factories' bases. Also tells
 * interface "clients" that a class of the source set implements (server contracts), and the
 * files that configure Spring's {@code WebClient}s.
 */
final class InterfaceBases {

    /** What a call of a generic factory must match: its name and number of arguments (no types are solved). */
    private record Shape(String name, int arity) {
    }

    /** Interface simple name to the bases it is created with, each with the file that gives it. */
    private final Map<String, List<Map.Entry<FileFacts, RetrofitBase>>> bases = new HashMap<>();
    private final Map<Shape, List<Map.Entry<FileFacts, RetrofitBase>>> factories = new LinkedHashMap<>();
    /** Simple names of the types that a class, enum or record of the source set extends or implements. */
    private final Set<String> implemented = new HashSet<>();

    InterfaceBases(List<FileFacts> files) {
        for (FileFacts f : files) {
            for (TypeInfo t : f.types()) {
                if (t.kind() != TypeKind.INTERFACE) {
                    implemented.addAll(t.supertypes());
                }
            }
            for (RetrofitBase b : f.retrofitBases()) {
                if (b.isFactory()) {
                    factories.computeIfAbsent(new Shape(b.factory().name(), b.factory().arity()),
                            k -> new ArrayList<>()).add(Map.entry(f, b));
                } else {
                    bases.computeIfAbsent(b.interfaceName(), k -> new ArrayList<>()).add(Map.entry(f, b));
                }
            }
        }
        if (!factories.isEmpty()) {
            // each call of a generic factory with a class literal creates that interface with the factory's bases
            for (FileFacts f : files) {
                for (Invocation inv : f.invocations()) {
                    List<Map.Entry<FileFacts, RetrofitBase>> fs = factories.get(new Shape(inv.name(), inv.args().size()));
                    if (fs != null) {
                        created(inv, fs);
                    }
                }
            }
        }
    }

    /** Adds the bases of factory {@code fs} to the interface that {@code inv} names by a class literal. */
    private void created(Invocation inv, List<Map.Entry<FileFacts, RetrofitBase>> fs) {
        for (Map.Entry<FileFacts, RetrofitBase> fb : fs) {
            int i = fb.getValue().factoryParam();
            if (i < inv.args().size() && inv.args().get(i) instanceof StrExpr.Ref r
                    && r.name().endsWith(InvocationReader.CLASS_LITERAL)) {
                String iface = r.name().substring(0, r.name().length() - InvocationReader.CLASS_LITERAL.length());
                RetrofitBase b = fb.getValue();
                List<Map.Entry<FileFacts, RetrofitBase>> list = bases.computeIfAbsent(iface, k -> new ArrayList<>());
                RetrofitBase named = new RetrofitBase(iface, b.baseUrl(), b.enclosingMethod(), b.params());
                if (list.stream().noneMatch(e -> e.getValue().equals(named))) {
                    list.add(Map.entry(fb.getKey(), named));
                }
            }
        }
    }

    /** Whether {@code c} may be a server contract and a class of the source set implements its interface. */
    boolean implementedInSources(CallSite c) {
        return !c.implementableBy().isEmpty() && implemented.contains(c.implementableBy());
    }

    /**
     * The candidates of an interface mapping {@code c} of file {@code f}, one per base its interface
     * is created with; empty when {@code c} is no interface mapping or no base is known.
     */
    List<Candidate> joined(CallSite c, FileFacts f) {
        if (c.kind() != CallKind.INTERFACE || c.interfaceName().isEmpty()) {
            return List.of();
        }
        if (!bases.containsKey(c.interfaceName()) && !factories.isEmpty()
                && ClientLibraries.baseJoin(c.client()) != BaseJoin.NONE) {
            // an interface no code of the source set creates, beside a generic factory (a generated
            // client whose users are elsewhere): the factory's bases are the ones it would get
            List<Map.Entry<FileFacts, RetrofitBase>> all = new ArrayList<>();
            for (List<Map.Entry<FileFacts, RetrofitBase>> fs : factories.values()) {
                for (Map.Entry<FileFacts, RetrofitBase> fb : fs) {
                    RetrofitBase b = fb.getValue();
                    all.add(Map.entry(fb.getKey(), new RetrofitBase(c.interfaceName(), b.baseUrl(),
                            b.enclosingMethod(), b.params())));
                }
            }
            bases.put(c.interfaceName(), all);
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<FileFacts, RetrofitBase> b : bases.getOrDefault(c.interfaceName(), List.of())) {
            StrExpr base = new Scoped(b.getKey().file(), b.getValue().baseUrl());
            StrExpr joined = ClientLibraries.baseJoin(c.client()) == BaseJoin.RESOLVE
                    ? new Resolve(base, c.url())
                    : new Concat(List.of(base, new StrExpr.Lit("/"), c.url()), false);
            // the method that gives the base: its callers may supply the base's parts, the
            // call stays at the interface's annotation
            CallSite at = new CallSite(c.location(), c.method(), joined, c.client(), c.className(),
                    c.kind(), c.interfaceName(), c.implementableBy(), b.getValue().enclosingMethod(),
                    b.getValue().params(), c.methodExpr(), c.guards());
            out.add(new Candidate(at, joined, f, Map.of(), Set.of(b.getKey().file()), List.of(),
                    "", null, false, true, List.of(), MethodKey.NONE));
        }
        return out;
    }

    /**
     * The files that configure the source set's {@code WebClient}s ({@code WebClient.builder().baseUrl(..)}),
     * when every one of them names Dynatrace or gives a Dynatrace host: a {@code WebClient} injected into
     * another class (by {@code @Qualifier}, by type) is then one of them, and its calls have their evidence.
     * Empty when there are none, or when one of them is another service's: which one a class gets is
     * not followed, so neither is taken.
     */
    Set<String> webClientConfiguration(ConstantResolver resolver) {
        List<Map.Entry<FileFacts, RetrofitBase>> webClients = bases.get(JavaFileExtractor.WEB_CLIENT_BASE);
        if (webClients == null || webClients.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<FileFacts, RetrofitBase> b : webClients) {
            Resolved base = resolver.resolve(b.getValue().baseUrl(), b.getKey(), Map.of());
            boolean dynatraceHost = base.render().toLowerCase(Locale.ROOT).contains("dynatrace");
            if (!b.getKey().dynatraceMarker() && !dynatraceHost || PathNormalizer.otherHost(base) && !dynatraceHost) {
                return Set.of();
            }
            out.add(b.getKey().file());
        }
        return out;
    }
}
