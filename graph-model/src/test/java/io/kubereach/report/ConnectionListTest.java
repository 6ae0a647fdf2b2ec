package io.kubereach.report;

import static io.kubereach.engine.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.LiteralEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.Direction;
import io.kubereach.model.Pod;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Connection list")
class ConnectionListTest {

    private static Pod replica(String ns, String workload, String name, String labels) {
        Pod p = pod(ns + "/" + name, labels, port("http", 8080, Protocol.TCP));
        return new Pod(p.namespace(), p.name(), p.labels(), p.ips(), p.node(), new WorkloadRef(ns, "Deployment", workload),
                false, List.of(new Container("app", "", List.of(port("http", 8080, Protocol.TCP)))), true);
    }

    private static List<String> list(ClusterSnapshot s) {
        return new ConnectionList(s, new LiteralEngine(s), EngineOptions.DEFAULTS).connections().stream().map(Connection::line).toList();
    }

    @Test
    @DisplayName("with no policy every workload reaches every other and the whole outside, both ways")
    void withoutPoliciesEverythingIsListed() {
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).pod(replica("hello", "b", "b-1", "app=b")).build();
        assertThat(list(s)).containsExactly(
                "0.0.0.0-255.255.255.255[External] => hello/a[Deployment] : All Connections",
                "0.0.0.0-255.255.255.255[External] => hello/b[Deployment] : All Connections",
                "hello/a[Deployment] => 0.0.0.0-255.255.255.255[External] : All Connections",
                "hello/a[Deployment] => hello/b[Deployment] : All Connections",
                "hello/b[Deployment] => 0.0.0.0-255.255.255.255[External] : All Connections",
                "hello/b[Deployment] => hello/a[Deployment] : All Connections");
    }

    @Test
    @DisplayName("replicas of one workload give one line, and a workload's connection to itself is never listed")
    void replicasCollapseIntoTheirWorkload() {
        var deny = policy("hello/deny", "").types(Direction.INGRESS, Direction.EGRESS).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).pod(replica("hello", "a", "a-2", "app=a"))
                .policy(deny).build();
        assertThat(list(s)).isEmpty();
    }

    @Test
    @DisplayName("external ranges are cut at ingress bounds for sources and egress bounds for destinations, unmerged")
    void externalRangesFollowIpBlockBounds() {
        var in = policy("hello/in", "app=a").ingress(rule(from(ipBlock("10.0.0.0/8", "10.1.0.0/16")), tcp(80))).build();
        var out = policy("hello/out", "app=a").types(Direction.EGRESS).egress(rule(from(ipBlock("192.168.0.0/16")))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).policy(in).policy(out).build();
        assertThat(list(s)).containsExactly(
                "10.0.0.0-10.0.255.255[External] => hello/a[Deployment] : TCP 80",
                "10.2.0.0-10.255.255.255[External] => hello/a[Deployment] : TCP 80",
                "hello/a[Deployment] => 192.168.0.0-192.168.255.255[External] : All Connections");
    }

    @Test
    @DisplayName("IPv6 ipBlocks are listed like IPv4 ones, cut at their bounds, once a policy names one")
    void ipv6RangesAreListed() {
        var out = policy("hello/out", "app=a").types(Direction.EGRESS).egress(rule(from(ipBlock("2001:db8::/32")), tcp(443))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).policy(out).build();
        assertThat(list(s)).containsExactly(
                "0.0.0.0-255.255.255.255[External] => hello/a[Deployment] : All Connections",
                "0:0:0:0:0:0:0:0-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff[External] => hello/a[Deployment] : All Connections",
                "hello/a[Deployment] => 2001:db8:0:0:0:0:0:0-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff[External] : TCP 443");
    }

    @Test
    @DisplayName("an ipBlock counts as the addresses it stands for: excepts that touch leave no cut between them")
    void touchingExceptsLeaveNoCut() {
        var in = policy("hello/in", "app=a").ingress(rule(from(ipBlock("0.0.0.0/0", "10.0.0.0/9", "10.128.0.0/9")), tcp(53))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).policy(in).build();
        assertThat(list(s)).containsExactly(
                "0.0.0.0-9.255.255.255[External] => hello/a[Deployment] : TCP 53",
                "11.0.0.0-255.255.255.255[External] => hello/a[Deployment] : TCP 53",
                "hello/a[Deployment] => 0.0.0.0-255.255.255.255[External] : All Connections");
    }

    @Test
    @DisplayName("connection sets are written as netpol-analyzer does: protocols by name, ports as ranges")
    void connectionSetsUseConnlistWording() {
        var in = policy("hello/in", "app=b").ingress(rule(from(pods("app=a")),
                range(Protocol.SCTP, 1, 9002), range(Protocol.SCTP, 9004, 65535), tcp(80), udp(53))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).pod(replica("hello", "b", "b-1", "app=b"))
                .policy(in).build();
        assertThat(list(s)).contains("hello/a[Deployment] => hello/b[Deployment] : SCTP 1-9002,9004-65535,TCP 80,UDP 53");
    }

    @Test
    @DisplayName("the five formats carry the same triples; CSV quotes fields with commas")
    void formatsCarryTheSameContent() {
        var in = policy("hello/in", "app=b").ingress(rule(from(pods("app=a")), tcp(80), tcp(443))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a")).pod(replica("hello", "b", "b-1", "app=b"))
                .policy(in).build();
        var connections = new ConnectionList(s, new LiteralEngine(s), EngineOptions.DEFAULTS).connections();
        assertThat(ConnlistFormat.TXT.write(connections)).contains("hello/a[Deployment] => hello/b[Deployment] : TCP 80,443\n");
        assertThat(ConnlistFormat.CSV.write(connections)).startsWith("src,dst,conn\n")
                .contains("hello/a[Deployment],hello/b[Deployment],\"TCP 80,443\"\n");
        assertThat(ConnlistFormat.JSON.write(connections)).contains("\"src\": \"hello/a[Deployment]\"", "\"conn\": \"TCP 80,443\"");
        assertThat(ConnlistFormat.MD.write(connections)).contains("| hello/a[Deployment] | hello/b[Deployment] | TCP 80,443 |");
        assertThat(ConnlistFormat.DOT.write(connections))
                .contains("\"hello/a[Deployment]\" -> \"hello/b[Deployment]\" [label=\"TCP 80,443\"");
    }

    @Test
    @DisplayName("when policies judge the pods of one workload apart, list shows their common part and warns")
    void disagreeingReplicasAreWarnedAbout() {
        var in = policy("hello/in", "app=b").ingress(rule(from(pods("tier=x")), tcp(80))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a,tier=x")).pod(replica("hello", "a", "a-2", "app=a,tier=y"))
                .pod(replica("hello", "b", "b-1", "app=b")).policy(in).build();
        var list = new ConnectionList(s, new LiteralEngine(s), EngineOptions.DEFAULTS);
        assertThat(list.connections()).extracting(Connection::line).noneMatch(l -> l.startsWith("hello/a[Deployment] => hello/b"));
        assertThat(list.warnings()).singleElement().asString().contains("hello/a[Deployment]");
    }

    @Test
    @DisplayName("replicas that differ only in labels no policy looks at raise no warning")
    void agreeingReplicasRaiseNoWarning() {
        var in = policy("hello/in", "app=b").ingress(rule(from(pods("app=a")), tcp(80))).build();
        ClusterSnapshot s = cluster().pod(replica("hello", "a", "a-1", "app=a,tier=x")).pod(replica("hello", "a", "a-2", "app=a,tier=y"))
                .pod(replica("hello", "b", "b-1", "app=b")).policy(in).build();
        var list = new ConnectionList(s, new LiteralEngine(s), EngineOptions.DEFAULTS);
        assertThat(list.connections()).extracting(Connection::line).contains("hello/a[Deployment] => hello/b[Deployment] : TCP 80");
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    @DisplayName("the JSON of an empty list is an empty array")
    void emptyJsonIsAnEmptyArray() {
        assertThat(ConnlistFormat.JSON.write(List.of())).isEqualTo("[]\n");
    }
}
