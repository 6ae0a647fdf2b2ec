package io.kubereach.report;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.LabelRequirement.Operator;
import io.kubereach.model.PolicyPeer;
import io.kubereach.model.Protocol;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("list --exposure: the lines netpol-analyzer prints for rule selectors and the entire cluster")
class ExposureTextTest {

    private static String text(ClusterSnapshot s) {
        return new ExposureText(s, new LiteralEngine(s), EngineOptions.DEFAULTS, LiteralEngine::new).text(true);
    }

    private static PolicyPeer selectors(Optional<io.kubereach.model.LabelSelector> pods, Optional<io.kubereach.model.LabelSelector> namespaces) {
        return new PolicyPeer.Selectors(pods, namespaces);
    }

    @Test
    @DisplayName("a namespace label no namespace has is written as netpol-analyzer writes the selector, with the ports of every rule that admits it, both ways")
    void namespaceLabelNobodyHas() {
        var p = policy("shop/in-out", "app=web").types(Direction.INGRESS, Direction.EGRESS)
                .ingress(rule(from(namespaces("team=ops")), tcp(8080)))
                .egress(rule(from(podsIn("team=ops", "app=db")), tcp(5432))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web", port("http", 8080, Protocol.TCP))).policy(p).build();
        assertThat(text(s)).isEqualTo("\nExposure Analysis Result:\nEgress Exposure:\n"
                + "shop/web-1[Pod] \t=> \t[namespace with {team=ops}]/[pod with {app=db}] : TCP 5432\n"
                + "\nIngress Exposure:\n"
                + "shop/web-1[Pod] \t<= \t[namespace with {team=ops}]/[all pods] : TCP 8080\n"
                // the egress rule's pods live in namespaces the ingress rule admits whole
                + "shop/web-1[Pod] \t<= \t[namespace with {team=ops}]/[pod with {app=db}] : TCP 8080\n");
    }

    @Test
    @DisplayName("a pod selector without a namespace selector names the policy's namespace; an empty namespace selector is [all namespaces]")
    void policyNamespaceAndAllNamespaces() {
        var p = policy("shop/in", "app=web")
                .ingress(rule(from(pods("app=batch")), tcp(80)), rule(from(podsIn("", "role=monitor")), tcp(9090))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).policy(p).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t<= \t[all namespaces]/[pod with {role=monitor}] : TCP 9090\n")
                .contains("shop/web-1[Pod] \t<= \tshop/[pod with {app=batch}] : TCP 80\n")
                .doesNotContain("<= \tentire-cluster");
    }

    @Test
    @DisplayName("a selector a pod of the input matches, plain labels only, gives no line: its connections are in the list already")
    void selectorMatchedByARealPodIsLeftOut() {
        var p = policy("shop/in", "app=web").ingress(rule(from(pods("app=batch")), tcp(80))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).pod(pod("shop/batch-1", "app=batch")).policy(p).build();
        assertThat(text(s)).doesNotContain("[pod with {app=batch}]");
    }

    @Test
    @DisplayName("match expressions are written as Go prints them, values in the order written, and are kept even when a pod matches")
    void matchExpressionsInGoForm() {
        var p = policy("shop/in", "app=web").ingress(rule(from(selectors(
                Optional.of(sel("", new io.kubereach.model.LabelRequirement("role", Operator.IN, new java.util.LinkedHashSet<>(List.of("web", "api"))))),
                Optional.empty())), tcp(80))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web,role=web")).policy(p).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t<= \tshop/[pod with {{Key:role,Operator:In,Values:[web api],}}] : TCP 80\n");
    }

    @Test
    @DisplayName("a rule whose namespace selector only forbids a label does not admit the entire cluster: it is its own line")
    void notInIsNotTheEntireCluster() {
        var p = policy("shop/in", "app=web").types(Direction.INGRESS, Direction.EGRESS).ingress(rule(from(selectors(Optional.empty(),
                Optional.of(sel("", req("env", Operator.NOT_IN, "prod"))))))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).policy(p).build();
        assertThat(text(s)).isEqualTo("\nExposure Analysis Result:\nIngress Exposure:\n"
                + "shop/web-1[Pod] \t<= \t[namespace with {{Key:env,Operator:NotIn,Values:[prod],}}]/[all pods] : All Connections\n");
    }

    @Test
    @DisplayName("a rule that admits every namespace is the entire cluster, and a selector that gets no more than that gives no line of its own")
    void entireClusterCoversEqualSelectors() {
        var p = policy("shop/in", "app=web").ingress(rule(from(namespaces("")), tcp(80)), rule(from(namespaces("team=ops")), tcp(80))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).policy(p).build();
        assertThat(text(s)).contains("shop/web-1[Pod] \t<= \tentire-cluster : TCP 80\n").doesNotContain("team=ops");
    }

    @Test
    @DisplayName("lines are sorted as netpol-analyzer sorts them: outside ranges, then selectors, then entire-cluster")
    void sortedByteWise() {
        var p = policy("shop/in", "app=web").ingress(rule(from(namespaces("")), tcp(80)), rule(from(namespaces("team=ops")), tcp(81)),
                rule(from(ipBlock("0.0.0.0/0")), tcp(82))).build();
        ClusterSnapshot s = cluster().pod(pod("shop/web-1", "app=web")).policy(p).build();
        String ingress = text(s).split("Ingress Exposure:\n")[1];
        assertThat(ingress.lines().takeWhile(l -> !l.isEmpty()).map(l -> l.split("\t")[2]).toList()).containsExactly(
                "0.0.0.0-255.255.255.255[External] : TCP 82",
                "[namespace with {team=ops}]/[all pods] : TCP 80-81",
                "entire-cluster : TCP 80");
    }
}
