/**
 * kube-proxy: how a connection to a Service reaches a backend. Resolves a Service's backends
 * ({@link io.kubereach.proxy.ServiceBackends}), checks them ({@link io.kubereach.proxy.ServiceCheck}),
 * and simulates N connections the way the proxy mode and IPVS scheduler pick backends
 * ({@link io.kubereach.proxy.LoadBalancingSimulation}), judging each at its backend with the engine.
 *
 * <p>Place in the data flow: beside the engine, between ClusterSnapshot and the views (the graph
 * draws Service → backend lines, the CLI and the app simulate). Depends on {@code model},
 * {@code engine} and {@code text}.
 */
package io.kubereach.proxy;
