package io.kubereach.diff;

import static io.kubereach.diff.Sides.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.report.Connection;
import io.kubereach.report.ConnectionEnd;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Connectivity diff")
class ConnectivityDiffTest {

    private static final ConnectionEnd.Workload A = workload("shop/a");
    private static final ConnectionEnd.Workload B = workload("shop/b");
    private static final ConnectionEnd.Workload C = workload("shop/c");

    private static String summary(ConnectionChange c) {
        return c.kind().word() + " " + c.source() + " -> " + c.destination() + ": " + c.before() + " / " + c.after();
    }

    @Test
    @DisplayName("the same connections on both sides are unchanged pairs and no difference")
    void sameConnectionsAreNoDifference() {
        ConnectivityDiff d = diff(side().allows(A, B, tcp(80)), side().allows(A, B, tcp(80)));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.changes()).isEmpty();
        assertThat(d.pairs()).map(ConnectivityDiffTest::summary).containsExactly("unchanged shop/a[Deployment] -> shop/b[Deployment]: TCP 80 / TCP 80");
    }

    @Test
    @DisplayName("a pair allowed on both sides with other ports is changed, one allowed on one side only is added or removed")
    void kindsFollowTheTwoSets() {
        ConnectivityDiff d = diff(
                side().allows(A, B, tcp(80)).allows(B, C, tcp(53)),
                side().allows(A, B, tcp(80, 443)).allows(C, A, ConnectionSet.all()));
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.changes()).map(ConnectivityDiffTest::summary).containsExactly(
                "changed shop/a[Deployment] -> shop/b[Deployment]: TCP 80 / TCP 80,443",
                "removed shop/b[Deployment] -> shop/c[Deployment]: TCP 53 / No Connections",
                "added shop/c[Deployment] -> shop/a[Deployment]: No Connections / All Connections");
    }

    @Test
    @DisplayName("a workload that exists on one side only is marked added or removed; one that exists on both is not")
    void presenceSaysWhichWorkloadsCameOrWent() {
        ConnectivityDiff d = diff(side().with(A, B).allows(B, C, tcp(53)), side().with(A, B).allows(A, B, tcp(80)));
        ConnectionChange added = d.changes().get(0);
        ConnectionChange removed = d.changes().get(1);
        assertThat(added.kind()).isEqualTo(ChangeKind.ADDED);
        assertThat(added.sourcePresence()).isEqualTo(Presence.BOTH);
        assertThat(added.destinationPresence()).isEqualTo(Presence.BOTH);
        assertThat(removed.kind()).isEqualTo(ChangeKind.REMOVED);
        assertThat(removed.sourcePresence()).isEqualTo(Presence.BOTH);
        assertThat(removed.destinationPresence()).isEqualTo(Presence.BEFORE_ONLY);

        ConnectionChange toNew = diff(side().with(A), side().allows(A, C, tcp(80))).changes().get(0);
        assertThat(toNew.sourcePresence()).isEqualTo(Presence.BOTH);
        assertThat(toNew.destinationPresence()).isEqualTo(Presence.AFTER_ONLY);
    }

    @Test
    @DisplayName("an outside range is cut where the other side cuts it, and only the piece that changed is reported")
    void rangesAreCutToCommonPieces() {
        ConnectivityDiff d = diff(
                side().allows(outside("0.0.0.0", "255.255.255.255"), A, ConnectionSet.all()),
                side().allows(outside("0.0.0.0", "127.255.255.255"), A, ConnectionSet.all()));
        assertThat(d.pairs()).map(ConnectivityDiffTest::summary).containsExactly(
                "unchanged 0.0.0.0-127.255.255.255[External] -> shop/a[Deployment]: All Connections / All Connections",
                "removed 128.0.0.0-255.255.255.255[External] -> shop/a[Deployment]: All Connections / No Connections");
    }

    @Test
    @DisplayName("pieces that changed alike are joined again, so ranges cut differently but allowing the same are no difference")
    void alikePiecesAreJoined() {
        ConnectivityDiff d = diff(
                side().allows(A, outside("0.0.0.0", "9.255.255.255"), tcp(443))
                        .allows(A, outside("10.0.0.0", "10.255.255.255"), tcp(443))
                        .allows(A, outside("11.0.0.0", "255.255.255.255"), tcp(443)),
                side().allows(A, outside("0.0.0.0", "255.255.255.255"), tcp(443)));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.pairs()).map(ConnectivityDiffTest::summary)
                .containsExactly("unchanged shop/a[Deployment] -> 0.0.0.0-255.255.255.255[External]: TCP 443 / TCP 443");
    }

    @Test
    @DisplayName("pieces joined are only those that touch: a gap between two alike pieces keeps them apart")
    void onlyTouchingPiecesAreJoined() {
        ConnectivityDiff d = diff(
                side().allows(A, outside("0.0.0.0", "9.255.255.255"), tcp(443))
                        .allows(A, outside("11.0.0.0", "255.255.255.255"), tcp(443)),
                side());
        assertThat(d.changes()).map(c -> c.destination().toString())
                .containsExactly("0.0.0.0-9.255.255.255[External]", "11.0.0.0-255.255.255.255[External]");
    }

    @Test
    @DisplayName("sources and destinations are cut apart: an egress bound does not cut the sources")
    void sourceAndDestinationCutsAreSeparate() {
        ConnectivityDiff d = diff(
                side().allows(outside("0.0.0.0", "255.255.255.255"), A, tcp(80)).allows(A, outside("0.0.0.0", "255.255.255.255"), tcp(80)),
                side().allows(outside("0.0.0.0", "255.255.255.255"), A, tcp(80)).allows(A, outside("10.0.0.0", "10.255.255.255"), tcp(80)));
        assertThat(d.changes()).map(ConnectivityDiffTest::summary).containsExactly(
                "removed shop/a[Deployment] -> 0.0.0.0-9.255.255.255[External]: TCP 80 / No Connections",
                "removed shop/a[Deployment] -> 11.0.0.0-255.255.255.255[External]: TCP 80 / No Connections");
        assertThat(d.pairs()).filteredOn(c -> c.kind() == ChangeKind.UNCHANGED).map(ConnectivityDiffTest::summary).containsExactly(
                "unchanged 0.0.0.0-255.255.255.255[External] -> shop/a[Deployment]: TCP 80 / TCP 80",
                "unchanged shop/a[Deployment] -> 10.0.0.0-10.255.255.255[External]: TCP 80 / TCP 80");
    }

    @Test
    @DisplayName("a pair that either side could not judge is uncertain: never unchanged, changed, added or removed")
    void unjudgedPairsAreUncertain() {
        ConnectivityDiff d = diff(side().allows(A, B, tcp(80)).allows(A, C, tcp(80)), side().mayAllow(A, B, tcp(80)).allows(A, C, tcp(80)));
        assertThat(d.pairs()).map(ConnectivityDiffTest::summary)
                .containsExactly("unchanged shop/a[Deployment] -> shop/c[Deployment]: TCP 80 / TCP 80");
        assertThat(d.uncertain()).map(ConnectivityDiffTest::summary)
                .containsExactly("unchanged shop/a[Deployment] -> shop/b[Deployment]: TCP 80 / TCP 80");
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a pair allowed on neither side is not a change, and a side's connection must end at one of its workloads")
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> new ConnectionChange(A, B, ConnectionSet.none(), ConnectionSet.none(), Presence.BOTH, Presence.BOTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop/a[Deployment] -> shop/b[Deployment]");
        assertThatThrownBy(() -> new Connectivity(List.of(new Connection(A, B, tcp(80))), List.of(), Set.of(A.ref())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shop/b[Deployment] is not among the workloads");
    }
}
