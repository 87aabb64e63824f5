package dev.tokenlint.core.engine;

import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The rules found on the class path through {@link ServiceLoader}, by id. */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        Map<String, Rule> byId = new TreeMap<>();
        for (Rule rule : rules) {
            String id = rule.metadata().id();
            Rule previous = byId.putIfAbsent(id, rule);
            if (previous != null) {
                throw new IllegalStateException("two rules claim the id '" + id + "': "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    /** Every rule registered with {@code classLoader}. */
    public static RuleRegistry load(ClassLoader classLoader) {
        List<Rule> found = new ArrayList<>();
        try {
            for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
                found.add(rule);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a registered rule could not be loaded: " + e.getMessage(), e);
        }
        return new RuleRegistry(found);
    }

    /** Rules sorted by id. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Rule ids with the option keys each accepts, for config validation. */
    public Map<String, List<String>> optionKeys() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Rule r : rules.values()) {
            RuleMetadata m = r.metadata();
            out.put(m.id(), m.options());
        }
        return out;
    }
}
