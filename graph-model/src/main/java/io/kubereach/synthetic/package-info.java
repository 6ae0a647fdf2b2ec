/**
 * Synthetic clusters for benchmarks and experiments: a seeded generator of namespaces, nodes,
 * workloads, Services and typical NetworkPolicies ({@link io.kubereach.synthetic.SyntheticCluster},
 * shapes small to large) and the writer of them as manifests.
 *
 * <p>Place in the data flow: a source of test input, outside the flow: what it writes is read back
 * like any manifests. Depends on {@code model}.
 */
package io.kubereach.synthetic;
