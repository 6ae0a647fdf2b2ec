/**
 * The policy engine: answers who may reach whom in a snapshot, as a
 * {@link io.kubereach.engine.Verdict} for one connection (allowed, denied or unknown, with the
 * tier walk of each side: the policies and rules that decided it) and as a
 * {@link io.kubereach.engine.Reach} of {@link io.kubereach.engine.ConnectionSet}s between peers.
 * Each side walks ordered tiers ({@link io.kubereach.engine.TierKind}: the Admin tier, the
 * NetworkPolicies, the Baseline tier); what cannot be judged is an
 * {@link io.kubereach.engine.Uncertainty}, never allowed. Two implementations of
 * {@link io.kubereach.engine.ReachabilityEngine} give the same answers: the
 * {@link io.kubereach.engine.LiteralEngine} reads the rules as written (the reference), the
 * {@link io.kubereach.engine.IndexedEngine} precomputes pod classes and rule indexes.
 *
 * <p>Place in the data flow: ClusterSnapshot → <b>engine</b> → NetworkGraph → views. Depends on
 * {@code model} and {@code text}; knows nothing of the graph, queries, reports or descriptions built
 * on its answers. A new policy language is a tier here, never a special case above.
 */
package io.kubereach.engine;
