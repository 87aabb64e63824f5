package dev.tokenlint.core.scan.java.clients;

import dev.tokenlint.core.scan.java.StrExpr;

/**
 * A request declared by an annotated method of a client interface.
 *
 * @param client         the library whose annotation it is
 * @param method         the HTTP method in upper case, or null when the annotation does not say it statically
 * @param path           the path the annotation gives
 * @param relative       whether the path is relative to a base URL given where the interface is created
 *                       ({@code retrofit.create(Api.class)}) rather than to the interface's own base annotations
 * @param serverContract whether a class implementing the interface makes it a server's contract, not a client
 */
public record InterfaceMapping(ClientId client, String method, StrExpr path, boolean relative,
                               boolean serverContract) {
}
