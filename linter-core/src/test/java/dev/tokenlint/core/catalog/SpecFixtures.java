package dev.tokenlint.core.catalog;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the small hand-written spec and catalog snippets under test resources. */
final class SpecFixtures {

    private SpecFixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(SpecFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource " + name, e);
        }
    }
}
