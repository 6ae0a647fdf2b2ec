package io.kubereach.engine;

import java.util.OptionalInt;

/**
 * A policy as an explanation names it.
 *
 * @param kind its API kind ({@code NetworkPolicy}, {@code AdminNetworkPolicy}, …)
 * @param name its name; {@code namespace/name} for a namespaced policy
 * @param priority its priority within its tier, when it has one
 */
public record PolicyRef(String kind, String name, OptionalInt priority) {
}
