package io.kubereach.source.live;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the process environment tells a cluster source, as kubectl reads it: the
 * {@code KUBECONFIG} list, the home folder that holds {@code .kube/config}, and the proxy
 * variables. Tests pass their own instead of the process's.
 *
 * @param variables the environment variables
 * @param home the user's home folder
 */
public record Environment(Map<String, String> variables, Path home) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The environment of this process; the home folder is {@code HOME}, else Java's {@code user.home}. */
    public static Environment system() {
        Map<String, String> variables = System.getenv();
        String home = variables.getOrDefault("HOME", "");
        return new Environment(variables, Path.of(home.isBlank() ? System.getProperty("user.home") : home));
    }

    /** A variable's value; empty when it is unset or blank. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The first of these variables that is set (e.g. {@code HTTPS_PROXY}, then {@code https_proxy}). */
    public Optional<String> firstOf(String... names) {
        for (String name : names) {
            Optional<String> value = variable(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
