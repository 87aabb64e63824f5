package dev.tokenlint.core.scan.java.clients;

import java.util.List;

/** The name and markers every library has, so that a library's class holds only what it recognises. */
abstract class LibraryBase implements HttpClientLibrary {

    private final ClientId id;
    private final List<String> markers;

    LibraryBase(ClientId id, String... markers) {
        this.id = id;
        this.markers = List.of(markers);
    }

    @Override
    public final ClientId id() {
        return id;
    }

    @Override
    public final List<String> markers() {
        return markers;
    }
}
