package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.PairVerdict;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.LineBreaks;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The peers of a workload of a large cluster (1,629 it reaches over 100 namespaces, as at 10,000
 * pods): every namespace is listed with its count, folded, the first at once and the rest over
 * the next frames, and a namespace opened lists its peers.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("a workload's peers at 10,000 pods")
class PeerListsViewTest {

    private static final int NAMESPACES = 100;
    private static final int PEERS = 1_629;

    private Stage stage;
    private AppViewModel vm;
    private ScrollPane holder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Language.ENGLISH);
        vm = new AppViewModel(new ClusterSourceLoader(), new FxJobRunner(), HeadlessWindow.preferences(Language.ENGLISH));
        holder = new ScrollPane();
        holder.setFitToWidth(true);
        stage.setScene(new Scene(holder, 400, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** Peer i is in namespace ns-(i mod 100), so the first 29 namespaces hold 17 and the rest 16. */
    private static Details.Reach manyPeers() {
        List<Details.Peer> reaches = new ArrayList<>();
        for (int i = 0; i < PEERS; i++) {
            String ns = "ns-%02d".formatted(i % NAMESPACES);
            reaches.add(new Details.Peer("workload:" + ns + "/Deployment/app-" + i, ns + "/app-" + i, ns, PairVerdict.ALLOWED, ConnectionSet.all()));
        }
        return new Details.Reach(reaches, List.of(), List.of(), List.of(), new Details.Dns(PairVerdict.ALLOWED, PairVerdict.ALLOWED, List.of(), true));
    }

    private List<TitledPane> groups(FxRobot robot) {
        return robot.lookup(".peer-group").queryAllAs(TitledPane.class).stream().toList();
    }

    @Test
    @DisplayName("a workload with 1,629 peers in 100 namespaces shows every namespace with its count, folded, and a namespace's peers when it is opened")
    void manyPeersByNamespace(FxRobot robot) throws Exception {
        AtomicInteger atOnce = new AtomicInteger();
        robot.interact(() -> {
            PeerListsView peers = new PeerListsView(vm, manyPeers());
            holder.setContent(peers);
            atOnce.set(peers.lookupAll(".peer-group").size());
        });
        assertThat(atOnce.get()).as("the first namespaces come with the pane, the rest in the frames after").isPositive().isLessThan(NAMESPACES);
        waitFor(() -> groups(robot).size() == NAMESPACES);

        assertThat(robot.lookup("#peers-reaches").queryAs(Labeled.class).getText()).isEqualTo("Reaches (1,629)");
        assertThat(robot.lookup("#details-dns").tryQuery()).as("DNS is stated whatever the peers").isPresent();
        List<TitledPane> groups = groups(robot);
        assertThat(groups).extracting(TitledPane::getText).startsWith("ns-00 (17)", "ns-01 (17)").contains("ns-28 (17)", "ns-29 (16)")
                .endsWith("ns-99 (16)");
        assertThat(groups).as("1,629 peers start folded").noneMatch(TitledPane::isExpanded);
        assertThat(groups.get(41).getContent()).as("no rows are made for a namespace not opened").isNull();

        robot.interact(() -> groups.get(41).setExpanded(true));
        waitFor(() -> texts(groups.get(41).getContent()).size() >= 16);
        assertThat(texts(groups.get(41).getContent())).contains("ns-41/app-41", "ns-41/app-141", "ns-41/app-1541")
                .noneMatch(t -> t.startsWith("ns-42/"));
    }

    @Test
    @DisplayName("the filter over 1,629 peers keeps the namespaces that match, with the count of what matches")
    void filterNarrowsTheGroups(FxRobot robot) throws Exception {
        robot.interact(() -> holder.setContent(new PeerListsView(vm, manyPeers())));
        robot.interact(() -> robot.lookup("#peer-filter").queryAs(javafx.scene.control.TextField.class).setText("ns-07/"));
        waitFor(() -> groups(robot).size() == 1);
        assertThat(groups(robot).get(0).getText()).isEqualTo("ns-07 (17)");
        assertThat(groups(robot).get(0).isExpanded()).as("one namespace left opens").isTrue();
        waitFor(() -> texts(groups(robot).get(0).getContent()).size() == 17);
        // rows are added in the order asked for: those of the list before the filter, still queued when it was typed, are done
        assertThat(groups(robot)).hasSize(1);
    }

    private static List<String> texts(Node root) {
        return root == null ? List.of() : root.lookupAll(".hyperlink").stream().map(n -> ((Labeled) n).getText().replace(String.valueOf(LineBreaks.SOFT), "")).toList();
    }
}
