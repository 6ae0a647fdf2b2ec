/**
 * Questions a person asks by name: "can FROM reach TO on PORT?" with FROM/TO a pod, a workload,
 * an address or {@code svc:NAMESPACE/NAME} ({@link io.kubereach.query.ReachQuestions},
 * {@link io.kubereach.query.TargetResolver}), answered through the engine and kube-proxy, and
 * {@code unknown} with its reason where the source could not read a namespace's policies
 * ({@link io.kubereach.query.PolicyGaps}).
 *
 * <p>Place in the data flow: between the engine and its outputs (the CLI's {@code can-reach}, the
 * reports). Depends on {@code model}, {@code engine} and {@code proxy}.
 */
package io.kubereach.query;
