package io.kubereach.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the command line names a Cilium or Calico policy: {@code cilium/NAMESPACE/NAME} (a
 * CiliumNetworkPolicy), {@code ccnp/NAME} (a CiliumClusterwideNetworkPolicy, kubectl's short name),
 * {@code calico/NAMESPACE/NAME} (a Calico NetworkPolicy), {@code gnp/NAME} (a Calico
 * GlobalNetworkPolicy), or the kinds in full.
 */
final class CniPolicyNames {

    /** The kinds named. */
    enum Kind {
        CILIUM(true), CILIUM_CLUSTERWIDE(false), CALICO(true), CALICO_GLOBAL(false);

        private final boolean namespaced;

        Kind(boolean namespaced) {
            this.namespaced = namespaced;
        }

        /** Whether a name of this kind has a namespace part. */
        boolean namespaced() {
            return namespaced;
        }

        /** The prefix the command line prints. */
        String prefix() {
            return switch (this) {
                case CILIUM -> "cilium";
                case CILIUM_CLUSTERWIDE -> "ccnp";
                case CALICO -> "calico";
                case CALICO_GLOBAL -> "gnp";
            };
        }
    }

    /**
     * A parsed name.
     *
     * @param kind the kind
     * @param namespace the namespace of a namespaced kind
     * @param name the policy's name
     */
    record Name(Kind kind, Optional<String> namespace, String name) {
    }

    private static final Map<String, Kind> PREFIXES = Map.of(
            "cilium", Kind.CILIUM, "ciliumnetworkpolicy", Kind.CILIUM,
            "ccnp", Kind.CILIUM_CLUSTERWIDE, "ciliumclusterwidenetworkpolicy", Kind.CILIUM_CLUSTERWIDE,
            "calico", Kind.CALICO, "networkpolicy.projectcalico.org", Kind.CALICO,
            "gnp", Kind.CALICO_GLOBAL, "globalnetworkpolicy", Kind.CALICO_GLOBAL);

    private CniPolicyNames() {
    }

    /** The name, if the text starts with one of these prefixes and has the parts its kind needs. */
    static Optional<Name> parse(String text) {
        String[] parts = text.trim().split("/", -1);
        Kind kind = PREFIXES.get(parts[0].toLowerCase(Locale.ROOT));
        if (kind == null || parts.length != (kind.namespaced() ? 3 : 2) || java.util.Arrays.stream(parts).anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(kind.namespaced() ? new Name(kind, Optional.of(parts[1]), parts[2]) : new Name(kind, Optional.empty(), parts[1]));
    }

    /** Whether the text starts with one of these prefixes (then it must parse). */
    static boolean prefixed(String text) {
        String first = text.trim().split("/", -1)[0].toLowerCase(Locale.ROOT);
        return PREFIXES.containsKey(first);
    }

    /** How the command line names a policy of a kind. */
    static String of(Kind kind, Optional<String> namespace, String name) {
        return kind.prefix() + "/" + namespace.map(n -> n + "/").orElse("") + name;
    }
}
