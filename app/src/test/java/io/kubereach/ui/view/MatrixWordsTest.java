package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.engine.PortSet;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.model.Protocol;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.MatrixViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a matrix cell's tooltip (no toolkit)")
class MatrixWordsTest {

    private static final ReachabilityMatrix.Header WEB = new ReachabilityMatrix.Header("workload:shop/ReplicaSet/web", "web", "shop");
    private static final ReachabilityMatrix.Header API = new ReachabilityMatrix.Header("workload:pay/ReplicaSet/api", "api", "pay");

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static ConnectionSet tcp(int... ports) {
        PortSet set = PortSet.none();
        for (int p : ports) {
            set = set.union(PortSet.of(p));
        }
        return ConnectionSet.of(Protocol.TCP, set);
    }

    @Test
    @DisplayName("on the demo, every cell's tooltip names the verdict its colour shows, at both levels")
    void agreesWithTheColourOnTheDemo() {
        Messages.use(Language.ENGLISH);
        AppViewModel app = new AppViewModel(new ClusterSourceLoader(), new DirectJobRunner(), new AppPreferences(new MemoryPreferenceStore()));
        app.start(java.util.Optional.empty());
        MatrixViewModel matrix = app.matrix();
        matrix.wantedProperty().set(true);
        for (MatrixViewModel.Level level : MatrixViewModel.Level.values()) {
            matrix.levelProperty().set(level);
            ReachabilityMatrix m = matrix.matrixProperty().get();
            boolean namespaces = level == MatrixViewModel.Level.NAMESPACES;
            for (int r = 0; r < m.size(); r++) {
                for (int c = 0; c < m.size(); c++) {
                    String tip = MatrixWords.tooltip(matrix.facts(new MatrixViewModel.Cell(r, c)).orElseThrow(), namespaces);
                    String first = tip.lines().findFirst().orElseThrow();
                    assertThat(first).as(tip).endsWith(": " + Words.pairVerdict(m.verdict(r, c)));
                    if (m.verdict(r, c) == PairVerdict.PARTIAL && namespaces) {
                        assertThat(tip).as("a partly allowed namespace pair counts its pairs").contains("workload pairs behind it")
                                .doesNotContain("All Connections");
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("a workload pair: what every pod pair may open, what only some may, and what none may, of what the target serves")
    void portsOfAWorkloadPair() {
        Messages.use(Language.ENGLISH);
        ReachabilityMatrix.Ports ports = new ReachabilityMatrix.Ports(tcp(80, 443, 8080), tcp(80, 443), tcp(80), ConnectionSet.none());
        String tip = MatrixWords.tooltip(new MatrixViewModel.CellFacts(WEB, API, PairVerdict.PARTIAL, true,
                new ReachabilityMatrix.PairCounts(0, 1, 0, 0), Optional.of(ports)), false);
        assertThat(tip.lines()).containsExactly("shop/web → pay/api: partly allowed", "Allowed: TCP 80", "Allowed for some pods only: TCP 443",
                "Not allowed: TCP 8080", "Click for the answer and why.");
    }

    @Test
    @DisplayName("what cannot be judged is said so, never counted as allowed or blocked")
    void unknownPorts() {
        Messages.use(Language.ENGLISH);
        ReachabilityMatrix.Ports ports = new ReachabilityMatrix.Ports(tcp(80, 443), tcp(80), tcp(80), tcp(443));
        String tip = MatrixWords.tooltip(new MatrixViewModel.CellFacts(WEB, API, PairVerdict.UNKNOWN, true,
                new ReachabilityMatrix.PairCounts(0, 0, 0, 1), Optional.of(ports)), false);
        assertThat(tip.lines()).contains("shop/web → pay/api: cannot be judged", "Allowed: TCP 80", "Cannot be judged: TCP 443")
                .noneMatch(l -> l.startsWith("Not allowed"));
    }

    @Test
    @DisplayName("a namespace pair counts its workload pairs by verdict, and says when no policy has a say; in Chinese too")
    void namespacePairCounts() {
        ReachabilityMatrix.Header shop = new ReachabilityMatrix.Header("ns:shop", "shop", "shop");
        ReachabilityMatrix.Header pay = new ReachabilityMatrix.Header("ns:pay", "pay", "pay");
        MatrixViewModel.CellFacts facts = new MatrixViewModel.CellFacts(shop, pay, PairVerdict.UNKNOWN, false,
                new ReachabilityMatrix.PairCounts(3, 0, 4, 1), Optional.empty());
        Messages.use(Language.ENGLISH);
        assertThat(MatrixWords.tooltip(facts, true).lines()).containsExactly("shop → pay: cannot be judged", "8 workload pairs behind it:",
                "• 3 allowed", "• 4 blocked", "• 1 cannot be judged", "No policy is involved: allowed by default.",
                "Click for the answer and why.");
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertThat(MatrixWords.tooltip(facts, true).lines()).startsWith("shop → pay：无法判定", "其中共 8 对工作负载：", "• 允许 3 对");
    }

    @Test
    @DisplayName("a workload with itself is two of its replicas")
    void replicas() {
        Messages.use(Language.ENGLISH);
        ReachabilityMatrix.Ports ports = new ReachabilityMatrix.Ports(tcp(80), tcp(80), tcp(80), ConnectionSet.none());
        String tip = MatrixWords.tooltip(new MatrixViewModel.CellFacts(WEB, WEB, PairVerdict.ALLOWED, true,
                new ReachabilityMatrix.PairCounts(1, 0, 0, 0), Optional.of(ports)), false);
        assertThat(tip).startsWith("shop/web, one replica to another: allowed");
    }
}
