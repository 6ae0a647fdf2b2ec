package io.kubereach.report;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.AdminFixture;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.model.AdminPolicy;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("list --exposure: named ports and the cluster-wide tiers, as netpol-analyzer states them")
class ExposureAcrossTiersTest {

    private static String text(ClusterSnapshot s) {
        return new ExposureText(s, new LiteralEngine(s), EngineOptions.DEFAULTS, LiteralEngine::new).text(true);
    }

    /** A NetworkPolicy that isolates shop's app=web both ways and admits nothing. */
    private static io.kubereach.model.NetworkPolicy denyAll() {
        return policy("shop/deny-all", "app=web").types(Direction.INGRESS, Direction.EGRESS).build();
    }

    @Test
    @DisplayName("a named port toward pods a selector names stays a name of the rule's protocol, since their containers are not known")
    void namedPortTowardSelectorStaysAName() {
        var p = policy("shop/out", "app=web").types(Direction.EGRESS).egress(rule(from(namespaces("team=ops")), named("http", Protocol.TCP))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web", port("http", 8080, Protocol.TCP))).policy(p).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t=> \t[namespace with {team=ops}]/[all pods] : TCP http\n");
    }

    @Test
    @DisplayName("named ports toward the entire cluster stay names, while at ingress they resolve on the workload's own containers")
    void namedPortsTowardEntireCluster() {
        var p = policy("shop/both", "app=web").types(Direction.INGRESS, Direction.EGRESS)
                .ingress(rule(from(namespaces("")), named("http", Protocol.TCP)))
                .egress(rule(from(namespaces("")), named("local-dns", Protocol.TCP), named("http", Protocol.TCP))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web", port("http", 8080, Protocol.TCP))).policy(p).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t=> \tentire-cluster : TCP http,local-dns\n")
                .contains("shop/web-1[Pod] \t<= \tentire-cluster : TCP 8080\n");
    }

    @Test
    @DisplayName("an AdminNetworkPolicy's named port toward the entire cluster has no protocol: netpol-analyzer writes it after a bare space")
    void adminNamedPortHasNoProtocol() {
        AdminPolicy anp = AdminFixture.anp("open", 10).pods("kubernetes.io/metadata.name=shop", "app=web")
                .egress(AdminFixture.rule(RuleAction.ALLOW, "out", AdminFixture.to(AdminFixture.inNamespaces("")), AdminFixture.namedPort("local-port")))
                .build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).policy(denyAll()).adminPolicy(anp).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t=> \tentire-cluster :  local-port\n");
    }

    @Test
    @DisplayName("an AdminNetworkPolicy's namespace selector is a selector peer both ways, and the pods it applies to are protected")
    void adminSelectorPeersAndProtection() {
        AdminPolicy anp = AdminFixture.anp("ops", 10).namespaces("kubernetes.io/metadata.name=shop")
                .ingress(AdminFixture.rule(RuleAction.ALLOW, "in", AdminFixture.to(AdminFixture.inNamespaces("house=slytherin")), AdminFixture.tcpPort(80)))
                .egress(AdminFixture.rule(RuleAction.ALLOW, "out", AdminFixture.to(AdminFixture.inNamespaces("house=slytherin")), AdminFixture.tcpPort(80)))
                .build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).pod(pod("shop/db-1", "app=db")).policy(denyAll()).adminPolicy(anp).build();
        String text = text(s);
        assertThat(text).contains("shop/web-1[Pod] \t=> \t[namespace with {house=slytherin}]/[all pods] : TCP 80\n")
                .contains("shop/web-1[Pod] \t<= \t[namespace with {house=slytherin}]/[all pods] : TCP 80\n")
                .doesNotContain("db-1[Pod] is not protected"); // no NetworkPolicy selects db-1, but the admin policy applies to it both ways
    }

    @Test
    @DisplayName("a Deny rule before an Allow for the entire cluster gives the denied pods a line of their own, even with no connections")
    void denyBeforeEntireClusterAllow() {
        AdminPolicy anp = AdminFixture.anp("mostly-open", 10).pods("kubernetes.io/metadata.name=shop", "app=web")
                .egress(AdminFixture.rule(RuleAction.DENY, "not-slytherin", AdminFixture.to(AdminFixture.inNamespaces("house=slytherin"))),
                        AdminFixture.rule(RuleAction.DENY, "not-9090", AdminFixture.to(AdminFixture.inNamespaces("house=ravenclaw")), AdminFixture.tcpPort(9090)),
                        AdminFixture.rule(RuleAction.ALLOW, "rest", AdminFixture.to(AdminFixture.inNamespaces(""))))
                .build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).adminPolicy(anp).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t=> \t[namespace with {house=slytherin}]/[all pods] : No Connections\n")
                .contains("shop/web-1[Pod] \t=> \t[namespace with {house=ravenclaw}]/[all pods] : SCTP 1-65535,TCP 1-9089,9091-65535,UDP 1-65535\n")
                .contains("shop/web-1[Pod] \t=> \tentire-cluster : All Connections\n")
                .doesNotContain("web-1[Pod] is not protected on Egress")
                .contains("web-1[Pod] is not protected on Ingress");
    }

    @Test
    @DisplayName("a Pass rule hands its ports to the tiers below, ahead of a lower-priority Deny of everything")
    void passHandsOverAheadOfALaterDeny() {
        AdminPolicy pass = AdminFixture.anp("pass-dns", 25).namespaces("kubernetes.io/metadata.name=shop")
                .egress(AdminFixture.rule(RuleAction.PASS, "dns", AdminFixture.to(AdminFixture.podsIn("kubernetes.io/metadata.name=infra", "app=dns")),
                        AdminFixture.udpPort(53))).build();
        AdminPolicy deny = AdminFixture.anp("deny-rest", 200).namespaces("kubernetes.io/metadata.name=shop")
                .egress(AdminFixture.rule(RuleAction.DENY, "all", AdminFixture.to(AdminFixture.podsIn("", "")))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).adminPolicy(pass).adminPolicy(deny).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t=> \tinfra/[pod with {app=dns}] : UDP 53\n").doesNotContain("=> \tentire-cluster");
    }

    @Test
    @DisplayName("the BaselineAdminNetworkPolicy's Deny holds only where no NetworkPolicy isolates the pod")
    void baselineDenyBelowNetworkPolicies() {
        AdminPolicy banp = AdminFixture.banp().namespaces("kubernetes.io/metadata.name=shop")
                .ingress(AdminFixture.rule(RuleAction.DENY, "no-ops", AdminFixture.to(AdminFixture.inNamespaces("team=ops")))).build();
        var isolating = policy("shop/in", "app=db").ingress(rule(from(namespaces("team=ops")), tcp(5432))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).pod(pod("shop/db-1", "app=db")).policy(isolating).adminPolicy(banp).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t<= \t[namespace with {team=ops}]/[all pods] : No Connections\n")
                .contains("shop/db-1[Pod]  \t<= \t[namespace with {team=ops}]/[all pods] : TCP 5432\n"); // padded to web-1's width
    }
}
