package io.kubereach.engine;

import static io.kubereach.engine.AdminFixture.*;
import static io.kubereach.engine.Fixture.cluster;
import static io.kubereach.engine.Fixture.hostNetwork;
import static io.kubereach.engine.Fixture.namespace;
import static io.kubereach.engine.Fixture.pod;
import static io.kubereach.engine.Fixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.ClusterSnapshotBuilder;
import io.kubereach.model.Direction;
import io.kubereach.model.GapReason;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.RuleAction;
import io.kubereach.model.SourceGap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policies the source could not read (a 403 listing them) leave unknown exactly the answers they
 * could change, walking both ways: an unread Admin tier could allow or deny anything, an unread
 * Baseline tier only what reaches it.
 */
@DisplayName("Unread cluster-wide policies make the answers they could decide unknown")
class TierGapsTest {

    private static final SourceGap ADMIN = new SourceGap("AdminNetworkPolicy", "", GapReason.status(403));
    private static final SourceGap BASELINE = new SourceGap("BaselineAdminNetworkPolicy", "", GapReason.status(403));
    private static final SourceGap CLUSTER = new SourceGap("ClusterNetworkPolicy", "", GapReason.status(403));

    private final Pod web = pod("shop/web", "app=web");
    private final Pod db = pod("vault/db", "app=db");
    private final Peer w = Peer.of(web);
    private final Peer d = Peer.of(db);

    private ClusterSnapshotBuilder base() {
        return cluster().namespace(namespace("shop", "team=shop")).namespace(namespace("vault", "team=vault")).pod(web).pod(db);
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("unread AdminNetworkPolicies make every answer between pods unknown, even one a NetworkPolicy denies")
    void unreadAdminTier(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var isolate = policy("vault/deny-all", "").types(Direction.INGRESS).build();
        ReachabilityEngine e = engine.apply(base().policy(isolate).gap(ADMIN).build());
        assertThat(e.reach(w, d).unknown().isAll()).as("an admin Allow could let it through").isTrue();
        assertThat(e.reach(d, w).unknown().isAll()).isTrue();
        Verdict v = e.verdict(w, d, Protocol.TCP, 80);
        assertThat(v.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.uncertainties()).containsExactly(new Uncertainty.Unread(ADMIN));
        assertThat(e.reach(w, w).allowed().isAll()).as("a pod and itself stays exempt").isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("unread baseline policies leave alone what the NetworkPolicies or the admin tier decide")
    void unreadBaselineTier(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        var isolate = policy("vault/deny-all", "").types(Direction.INGRESS).build();
        var allow = anp("allow-web", 1).namespaces("team=shop").egress(rule(RuleAction.ALLOW, "", to(inNamespaces("team=vault")))).build();
        ReachabilityEngine e = engine.apply(base().policy(isolate).adminPolicy(allow).gap(BASELINE).build());
        Reach shopToVault = e.reach(w, d);
        assertThat(shopToVault.allowed().isEmpty()).as("denied by the NetworkPolicy of vault").isTrue();
        assertThat(shopToVault.unknown().isEmpty()).isTrue();
        Reach vaultToShop = e.reach(d, w);
        assertThat(vaultToShop.unknown().isAll()).as("neither side of vault -> shop is decided before the baseline").isTrue();
        assertThat(e.reach(w, Peer.of(IpAddress.of("8.8.8.8"))).unknown().isAll()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("io.kubereach.engine.Engines#all")
    @DisplayName("unread ClusterNetworkPolicies count for both tiers; host-network pods are never their subjects")
    void unreadClusterNetworkPolicies(Function<ClusterSnapshot, ReachabilityEngine> engine) {
        Pod agent = hostNetwork(pod("vault/agent", "app=agent"));
        ReachabilityEngine e = engine.apply(base().pod(agent).gap(CLUSTER).build());
        assertThat(e.reach(w, d).unknown().isAll()).isTrue();
        assertThat(e.reach(Peer.of(agent), Peer.of(IpAddress.of("8.8.8.8"))).allowed().isAll()).isTrue();
        assertThat(e.verdict(w, d, Protocol.TCP, 80).uncertainties()).containsExactly(new Uncertainty.Unread(CLUSTER));
    }
}
