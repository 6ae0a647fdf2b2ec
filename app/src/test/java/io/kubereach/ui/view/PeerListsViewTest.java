package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.PairVerdict;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
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
 * pods): every namespace is listed with its count, folded, in a virtual tree whose row nodes are
 * only those in view, and a namespace opened lists its peers.
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

    private static List<PeerTree> trees(FxRobot robot) {
        return robot.lookup(".peer-tree").queryAllAs(PeerTree.class).stream().toList();
    }

    private static List<TreeItem<PeerTree.Entry>> groups(FxRobot robot) {
        return trees(robot).stream().flatMap(t -> t.getRoot().getChildren().stream()).toList();
    }

    private static String title(TreeItem<PeerTree.Entry> group) {
        return ((PeerTree.Group) group.getValue()).title();
    }

    private static List<String> peers(TreeItem<PeerTree.Entry> group) {
        return group.getChildren().stream().map(TreeItem::getValue).filter(PeerTree.Peer.class::isInstance)
                .map(e -> ((PeerTree.Peer) e).row().text()).toList();
    }

    @Test
    @DisplayName("a workload with 1,629 peers in 100 namespaces shows every namespace with its count, folded, as a dozen row nodes, and a namespace's peers when it is opened")
    void manyPeersByNamespace(FxRobot robot) throws Exception {
        robot.interact(() -> holder.setContent(new PeerListsView(vm, manyPeers())));
        waitFor(() -> trees(robot).size() == 1 && !robot.lookup(".peer-group").queryAll().isEmpty());

        assertThat(robot.lookup("#peers-reaches").queryAs(Labeled.class).getText()).isEqualTo("Reaches (1,629)");
        assertThat(robot.lookup("#details-dns").tryQuery()).as("DNS is stated whatever the peers").isPresent();
        List<TreeItem<PeerTree.Entry>> groups = groups(robot);
        assertThat(groups).extracting(PeerListsViewTest::title).hasSize(NAMESPACES).startsWith("ns-00 (17)", "ns-01 (17)")
                .contains("ns-28 (17)", "ns-29 (16)").endsWith("ns-99 (16)");
        assertThat(groups).as("1,629 peers start folded").noneMatch(TreeItem::isExpanded);
        assertThat(groups.get(41).getChildren()).as("no rows are made for a namespace not opened").isEmpty();
        PeerTree tree = trees(robot).get(0);
        assertThat(tree.lookupAll(".tree-cell").size()).as("cells for 100 namespaces").isLessThanOrEqualTo(RowList.VISIBLE + 3);

        robot.interact(() -> groups.get(41).setExpanded(true));
        assertThat(peers(groups.get(41))).hasSize(16).as("named without the namespace their branch says").contains("app-41", "app-141", "app-1541")
                .noneMatch(t -> t.equals("app-42"));
        robot.interact(() -> groups.forEach(g -> g.setExpanded(true)));
        robot.interact(() -> tree.scrollTo(tree.getRow(groups.get(99).getChildren().get(15))));
        waitFor(() -> shown(tree).contains("app-1599"));
        assertThat(tree.lookupAll(".tree-cell").size()).as("cells with every one of 1,629 peers open").isLessThanOrEqualTo(RowList.VISIBLE + 3);
    }

    @Test
    @DisplayName("the filter over 1,629 peers keeps the namespaces that match, with the count of what matches")
    void filterNarrowsTheGroups(FxRobot robot) throws Exception {
        robot.interact(() -> holder.setContent(new PeerListsView(vm, manyPeers())));
        robot.interact(() -> robot.lookup("#peer-filter").queryAs(javafx.scene.control.TextField.class).setText("ns-07/"));
        waitFor(() -> groups(robot).size() == 1);
        assertThat(title(groups(robot).get(0))).isEqualTo("ns-07 (17)");
        assertThat(groups(robot).get(0).isExpanded()).as("one namespace left opens").isTrue();
        assertThat(peers(groups(robot).get(0))).hasSize(17).allMatch(t -> t.equals("app-7") || t.endsWith("07"));
        waitFor(() -> shown(trees(robot).get(0)).contains("app-7"));
    }

    @Test
    @DisplayName("a namespace with more peers than are listed says how many more; a peer that cannot be judged is copied as such")
    void moreAndEnter(FxRobot robot) throws Exception {
        List<Details.Peer> many = new ArrayList<>();
        for (int i = 0; i < PeerListsView.PER_NAMESPACE + 5; i++) {
            many.add(new Details.Peer("workload:big/Deployment/app-" + i, "big/app-" + i, "big", PairVerdict.UNKNOWN, ConnectionSet.all()));
        }
        Details.Reach reach = new Details.Reach(List.of(), many, List.of(), List.of(),
                new Details.Dns(PairVerdict.ALLOWED, PairVerdict.ALLOWED, List.of(), true));
        robot.interact(() -> holder.setContent(new PeerListsView(vm, reach)));
        waitFor(() -> groups(robot).size() == 1);
        TreeItem<PeerTree.Entry> big = groups(robot).get(0);
        assertThat(big.isExpanded()).as("a section of one namespace opens").isTrue();
        assertThat(peers(big)).hasSize(PeerListsView.PER_NAMESPACE);
        assertThat(big.getChildren().get(PeerListsView.PER_NAMESPACE).getValue()).isEqualTo(new PeerTree.More("… and 5 more"));
        assertThat(((PeerTree.Peer) big.getChildren().get(0).getValue()).row().plain()).startsWith("cannot be judged  app-0");
    }

    @Test
    @DisplayName("from the keyboard: Enter on a namespace opens it and lists its peers, Enter again folds it")
    void enterOpensANamespace(FxRobot robot) throws Exception {
        robot.interact(() -> holder.setContent(new PeerListsView(vm, manyPeers())));
        waitFor(() -> trees(robot).size() == 1);
        PeerTree tree = trees(robot).get(0);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(0);
        });
        robot.type(javafx.scene.input.KeyCode.DOWN, javafx.scene.input.KeyCode.ENTER);
        TreeItem<PeerTree.Entry> second = tree.getRoot().getChildren().get(1);
        assertThat(second.isExpanded()).isTrue();
        assertThat(peers(second)).hasSize(17).contains("app-1", "app-1601");
        waitFor(() -> shown(tree).contains("app-1"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(second.isExpanded()).isFalse();
    }

    private static List<String> shown(PeerTree tree) {
        return tree.lookupAll(".hyperlink").stream().filter(n -> n.getParent() != null && n.getParent().getParent() != null
                && n.getParent().getParent().getParent() != null && n.getParent().getParent().getParent().isVisible())
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
