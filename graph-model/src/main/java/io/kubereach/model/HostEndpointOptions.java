package io.kubereach.model;

/**
 * A GlobalNetworkPolicy's options that only matter for host endpoints ({@code globalnetworkpolicy.mdx}).
 *
 * @param doNotTrack rules apply before connection tracking
 * @param preDNAT rules apply before DNAT
 * @param applyOnForward rules also apply to forwarded traffic
 */
public record HostEndpointOptions(boolean doNotTrack, boolean preDNAT, boolean applyOnForward) {

    /** None of them: the policy applies after connection tracking and DNAT. */
    public static final HostEndpointOptions NONE = new HostEndpointOptions(false, false, false);

    /**
     * Whether the policy applies to host endpoints only: Felix gives a workload endpoint (a pod)
     * only its normal tiers and puts a {@code doNotTrack} policy in the untracked tiers and a
     * {@code preDNAT} one in the pre-DNAT tiers, which only host endpoints have
     * ({@code felix/calc/event_sequencer.go} {@code tierInfoToProtoTierInfo}).
     */
    public boolean hostEndpointsOnly() {
        return doNotTrack || preDNAT;
    }
}
