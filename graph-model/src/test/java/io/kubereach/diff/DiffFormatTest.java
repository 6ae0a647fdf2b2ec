package io.kubereach.diff;

import static io.kubereach.diff.Sides.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.model.Protocol;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.ConnectionEnd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Diff formats")
class DiffFormatTest {

    private static final ConnectionEnd.Workload A = workload("shop/a");
    private static final ConnectionEnd.Workload B = workload("shop/b");
    private static final ConnectionEnd.Workload NEW = workload("shop/new");
    private static final ConnectionEnd INGRESS = new ConnectionEnd.IngressController();

    /** Changed a→b, added b→a, removed a→outside, an added and a removed workload, and the ingress controller's rows. */
    private static ConnectivityDiff sample() {
        return diff(
                side().allows(A, B, tcp(80)).allows(A, outside("0.0.0.0", "255.255.255.255"), ConnectionSet.all())
                        .allows(INGRESS, A, tcp(8080)).allows(workload("shop/old"), A, tcp(1)),
                side().allows(A, B, tcp(80, 443)).allows(B, A, tcp(53)).allows(NEW, B, tcp(9)).allows(INGRESS, B, tcp(8080)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DiffFormat.class)
    @DisplayName("no difference is an empty text in every format, even with unchanged pairs")
    void noDifferenceIsEmpty(DiffFormat format) {
        assertThat(format.write(diff(side().allows(A, B, tcp(80)), side().allows(A, B, tcp(80))))).isEmpty();
    }

    @Test
    @DisplayName("txt: changed, added, removed, each sorted as text, the ingress controller's rows after all others")
    void textOrdersByKindThenName() {
        assertThat(DiffFormat.TXT.write(sample())).isEqualTo("""
                Connectivity diff:
                diff-type: changed, source: shop/a[Deployment], destination: shop/b[Deployment], ref1: TCP 80, ref2: TCP 80,443
                diff-type: added, source: shop/b[Deployment], destination: shop/a[Deployment], ref1: No Connections, ref2: TCP 53
                diff-type: added, source: shop/new[Deployment], destination: shop/b[Deployment], ref1: No Connections, ref2: TCP 9, \
                workloads-diff-info: workload shop/new[Deployment] added
                diff-type: removed, source: shop/a[Deployment], destination: 0.0.0.0-255.255.255.255[External], ref1: All Connections, \
                ref2: No Connections
                diff-type: removed, source: shop/old[Deployment], destination: shop/a[Deployment], ref1: TCP 1, ref2: No Connections, \
                workloads-diff-info: workload shop/old[Deployment] removed
                diff-type: added, source: {ingress-controller}, destination: shop/b[Deployment], ref1: No Connections, ref2: TCP 8080
                diff-type: removed, source: {ingress-controller}, destination: shop/a[Deployment], ref1: TCP 8080, ref2: No Connections
                """);
    }

    @Test
    @DisplayName("the workloads note names both ends when both came or went, and the sides take the labels given")
    void noteNamesBothEndsAndLabelsAreChosen() {
        String text = DiffFormat.TXT.write(diff(side(), side().allows(NEW, workload("shop/newer"), tcp(80))), "old", "new");
        assertThat(text).isEqualTo("""
                Connectivity diff:
                diff-type: added, source: shop/new[Deployment], destination: shop/newer[Deployment], old: No Connections, new: TCP 80, \
                workloads-diff-info: workload shop/new[Deployment] and shop/newer[Deployment] added
                """);
    }

    @Test
    @DisplayName("csv: Go's quoting (fields with commas in quotes), an empty note leaves an empty last field")
    void csvQuotesAsGoDoes() {
        String csv = DiffFormat.CSV.write(sample());
        assertThat(csv.lines()).startsWith(
                "diff-type,source,destination,ref1,ref2,workloads-diff-info",
                "changed,shop/a[Deployment],shop/b[Deployment],TCP 80,\"TCP 80,443\",",
                "added,shop/b[Deployment],shop/a[Deployment],No Connections,TCP 53,",
                "added,shop/new[Deployment],shop/b[Deployment],No Connections,TCP 9,workload shop/new[Deployment] added");
        assertThat(csv).endsWith("removed,{ingress-controller},shop/a[Deployment],TCP 8080,No Connections,\n");
    }

    @Test
    @DisplayName("md: the fixed header, one row per change, no line break after the last")
    void markdownTable() {
        String md = DiffFormat.MD.write(sample());
        assertThat(md.lines()).startsWith(
                "| diff-type | source | destination | ref1 | ref2 | workloads-diff-info |",
                "|-----------|--------|-------------|------|------|---------------------|",
                "| changed | shop/a[Deployment] | shop/b[Deployment] | TCP 80 | TCP 80,443 |  |");
        assertThat(md).endsWith("| removed | {ingress-controller} | shop/a[Deployment] | TCP 8080 | No Connections |  |");
    }

    @Test
    @DisplayName("dot: peers coloured by whether they exist on both sides, edges by change, a changed edge shows both sets")
    void dotColoursPeersAndEdges() {
        String dot = DiffFormat.DOT.write(sample(), "old", "new");
        assertThat(dot.lines()).contains(
                "\tsubgraph \"cluster_shop[namespace]\" {",
                "\t\t\"shop/a[Deployment]\" [label=\"a[Deployment]\" color=\"blue\" fontcolor=\"blue\"]",
                "\t\t\"shop/new[Deployment]\" [label=\"new[Deployment]\" color=\"#008000\" fontcolor=\"#008000\"]",
                "\t\t\"shop/old[Deployment]\" [label=\"old[Deployment]\" color=\"red\" fontcolor=\"red\"]",
                "\t\"{ingress-controller}\" [label=\"{ingress-controller}\" color=\"blue\" fontcolor=\"blue\"]",
                "\t\"shop/a[Deployment]\" -> \"shop/b[Deployment]\" [label=\"TCP 80,443 (old: TCP 80)\" color=\"magenta\" fontcolor=\"magenta\" weight=0.5]",
                "\t\"shop/b[Deployment]\" -> \"shop/a[Deployment]\" [label=\"TCP 53\" color=\"#008000\" fontcolor=\"#008000\" weight=1]",
                "\t\"shop/a[Deployment]\" -> \"0.0.0.0-255.255.255.255[External]\" [label=\"All Connections\" color=\"red2\" fontcolor=\"red2\" weight=1]");
        assertThat(dot).startsWith("digraph {\n").endsWith("\t}\n}");
        assertThat(dot.lines().filter(l -> l.contains("{ingress-controller}\" ->")))
                .as("the ingress controller's edges come after the others").hasSize(2);
        assertThat(dot.lastIndexOf("{ingress-controller}\" ->")).isGreaterThan(dot.lastIndexOf("\"shop/old[Deployment]\" ->"));
    }

    @Test
    @DisplayName("dot: unchanged pairs are drawn in grey, and a namespace's '-' becomes '_' in the subgraph name only")
    void dotDrawsUnchangedPairsAndCleansClusterNames() {
        ConnectionEnd.Workload front = new ConnectionEnd.Workload(new WorkloadRef("my-shop", "StatefulSet", "front"));
        ConnectionSet udp = ConnectionSet.of(Protocol.UDP, PortSet.range(1, 52).union(PortSet.range(54, 65535)));
        String dot = DiffFormat.DOT.write(diff(side().allows(front, A, udp), side().allows(front, A, udp).allows(A, front, tcp(80))));
        assertThat(dot.lines()).contains(
                "\tsubgraph \"cluster_my_shop[namespace]\" {",
                "\t\tlabel=\"my-shop[namespace]\"",
                "\t\"my-shop/front[StatefulSet]\" -> \"shop/a[Deployment]\" [label=\"UDP 1-52,54-65535\" color=\"grey\" fontcolor=\"grey\" weight=0.5]");
    }
}
