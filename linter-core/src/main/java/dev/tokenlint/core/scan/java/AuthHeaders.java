package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.AuthHeader;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} headers set near Dynatrace calls, with their realm ({@code Api-Token},
 * {@code Bearer}): in a method that makes a Dynatrace call, or elsewhere in a class that makes one
 * when the method makes no other client call. Run after the calls are decided.
 */
final class AuthHeaders {

    /** An authorization scheme name such as {@code Api-Token} or {@code Bearer}. */
    private static final Pattern REALM = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

    private AuthHeaders() {
    }

    /**
     * @param dynatraceMethods methods that make a Dynatrace call, or whose callers make one through them
     * @param dynatraceClasses classes (qualified names) that make a Dynatrace call
     * @param clientMethods    methods that make a client call of any kind
     */
    static List<AuthHeader> near(List<FileFacts> files, ConstantResolver resolver, Set<MethodInFile> dynatraceMethods,
                                 Set<String> dynatraceClasses, Set<MethodInFile> clientMethods) {
        List<AuthHeader> out = new ArrayList<>();
        for (FileFacts f : files) {
            for (HeaderSite h : f.headers()) {
                String realm = h.fixedRealm();
                if (realm == null) {
                    Resolved name = resolver.resolve(h.name(), f, Map.of());
                    if (!name.isText() || !name.render().strip().equalsIgnoreCase("Authorization")) {
                        continue;
                    }
                    Resolved value = resolver.resolve(h.value(), f, Map.of());
                    if (value.pieces().isEmpty() || value.pieces().get(0).isHole()) {
                        continue;
                    }
                    String text = value.pieces().get(0).text().strip();
                    int sp = text.indexOf(' ');
                    realm = sp > 0 ? text.substring(0, sp) : value.pieces().size() > 1 ? text : "";
                    if (!REALM.matcher(realm).matches() || realm.startsWith("dt0")) {
                        continue; // no realm written: the value starts with the token itself, which is never kept
                    }
                }
                MethodInFile method = new MethodInFile(f.file(), h.enclosingMethod());
                boolean near = dynatraceMethods.contains(method)
                        || !clientMethods.contains(method) && dynatraceClasses.contains(h.className());
                if (near) {
                    out.add(new AuthHeader(h.location(), realm, h.className()));
                }
            }
        }
        out.sort(Comparator.comparing(AuthHeader::location));
        return out;
    }
}
