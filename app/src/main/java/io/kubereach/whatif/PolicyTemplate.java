package io.kubereach.whatif;

/**
 * A policy to start from when adding one: a blank policy of a kind, or a common NetworkPolicy
 * (deny everything, allow the namespace's own pods, allow DNS), as text the editor takes.
 */
public enum PolicyTemplate {
    /** A NetworkPolicy selecting every pod of the namespace, with no rule yet (it isolates ingress). */
    BLANK_NETWORK_POLICY(Head.NETWORK_POLICY, """
              policyTypes: [Ingress]
              ingress: []
            """),
    /** Denies all ingress and egress of every pod of the namespace. */
    DEFAULT_DENY(Head.NETWORK_POLICY, """
              policyTypes: [Ingress, Egress]
            """),
    /** Admits ingress from the pods of the same namespace to every pod of it. */
    ALLOW_SAME_NAMESPACE(Head.NETWORK_POLICY, """
              policyTypes: [Ingress]
              ingress:
              - from:
                - podSelector: {}
            """),
    /** Admits egress to the cluster DNS (kube-dns in kube-system, port 53 UDP and TCP) from every pod of the namespace. */
    ALLOW_DNS(Head.NETWORK_POLICY, """
              policyTypes: [Egress]
              egress:
              - to:
                - namespaceSelector:
                    matchLabels: {kubernetes.io/metadata.name: kube-system}
                  podSelector:
                    matchLabels: {k8s-app: kube-dns}
                ports:
                - {protocol: UDP, port: 53}
                - {protocol: TCP, port: 53}
            """),
    /** An AdminNetworkPolicy for every namespace, with no rule yet. */
    BLANK_ADMIN_NETWORK_POLICY("""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: AdminNetworkPolicy
            metadata:
              name: {name}
            spec:
              priority: 50
              subject:
                namespaces: {}
              ingress: []
            """),
    /** The BaselineAdminNetworkPolicy (there is one, named {@code default}), with no rule yet. */
    BLANK_BASELINE_ADMIN_NETWORK_POLICY("""
            apiVersion: policy.networking.k8s.io/v1alpha1
            kind: BaselineAdminNetworkPolicy
            metadata:
              name: default
            spec:
              subject:
                namespaces: {}
              ingress: []
            """),
    /** A ClusterNetworkPolicy of the Admin tier for every namespace, with no rule yet. */
    BLANK_CLUSTER_NETWORK_POLICY("""
            apiVersion: policy.networking.k8s.io/v1alpha2
            kind: ClusterNetworkPolicy
            metadata:
              name: {name}
            spec:
              tier: Admin
              priority: 50
              subject:
                namespaces: {}
              ingress: []
            """);

    private final String text;

    PolicyTemplate(String text) {
        this.text = text;
    }

    /** A NetworkPolicy of every pod of its namespace, then the rest of its spec. */
    PolicyTemplate(Head head, String spec) {
        this.text = head.text + spec;
    }

    /** The start every NetworkPolicy template shares. */
    private enum Head {
        NETWORK_POLICY("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: {name}
                  namespace: {namespace}
                spec:
                  podSelector: {}
                """);

        private final String text;

        Head(String text) {
            this.text = text;
        }
    }

    /** The template's text for a policy of this name in this namespace (ignored by cluster-scoped kinds). */
    public String text(String namespace, String name) {
        return text.replace("{name}", name).replace("{namespace}", namespace);
    }

    /** The bundle key of its name in menus. */
    public String labelKey() {
        return switch (this) {
            case BLANK_NETWORK_POLICY -> "whatIf.template.BLANK_NETWORK_POLICY";
            case DEFAULT_DENY -> "whatIf.template.DEFAULT_DENY";
            case ALLOW_SAME_NAMESPACE -> "whatIf.template.ALLOW_SAME_NAMESPACE";
            case ALLOW_DNS -> "whatIf.template.ALLOW_DNS";
            case BLANK_ADMIN_NETWORK_POLICY -> "whatIf.template.BLANK_ADMIN_NETWORK_POLICY";
            case BLANK_BASELINE_ADMIN_NETWORK_POLICY -> "whatIf.template.BLANK_BASELINE_ADMIN_NETWORK_POLICY";
            case BLANK_CLUSTER_NETWORK_POLICY -> "whatIf.template.BLANK_CLUSTER_NETWORK_POLICY";
        };
    }
}
