package io.kubereach.cli;

import io.kubereach.model.AdminPolicy;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the command line names a cluster-wide policy: {@code anp/NAME}, {@code banp/default},
 * {@code cnp/NAME} (kubectl's short names), or the kind in full ({@code adminnetworkpolicy/NAME}).
 */
final class ClusterPolicyNames {

    private static final Map<String, AdminPolicy.Kind> PREFIXES = Map.of(
            "anp", AdminPolicy.Kind.ADMIN_NETWORK_POLICY,
            "adminnetworkpolicy", AdminPolicy.Kind.ADMIN_NETWORK_POLICY,
            "banp", AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY,
            "baselineadminnetworkpolicy", AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY,
            "cnp", AdminPolicy.Kind.CLUSTER_NETWORK_POLICY,
            "clusternetworkpolicy", AdminPolicy.Kind.CLUSTER_NETWORK_POLICY);

    private ClusterPolicyNames() {
    }

    /** The kind a prefix names, if it names one. */
    static Optional<AdminPolicy.Kind> kind(String prefix) {
        return Optional.ofNullable(PREFIXES.get(prefix.toLowerCase(Locale.ROOT)));
    }

    /** kubectl's short name of a kind. */
    static String shortName(AdminPolicy.Kind kind) {
        return switch (kind) {
            case ADMIN_NETWORK_POLICY -> "anp";
            case BASELINE_ADMIN_NETWORK_POLICY -> "banp";
            case CLUSTER_NETWORK_POLICY -> "cnp";
        };
    }
}
