package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficPair;
import io.kubereach.model.PortProtocol;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the matrix tab's state (no JavaFX thread)")
class MatrixViewModelTest {

    private static final String FRONTEND = "workload:default/Deployment/frontend";
    private static final String REDIS = "workload:default/StatefulSet/redis";
    private static final String NIGHTLY = "workload:default/Job/nightly-report-28735140";

    private final AppViewModel app = Workspaces.demoApp();
    private final MatrixViewModel matrix = app.matrix();

    private MatrixViewModel.Cell cell(String from, String to) {
        ReachabilityMatrix m = matrix.matrixProperty().get();
        return new MatrixViewModel.Cell(m.indexOf(from).orElseThrow(), m.indexOf(to).orElseThrow());
    }

    @Test
    @DisplayName("is computed only once its tab is open, namespace × namespace first, then workload × workload on demand")
    void computedWhenWanted() {
        assertThat(matrix.matrixProperty().get()).isNull();
        matrix.wantedProperty().set(true);
        ReachabilityMatrix namespaces = matrix.matrixProperty().get();
        assertThat(namespaces.headers()).extracting(ReachabilityMatrix.Header::name)
                .containsExactly("default", "kube-system", "monitoring", "payments", "shop");
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        assertThat(matrix.matrixProperty().get().size()).isEqualTo(13);
    }

    @Test
    @DisplayName("a new cluster drops the old matrix until it is computed again")
    void newClusterDropsTheMatrix() {
        matrix.wantedProperty().set(true);
        ReachabilityMatrix before = matrix.matrixProperty().get();
        matrix.wantedProperty().set(false);
        app.workspace().refresh();
        assertThat(matrix.matrixProperty().get()).isNull();
        matrix.wantedProperty().set(true);
        assertThat(matrix.matrixProperty().get()).isNotNull().isNotSameAs(before);
    }

    @Test
    @DisplayName("a workload cell's click selects the pair, not the row, and opens its answer: the verdict per port with the reasons")
    void workloadCellShowsThePairsAnswer() {
        matrix.wantedProperty().set(true);
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        matrix.select(cell(NIGHTLY, REDIS));
        assertThat(app.selection().selectedProperty().get()).isEqualTo(new TrafficPair(NIGHTLY, REDIS).id());
        assertThat(app.selection().selectedPairProperty().get()).hasValue(new TrafficPair(NIGHTLY, REDIS));
        Details.Traffic answer = (Details.Traffic) app.selection().detailsProperty().get();
        assertThat(answer.from()).isEqualTo("default/nightly-report-28735140");
        assertThat(answer.to()).isEqualTo("default/redis");
        assertThat(answer.verdict()).isEqualTo(PairVerdict.BLOCKED);
        assertThat(answer.explanation().ports()).anySatisfy(p -> {
            assertThat(p.port()).isEqualTo(PortProtocol.tcp(6379));
            assertThat(p.allowed()).isFalse();
            assertThat(p.reasons(io.kubereach.text.Language.ENGLISH)).isNotEmpty();
        });
        assertThat(matrix.selectedCellProperty().get()).hasValue(cell(NIGHTLY, REDIS));
    }

    @Test
    @DisplayName("a pair the diagram draws no line for is answered too: two workloads no policy is involved in")
    void pairWithoutALine() {
        matrix.wantedProperty().set(true);
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        String coredns = matrix.matrixProperty().get().headers().stream().map(ReachabilityMatrix.Header::id)
                .filter(id -> id.contains("coredns")).findFirst().orElseThrow();
        assertThat(app.workspace().analysisProperty().get().graph().edge(new TrafficPair(FRONTEND, coredns).id())).isEmpty();
        matrix.select(cell(FRONTEND, coredns));
        Details.Traffic answer = (Details.Traffic) app.selection().detailsProperty().get();
        assertThat(answer.verdict()).isEqualTo(PairVerdict.ALLOWED);
        assertThat(matrix.facts(cell(FRONTEND, coredns)).orElseThrow().policyInvolved()).isFalse();
    }

    @Test
    @DisplayName("a namespace cell's click opens every workload pair between the two namespaces, counted as its colour says")
    void namespaceCellShowsItsPairs() {
        matrix.wantedProperty().set(true);
        MatrixViewModel.Cell cell = cell("ns:default", "ns:kube-system");
        matrix.select(cell);
        Details.NamespacePair answer = (Details.NamespacePair) app.selection().detailsProperty().get();
        ReachabilityMatrix m = matrix.matrixProperty().get();
        assertThat(answer.verdict()).isEqualTo(m.verdict(cell.row(), cell.column()));
        assertThat(answer.counts()).isEqualTo(m.counts(cell.row(), cell.column()));
        assertThat(answer.pairs()).hasSize(answer.counts().total());
        assertThat(answer.pairs()).allSatisfy(p -> {
            assertThat(p.from().namespace()).isEqualTo("default");
            assertThat(p.to().namespace()).isEqualTo("kube-system");
        });
        assertThat(matrix.selectedCellProperty().get()).hasValue(cell);
        assertThat(app.selection().highlightProperty().get()).as("both namespaces drawn highlighted").contains("ns:default", "ns:kube-system");
    }

    @Test
    @DisplayName("the diagonal is answered too: a namespace with itself, a workload's replicas with each other")
    void diagonal() {
        matrix.wantedProperty().set(true);
        matrix.select(cell("ns:default", "ns:default"));
        assertThat(app.selection().detailsProperty().get()).isInstanceOf(Details.NamespacePair.class);
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        matrix.select(cell(FRONTEND, FRONTEND));
        Details.Traffic replicas = (Details.Traffic) app.selection().detailsProperty().get();
        assertThat(replicas.from()).isEqualTo(replicas.to()).isEqualTo("default/frontend");
    }

    @Test
    @DisplayName("every cell's facts name the verdict its colour shows, with counts that add up to it")
    void factsAgreeWithTheColour() {
        matrix.wantedProperty().set(true);
        for (MatrixViewModel.Level level : MatrixViewModel.Level.values()) {
            matrix.levelProperty().set(level);
            ReachabilityMatrix m = matrix.matrixProperty().get();
            for (int r = 0; r < m.size(); r++) {
                for (int c = 0; c < m.size(); c++) {
                    MatrixViewModel.CellFacts facts = matrix.facts(new MatrixViewModel.Cell(r, c)).orElseThrow();
                    assertThat(facts.verdict()).isEqualTo(m.verdict(r, c));
                    assertThat(facts.counts().verdict()).isEqualTo(m.verdict(r, c));
                    assertThat(facts.ports().isPresent()).isEqualTo(level == MatrixViewModel.Level.WORKLOADS);
                }
            }
        }
        assertThat(matrix.facts(new MatrixViewModel.Cell(-1, 0))).isEmpty();
    }

    @Test
    @DisplayName("a line selected in the diagram marks its cell in the matrix; selecting a pod marks none")
    void selectionElsewhereMarksTheCell() {
        matrix.wantedProperty().set(true);
        matrix.levelProperty().set(MatrixViewModel.Level.WORKLOADS);
        GraphEdge.Traffic line = app.workspace().analysisProperty().get().graph().trafficEdges().stream()
                .filter(e -> e.sourceId().startsWith("workload:") && e.targetId().startsWith("workload:")).findFirst().orElseThrow();
        app.selection().select(line.id());
        assertThat(matrix.selectedCellProperty().get()).hasValue(cell(line.sourceId(), line.targetId()));
        app.selection().select("pod:default/redis-0");
        assertThat(matrix.selectedCellProperty().get()).isEqualTo(Optional.empty());
    }
}
