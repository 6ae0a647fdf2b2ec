package io.kubereach.model;

import java.util.Optional;

/**
 * A rule's {@code services}: the endpoints of a Kubernetes Service (and only their ports).
 *
 * @param name the Service's name
 * @param namespace its namespace; empty: the policy's namespace
 */
public record ServiceMatch(String name, Optional<String> namespace) {
}
