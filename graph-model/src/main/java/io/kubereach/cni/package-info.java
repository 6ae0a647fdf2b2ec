/**
 * The CNI: recognises the network plugin from its DaemonSets and node annotations
 * ({@link io.kubereach.cni.CniRecognizer}), whether it enforces NetworkPolicy, how pod traffic
 * crosses nodes, and what the containers of a pod share: its network namespace and {@code lo}
 * ({@link io.kubereach.cni.SharedLocalhost}).
 *
 * <p>Place in the data flow: read from the ClusterSnapshot beside the engine; its verdict that
 * policy is "intended, not enforced" is shown by the views and the CLI. Depends on {@code model}
 * and {@code text}.
 */
package io.kubereach.cni;
