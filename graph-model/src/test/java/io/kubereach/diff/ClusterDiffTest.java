package io.kubereach.diff;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.GapReason;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.SourceGap;
import io.kubereach.report.ConnectionList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The diff of two clusters judged by the engine: what a policy edit changes, and what a source could not read. */
@DisplayName("Connectivity diff of two clusters")
class ClusterDiffTest {

    private final Pod client = pod("shop/client", "role=client", port("http", 8080, Protocol.TCP));
    private final Pod web = pod("shop/web", "app=web", port("http", 8080, Protocol.TCP));
    private final Pod secret = pod("vault/secret", "app=secret", port("http", 8080, Protocol.TCP));

    private ClusterSnapshotBuilder cluster3() {
        return cluster().pod(client).pod(web).pod(secret);
    }

    private static Connectivity connectivity(ClusterSnapshot s) {
        return Connectivity.of(new ConnectionList(s, new IndexedEngine(s, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS));
    }

    private static ConnectivityDiff diff(ClusterSnapshot before, ClusterSnapshot after) {
        return ConnectivityDiff.between(connectivity(before), connectivity(after));
    }

    @Test
    @DisplayName("isolating a pod's ingress to one port changes the lines to it and nothing else")
    void policyEditChangesOnlyItsLines() {
        var onlyHttp = policy("shop/web-http", "app=web").ingress(rule(from(pods("role=client")), tcp(8080))).build();
        ConnectivityDiff d = diff(cluster3().build(), cluster3().policy(onlyHttp).build());
        assertThat(DiffFormat.TXT.write(d)).isEqualTo("""
                Connectivity diff:
                diff-type: changed, source: shop/client[Pod], destination: shop/web[Pod], ref1: All Connections, ref2: TCP 8080
                diff-type: removed, source: 0.0.0.0-255.255.255.255[External], destination: shop/web[Pod], ref1: All Connections, \
                ref2: No Connections
                diff-type: removed, source: vault/secret[Pod], destination: shop/web[Pod], ref1: All Connections, ref2: No Connections
                """);
    }

    @Test
    @DisplayName("lines to a namespace whose policies one side could not read are uncertain, not unchanged")
    void unreadablePoliciesMakePairsUncertain() {
        SourceGap vault = new SourceGap("NetworkPolicy", "vault", GapReason.status(403));
        ConnectivityDiff d = diff(cluster3().build(), cluster3().gap(vault).build());
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.uncertain()).isNotEmpty().allSatisfy(c -> assertThat(c.source() + " " + c.destination()).contains("vault/secret"));
        assertThat(d.pairs()).noneMatch(c -> (c.source() + " " + c.destination()).contains("vault/secret"));
    }
}
