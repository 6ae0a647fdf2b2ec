/**
 * Calico's label selector language: {@link io.kubereach.model.selector.CalicoSelectorParser} reads
 * an expression ({@code role == 'db' && !has(canary)}) into a
 * {@link io.kubereach.model.selector.CalicoSelector}, which matches label maps and writes itself back
 * in Calico's canonical form; a selector Calico refuses is a
 * {@link io.kubereach.model.selector.CalicoSelectorException} naming the column.
 *
 * <p>Place in the data flow: used by the converters that make Calico policies of the
 * ClusterSnapshot, and by the model's Calico records the engine evaluates. A leaf: depends only on
 * the JDK and {@code text}.
 */
package io.kubereach.model.selector;
