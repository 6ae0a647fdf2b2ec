package io.kubereach.engine;

import io.kubereach.model.AdminPeer;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.AdminPort;
import io.kubereach.model.AdminRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.PolicySubject;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small language for writing cluster-wide policies in tests, beside {@link Fixture}. */
public final class AdminFixture {

    private AdminFixture() {
    }

    /** An AdminNetworkPolicy being written. */
    public static Draft anp(String name, int priority) {
        return new Draft(AdminPolicy.Kind.ADMIN_NETWORK_POLICY, name, AdminPolicy.Tier.ADMIN, priority);
    }

    /** The BaselineAdminNetworkPolicy being written (always named {@code default}). */
    public static Draft banp() {
        return new Draft(AdminPolicy.Kind.BASELINE_ADMIN_NETWORK_POLICY, "default", AdminPolicy.Tier.BASELINE,
                AdminPolicy.BASELINE_ADMIN_PRIORITY);
    }

    /** A ClusterNetworkPolicy of a tier being written. */
    public static Draft cnp(String name, AdminPolicy.Tier tier, int priority) {
        return new Draft(AdminPolicy.Kind.CLUSTER_NETWORK_POLICY, name, tier, priority);
    }

    public static AdminPeer inNamespaces(String namespaceLabels) {
        return new AdminPeer.Namespaces(Fixture.sel(namespaceLabels));
    }

    public static AdminPeer podsIn(String namespaceLabels, String podLabels) {
        return new AdminPeer.Pods(Fixture.sel(namespaceLabels), Fixture.sel(podLabels));
    }

    public static AdminPeer nodes(String nodeLabels) {
        return new AdminPeer.Nodes(Fixture.sel(nodeLabels));
    }

    public static AdminPeer networks(String... cidrs) {
        return new AdminPeer.Networks(Arrays.stream(cidrs).map(Cidr::of).toList());
    }

    public static AdminPeer domains(String... names) {
        return new AdminPeer.DomainNames(List.of(names));
    }

    public static AdminPort tcpPort(int port) {
        return new AdminPort.Numbers(Protocol.TCP, port, port);
    }

    public static AdminPort udpPort(int port) {
        return new AdminPort.Numbers(Protocol.UDP, port, port);
    }

    public static AdminPort portRange(Protocol protocol, int from, int to) {
        return new AdminPort.Numbers(protocol, from, to);
    }

    public static AdminPort namedPort(String name) {
        return new AdminPort.Named(name);
    }

    /** A rule: its action, name, peers and ports (none: every port). */
    public static AdminRule rule(RuleAction action, String name, List<AdminPeer> peers, AdminPort... ports) {
        return new AdminRule(name, action, peers, List.of(ports));
    }

    public static List<AdminPeer> to(AdminPeer... peers) {
        return List.of(peers);
    }

    /** A cluster-wide policy being written. */
    public static final class Draft {
        private final AdminPolicy.Kind kind;
        private final String name;
        private final AdminPolicy.Tier tier;
        private final int priority;
        private PolicySubject subject = new PolicySubject.Namespaces(Fixture.sel(""));
        private final List<AdminRule> ingress = new ArrayList<>();
        private final List<AdminRule> egress = new ArrayList<>();

        private Draft(AdminPolicy.Kind kind, String name, AdminPolicy.Tier tier, int priority) {
            this.kind = kind;
            this.name = name;
            this.tier = tier;
            this.priority = priority;
        }

        /** Applies to every pod of the namespaces with these labels. */
        public Draft namespaces(String namespaceLabels) {
            subject = new PolicySubject.Namespaces(Fixture.sel(namespaceLabels));
            return this;
        }

        /** Applies to the pods with these labels in the namespaces with those. */
        public Draft pods(String namespaceLabels, String podLabels) {
            subject = new PolicySubject.Pods(Fixture.sel(namespaceLabels), Fixture.sel(podLabels));
            return this;
        }

        public Draft ingress(AdminRule... rules) {
            ingress.addAll(List.of(rules));
            return this;
        }

        public Draft egress(AdminRule... rules) {
            egress.addAll(List.of(rules));
            return this;
        }

        public AdminPolicy build() {
            return new AdminPolicy(kind, name, tier, priority, subject, ingress, egress);
        }
    }
}
