package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.model.LineBreaks;
import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Analysis;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.FxJobRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
@DisplayName("the main window, headless")
class MainWindowTest {

    private final GateLoader loader = new GateLoader();
    private Path exportTarget;
    private AppViewModel vm;
    private MainWindow window;

    /** File choosers that answer without asking: the export goes to the test's file. */
    private final FileDialogs dialogs = new NoFileDialogs() {
        @Override
        public Optional<Path> saveFile(Window owner, String title, Path suggested, String extension) {
            return Optional.ofNullable(exportTarget);
        }
    };

    @Start
    void start(Stage stage) {
        AppPreferences prefs = HeadlessWindow.preferences(Language.ENGLISH);
        vm = new AppViewModel(loader, new FxJobRunner(), prefs);
        window = new MainWindow(stage, vm, dialogs, owner -> Optional.empty());
        window.show(Optional.empty());
    }

    @AfterEach
    void openTheGate() {
        loader.open();
        Messages.use(Language.ENGLISH);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private void waitForDemo(FxRobot robot) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return LineBreaks.plain(robot.lookup(query).queryAs(Labeled.class).getText());
    }

    @Test
    @DisplayName("starts on the demo when there is nothing else to show: the diagram drawn, the status bar counting it")
    void startsOnTheDemo(FxRobot robot) throws Exception {
        waitForDemo(robot);
        assertThat(vm.workspace().sourceProperty().get()).isEqualTo(new ClusterSource.Demo());
        assertThat(canvas(robot).getDiagram().allBoxes()).anyMatch(b -> b.id().equals("pod:default/redis-0"));
        assertThat(text(robot, "#status-source")).startsWith("demo").contains("19 pods");
        assertThat(text(robot, "#status-enforcement")).isEqualTo("intended, not enforced");
        assertThat(robot.lookup("#details-nothing").tryQuery()).isPresent();
    }

    @Test
    @DisplayName("the toolbar has every action: cluster, manifests, snapshot, demo, live (off for files), refresh, export, search")
    void toolbarActions(FxRobot robot) throws Exception {
        waitForDemo(robot);
        for (String id : List.of("#open-kubeconfig", "#open-manifests", "#open-snapshot", "#open-demo", "#live", "#refresh", "#export",
                "#search")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).hasValueSatisfying(n -> assertThat(n.isVisible()).isTrue());
        }
        assertThat(robot.lookup("#live").query().isDisabled()).isTrue();
    }

    @Test
    @DisplayName("clicking a pod fills the details: its IP, its network namespace, the policy that selects it; others are highlighted")
    void clickingAPodFillsTheDetails(FxRobot robot) throws Exception {
        waitForDemo(robot);
        DiagramCanvas canvas = canvas(robot);
        String pod = "pod:default/redis-0";
        robot.interact(() -> {
            canvas.zoomAt(1 / canvas.getZoom(), 0, 0);
            canvas.centerOn(pod);
        });
        DiagramBox box = canvas.getDiagram().box(pod).orElseThrow();
        Point2D inside = pointOn(canvas, box, pod);
        robot.clickOn(canvas.localToScreen(inside), MouseButton.PRIMARY);
        waitFor(() -> robot.lookup("#details-pod").tryQuery().isPresent());
        Node details = robot.lookup("#details-pod").query();
        List<String> texts = robot.from(details).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).map(LineBreaks::plain).toList();
        assertThat(texts).contains("Pod default/redis-0", "10.244.0.10", "default/test-network-policy");
        assertThat(texts).anyMatch(t -> t.contains("pause container holds the network namespace"));
        assertThat(canvas.getHighlighted()).contains("pod:default/frontend-6d4cf56db6-2kq8m");
    }

    @Test
    @DisplayName("following a pod's policy link shows the policy in plain words next to its YAML, the pods it selects highlighted, and leads back")
    void policyLink(FxRobot robot) throws Exception {
        waitForDemo(robot);
        robot.interact(() -> vm.selection().select("pod:default/redis-0"));
        waitFor(() -> robot.lookup("#policy-default/test-network-policy").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // laid out before it is clicked
        robot.clickOn("#policy-default/test-network-policy");
        waitFor(() -> robot.lookup("#details-policy").tryQuery().isPresent());
        String yaml = robot.lookup("#policy-yaml").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(yaml).contains("name: test-network-policy", "role: db");
        List<String> texts = robot.from(robot.lookup("#details-policy").query().lookupAll("*")).lookup((Node n) -> n instanceof Labeled)
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).map(LineBreaks::plain).toList();
        assertThat(texts).anyMatch(t -> t.contains("6379/TCP"));
        assertThat(robot.lookup("#policy-selected-pods").queryAs(RowList.class).getItems()).extracting(DetailRow::text)
                .as("the pods it selects, each a row leading to the pod").containsExactly("default/redis-0", "default/redis-1");
        // the highlight is worked out off the JavaFX thread, like the details: it follows them
        waitFor(() -> canvas(robot).getHighlighted().containsAll(List.of("pod:default/redis-0", "pod:default/redis-1")));
        robot.clickOn("#details-back");
        waitFor(() -> robot.lookup("#details-pod").tryQuery().isPresent());
    }

    /** A point of a box where nothing else (a line, an inner box) is hit. */
    private static Point2D pointOn(DiagramCanvas canvas, DiagramBox box, String id) {
        for (double fy = 0.05; fy < 1; fy += 0.05) {
            for (double fx = 0.05; fx < 1; fx += 0.05) {
                Point2D p = canvas.diagramToLocal(box.x() + fx * box.width(), box.y() + fy * box.height());
                if (canvas.idAt(p.getX(), p.getY()).equals(id)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no free point on " + id);
    }

    @Test
    @DisplayName("Ctrl+F, a name and Enter select the match and show its details")
    void findSelects(FxRobot robot) throws Exception {
        waitForDemo(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("payments-api").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#details-service").tryQuery().isPresent() || robot.lookup("#details-workload").tryQuery().isPresent());
        assertThat(vm.selection().selectedProperty().get()).contains("payments-api");
        assertThat(text(robot, "#search-hits")).matches("1 of \\d+");
    }

    @Test
    @DisplayName("Ctrl+1 zooms to 100 %, Ctrl+= (plus) and Ctrl+minus step, Ctrl+0 fits the whole diagram again")
    void zoomShortcuts(FxRobot robot) throws Exception {
        waitForDemo(robot);
        DiagramCanvas canvas = canvas(robot);
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(canvas.getZoom()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(canvas.getZoom()).isGreaterThan(1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(canvas.getZoom()).isLessThan(1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        double z = canvas.getZoom();
        assertThat(canvas.getDiagram().width() * z).isLessThanOrEqualTo(canvas.getWidth());
        assertThat(canvas.getDiagram().height() * z).isLessThanOrEqualTo(canvas.getHeight());
        assertThat(Math.max(canvas.getDiagram().width() * z / canvas.getWidth(), canvas.getDiagram().height() * z / canvas.getHeight()))
                .as("fits snugly").isGreaterThan(0.9);
    }

    @Test
    @DisplayName("switching the language in the menu changes the visible texts, and back")
    void languageSwitch(FxRobot robot) throws Exception {
        waitForDemo(robot);
        assertThat(robot.lookup("#open-demo").queryAs(Button.class).getText()).isEqualTo("Demo");
        robot.clickOn("Language").clickOn("简体中文");
        waitFor(() -> "演示".equals(robot.lookup("#open-demo").queryAs(Button.class).getText()));
        assertThat(robot.lookup("拓扑图").tryQuery()).isPresent();
        assertThat(text(robot, "#status-enforcement")).isEqualTo("仅为预期，未强制执行");
        waitFor(() -> canvas(robot).getDiagram().allBoxes().stream().anyMatch(b -> b.details().contains("持有网络命名空间")));
        robot.clickOn("语言").clickOn("English");
        waitFor(() -> "Demo".equals(robot.lookup("#open-demo").queryAs(Button.class).getText()));
        assertThat(vm.preferences().language()).contains(Language.ENGLISH);
    }

    @Test
    @DisplayName("a slow load never blocks the UI thread: pulses keep running, progress and cancel are live, and cancel stops it")
    void loadingNeverBlocks(FxRobot robot) throws Exception {
        waitForDemo(robot);
        Analysis shown = vm.workspace().analysisProperty().get();
        loader.close();
        robot.clickOn("#refresh");
        waitFor(loader::isBlocked);
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            Platform.runLater(() -> {
                ran.incrementAndGet();
                all.countDown();
            });
        }
        assertThat(all.await(10, TimeUnit.SECONDS)).as("the JavaFX thread ran 50 pulses of work while the load was blocked").isTrue();
        assertThat(loader.isBlocked()).isTrue();
        assertThat(robot.lookup("#status-busy").query().isVisible()).isTrue();
        assertThat(robot.lookup("#status-progress").query().isVisible()).isTrue();
        Button cancel = robot.lookup("#status-cancel").queryAs(Button.class);
        assertThat(cancel.isVisible() && !cancel.isDisabled()).isTrue();
        robot.clickOn(cancel);
        waitFor(loader::sawCancel);
        waitFor(() -> !vm.activity().runningProperty().get());
        assertThat(vm.workspace().analysisProperty().get()).isSameAs(shown);
        assertThat(robot.lookup("#status-busy").query().isVisible()).isFalse();
    }

    @Test
    @DisplayName("Export, then Browse… for the file, then Enter writes the whole diagram at the level shown with title and legend, and says so")
    void exportPng(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForDemo(robot);
        exportTarget = dir.resolve("demo.png");
        robot.clickOn("#export");
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-browse");
        assertThat(robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(exportTarget.toString());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> Files.exists(exportTarget) && text(robot, "#status-message").startsWith("Wrote"));
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
        BufferedImage image = ImageIO.read(exportTarget.toFile());
        io.kubereach.diagram.DiagramLayout layout = canvas(robot).getDiagram();
        io.kubereach.diagram.DetailLevel shown = io.kubereach.diagram.DetailLevel.shownBy(layout.boxes(), canvas(robot).detail());
        long[] size = new io.kubereach.diagram.DiagramExport(io.kubereach.diagram.DiagramText.of(java.util.Locale.ENGLISH)).pngSize(layout, shown, 1);
        assertThat(new long[] {image.getWidth(), image.getHeight()}).as("the picture at the level shown, %s", shown).containsExactly(size);
        assertThat(size[0]).isGreaterThan((long) layout.width() / 4);
    }

    /** The diagram canvas the window shows, found as a user finds it. */
    private static DiagramCanvas canvas(FxRobot robot) {
        return robot.lookup("#diagram").queryAs(DiagramCanvas.class);
    }
}
