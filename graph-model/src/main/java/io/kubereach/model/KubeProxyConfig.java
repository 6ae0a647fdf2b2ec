package io.kubereach.model;

/**
 * What the {@code kube-system/kube-proxy} ConfigMap says about load balancing.
 *
 * @param mode the proxy mode as written ({@code iptables}, {@code ipvs}, {@code nftables}); empty
 *     when the ConfigMap leaves it out, which means kube-proxy's default (iptables on Linux)
 * @param scheduler the IPVS scheduler as written ({@code rr}, {@code lc}, {@code sh}, …); empty
 *     when left out, which means {@code rr}
 */
public record KubeProxyConfig(String mode, String scheduler) {
}
