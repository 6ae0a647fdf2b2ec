package io.kubereach.engine;

/**
 * Choices where CNIs differ.
 *
 * @param ipBlocksMatchPodIps whether an ipBlock also matches a pod's own IPs (rule 13); off by
 *     default, as netpol-analyzer does and as the documentation intends ipBlocks for
 *     cluster-external addresses
 */
public record EngineOptions(boolean ipBlocksMatchPodIps) {

    /** The defaults: ipBlocks match only addresses outside the cluster. */
    public static final EngineOptions DEFAULTS = new EngineOptions(false);
}
