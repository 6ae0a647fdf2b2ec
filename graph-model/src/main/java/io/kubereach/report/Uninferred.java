package io.kubereach.report;

/**
 * A policy that applies to a workload in one direction but whose rules the exposure analysis does
 * not infer pods from (a Cilium or Calico policy, or one not evaluated): what the workload may
 * exchange with pods not in the input is then not known.
 *
 * @param title its kind and name, e.g. {@code CiliumNetworkPolicy shop/allow-web}
 * @param namesPods whether its rules of that direction may name pods (endpoint or namespace selectors,
 *     Services, the {@code cluster}/{@code all} entities, a Calico rule open to everything): then the
 *     pods they name get a line of their own, unknown
 */
public record Uninferred(String title, boolean namesPods) {
}
