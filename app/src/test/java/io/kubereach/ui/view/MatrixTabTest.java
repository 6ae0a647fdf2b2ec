package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.model.LineBreaks;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.graph.TrafficPair;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.MatrixViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the matrix tab of the main window on the demo, headless")
class MatrixTabTest {

    private static final String NIGHTLY = "workload:default/Job/nightly-report-28735140";
    private static final String REDIS = "workload:default/StatefulSet/redis";

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = HeadlessWindow.shown(stage, new ClusterSourceLoader(), Language.ENGLISH);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }


    private MatrixGrid openMatrix(FxRobot robot, MatrixViewModel.Level level) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        robot.clickOn("#tab-matrix");
        robot.clickOn("#matrix-" + level.name());
        waitFor(() -> vm.matrix().matrixProperty().get() != null && vm.matrix().levelProperty().get() == level);
        MatrixGrid grid = robot.lookup("#matrix-grid").queryAs(MatrixGrid.class);
        waitFor(grid::drawnWhole);
        return grid;
    }

    private static Point2D onScreen(MatrixGrid grid, String from, String to) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MatrixFrame f = grid.frame();
            ReachabilityMatrix m = f.matrix();
            int row = m.indexOf(from).orElseThrow();
            int column = m.indexOf(to).orElseThrow();
            return grid.cellsCanvas().localToScreen(f.columnX(column) + f.cell() / 2.0, f.rowY(row) + f.cell() / 2.0);
        }).get(10, TimeUnit.SECONDS);
    }

    private static List<String> texts(FxRobot robot, String id) {
        return robot.from(robot.lookup(id).query().lookupAll("*")).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).map(LineBreaks::plain).toList();
    }

    @Test
    @DisplayName("a cell click selects the pair, not the row, and the details give its answer; the arrow keys move to the next pair")
    void cellClickShowsThePair(FxRobot robot) throws Exception {
        MatrixGrid grid = openMatrix(robot, MatrixViewModel.Level.WORKLOADS);
        robot.clickOn(onScreen(grid, NIGHTLY, REDIS));
        waitFor(() -> robot.lookup("#details-traffic").tryQuery().isPresent());
        assertThat(vm.selection().selectedPairProperty().get()).hasValue(new TrafficPair(NIGHTLY, REDIS));
        assertThat(texts(robot, "#details-traffic")).contains("default/nightly-report-28735140 → default/redis", "blocked", "6379/TCP");
        assertThat(grid.frame().selected()).isEqualTo(vm.matrix().selectedCellProperty().get());
        MatrixViewModel.Cell before = vm.matrix().selectedCellProperty().get().orElseThrow();
        assertThat(grid.isFocused()).as("a click on a cell takes the focus").isTrue();
        robot.type(KeyCode.RIGHT);
        waitFor(() -> vm.matrix().selectedCellProperty().get().equals(Optional.of(new MatrixViewModel.Cell(before.row(), before.column() + 1))));
        waitFor(() -> texts(robot, "#details-traffic").stream().anyMatch(t -> t.startsWith("default/nightly-report-28735140 → ")
                && !t.endsWith("default/redis")));
    }

    /**
     * The label or link that shows this text (long names carry soft breaks, {@link LineBreaks}), and is shown: a virtual
     * list keeps spare cells out of sight that may still hold a row's text.
     */
    private static java.util.function.Predicate<javafx.scene.Node> shown(String text) {
        return n -> n instanceof Labeled l && l.getText() != null && LineBreaks.plain(l.getText()).equals(text) && visible(n);
    }

    private static boolean visible(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    @DisplayName("a namespace cell lists the workload pairs between the two namespaces, each leading to its own answer and back")
    void namespaceCellListsItsPairs(FxRobot robot) throws Exception {
        MatrixGrid grid = openMatrix(robot, MatrixViewModel.Level.NAMESPACES);
        robot.clickOn(onScreen(grid, "ns:default", "ns:default"));
        waitFor(() -> robot.lookup("#details-namespace-pair").tryQuery().isPresent());
        assertThat(texts(robot, "#details-namespace-pair")).contains("Namespace default → namespace default",
                "9 workload pairs: 5 allowed, 0 partly allowed, 4 blocked, 0 cannot be judged.")
                .contains("nightly-report-28735140 → redis");
        robot.clickOn(shown("nightly-report-28735140 → redis"));
        waitFor(() -> robot.lookup("#details-traffic").tryQuery().isPresent());
        assertThat(vm.selection().selectedPairProperty().get()).hasValue(new TrafficPair(NIGHTLY, REDIS));
        robot.clickOn("#details-back");
        waitFor(() -> robot.lookup("#details-namespace-pair").tryQuery().isPresent());
    }

    @Test
    @DisplayName("the legend has a colour for every answer, unknown among them; in Chinese too, with the tab and selection kept")
    void legendAndLanguage(FxRobot robot) throws Exception {
        MatrixGrid grid = openMatrix(robot, MatrixViewModel.Level.WORKLOADS);
        assertThat(texts(robot, "#matrix-legend")).contains("allowed", "partly allowed", "blocked", "cannot be judged");
        for (int r = 0; r < grid.frame().matrix().size(); r++) {
            String name = grid.frame().matrix().headers().get(r).name();
            assertThat(grid.rowText(r)).as("row names are never cut on the demo").isEqualTo(name);
        }
        robot.clickOn(onScreen(grid, NIGHTLY, REDIS));
        robot.interact(() -> vm.chooseLanguage(Language.SIMPLIFIED_CHINESE));
        waitFor(() -> robot.lookup("#matrix-legend").tryQuery().isPresent() && texts(robot, "#matrix-legend").contains("无法判定"));
        MatrixGrid rebuilt = robot.lookup("#matrix-grid").queryAs(MatrixGrid.class);
        assertThat(rebuilt.isVisible()).as("the matrix tab stays open").isTrue();
        waitFor(() -> rebuilt.frame().selected().equals(vm.matrix().selectedCellProperty().get()) && rebuilt.frame().selected().isPresent());
        robot.interact(() -> vm.chooseLanguage(Language.ENGLISH));
    }
}
