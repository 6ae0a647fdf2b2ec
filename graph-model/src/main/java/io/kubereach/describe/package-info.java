/**
 * Descriptions in plain words, as language-neutral sentences: a NetworkPolicy's selection,
 * isolation, rules and traps ({@link io.kubereach.describe.PolicyDescriber},
 * {@link io.kubereach.describe.PolicySentences}), the concepts behind a pod, Service or Ingress
 * ({@link io.kubereach.describe.ConceptExplainer}) and why a verdict is what it is
 * ({@link io.kubereach.describe.VerdictExplanation}).
 *
 * <p>Place in the data flow: reads the ClusterSnapshot and the engine's (and kube-proxy's)
 * answers; the graph, the reports, the CLI and the app's details show what it says, rendered
 * through {@code text}. Depends on {@code model}, {@code engine}, {@code proxy} and {@code text}.
 */
package io.kubereach.describe;
