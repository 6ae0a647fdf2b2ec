package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.model.LineBreaks;
import io.kubereach.graph.GraphEdge;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guard-rails example folder opened in the window, headless, as a user would look at it: the
 * status bar counts the cluster-wide policies, the blocked sandbox → api line's details walk the
 * tiers and name the admin policy with a link to its description and YAML, and the guard-rails
 * switch of the Layers pane stresses the lines cluster-wide policies decide.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("cluster-wide policies in the window, headless")
class GuardRailsWindowTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "guard-rails");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());
        prefs.rememberWindowSize(1240, 780);
        vm = new AppViewModel(new ClusterSourceLoader(), new FxJobRunner(), prefs);
        new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty())
                .show(Optional.of(new ClusterSource.Manifests(List.of(EXAMPLE))));
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private void opened() throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && vm.workspace().layoutProperty().get() != null
                && !vm.activity().runningProperty().get()
                && vm.workspace().sourceProperty().get() instanceof ClusterSource.Manifests);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectSandboxToApi(FxRobot robot) throws Exception {
        GraphEdge.Traffic edge = vm.workspace().analysisProperty().get().graph()
                .traffic("workload:sandbox/ReplicaSet/experiment-6b7c8d9e0", "workload:api/ReplicaSet/orders-5c6d7e8f9").orElseThrow();
        robot.interact(() -> vm.selection().select(edge.id()));
        waitFor(() -> robot.lookup("#details-traffic").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text under a node: labels, links, and the words of text flows. */
    private static List<String> texts(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        return root.lookupAll("*").stream().map(n -> n instanceof Labeled l ? LineBreaks.plain(l.getText()) : n instanceof Text t ? t.getText() : null)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    @Test
    @DisplayName("the status bar counts the admin and baseline policies beside the NetworkPolicies")
    void statusBarCountsClusterPolicies(FxRobot robot) throws Exception {
        opened();
        assertThat(robot.lookup("#status-source").queryAs(Label.class).getText()).contains("1 policy", "2 admin and 1 baseline policies");
    }

    @Test
    @DisplayName("the blocked sandbox → api line walks Admin at egress, names the admin policy and its rule, and its link opens the description and YAML")
    void blockedLineNamesTheAdminPolicyAndLinksToIt(FxRobot robot) throws Exception {
        opened();
        selectSandboxToApi(robot);
        List<String> texts = texts(robot, "#details-traffic");
        assertThat(texts).contains("Admin", "NetworkPolicy", "sandbox-stays-out-of-api", "(priority 10)", "rule 1 “deny-to-api”", "denies");
        Hyperlink policy = robot.from(robot.lookup("#details-traffic").queryAs(Node.class)).lookup((Node n) -> n instanceof Hyperlink h
                && LineBreaks.plain(h.getText()).equals("sandbox-stays-out-of-api")).queryAs(Hyperlink.class);
        robot.interact(policy::fire);
        waitFor(() -> robot.lookup("#details-cluster-policy").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, "#details-cluster-policy")).anyMatch(t -> t.contains("deny-to-api"))
                .contains("Admin tier, priority 10: walked after the policies of this tier with a lower number");
        assertThat(robot.lookup("#policy-yaml").queryAs(TextArea.class).getText()).contains("kind: AdminNetworkPolicy", "action: Deny");
    }

    @Test
    @DisplayName("the guard-rails switch stresses the lines cluster-wide policies decide, and unchecking it clears them")
    void guardRailsSwitchStressesTheirLines(FxRobot robot) throws Exception {
        opened();
        CheckBox rails = robot.lookup("#layer-guard-rails").queryAs(CheckBox.class);
        assertThat(vm.selection().highlightProperty().get()).isEmpty();
        robot.interact(rails::fire);
        assertThat(vm.selection().guardRailsProperty().get()).isTrue();
        assertThat(vm.selection().highlightProperty().get()).anyMatch(id -> id.contains("sandbox"));
        robot.interact(rails::fire);
        assertThat(vm.selection().highlightProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("in Chinese the tier walk, the tiers and the pod's list of cluster-wide policies are Chinese")
    void chineseWalk(FxRobot robot) throws Exception {
        opened();
        robot.interact(() -> vm.languageProperty().set(Language.SIMPLIFIED_CHINESE));
        selectSandboxToApi(robot);
        List<String> texts = texts(robot, "#details-traffic");
        assertThat(texts).contains("管理员", "拒绝").noneMatch(t -> t.contains("denies") || t.contains("priority") || t.contains("Egress at"));
        robot.interact(() -> vm.selection().select("pod:sandbox/experiment-6b7c8d9e0-g5h6i"));
        waitFor(() -> robot.lookup("#details-pod").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> pod = texts(robot, "#details-pod");
        assertThat(pod).anyMatch(t -> t.startsWith("作用于它的管理员和基线策略"))
                .anyMatch(t -> t.contains("sandbox-stays-out-of-api") && HAN.matcher(t).find());
    }
}
