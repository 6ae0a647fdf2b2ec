package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.ViewState;
import io.kubereach.diagram.fx.DiagramCanvas;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
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
 * A language switch re-texts the window in place: the same views, everything the user set up on
 * them kept, and not one visible text left in the language before.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("switching the language of the window, headless")
class LanguageSwitchWindowTest {

    private AppViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = HeadlessWindow.shown(stage, new ClusterSourceLoader(), Language.ENGLISH);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    @DisplayName("a switch either way keeps the window, the zoom, the position, the selection, the what-if panel and the question typed")
    void switchKeepsWhatTheUserHas(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        DiagramCanvas canvas = robot.lookup("#diagram").queryAs(DiagramCanvas.class);
        String pod = firstPod(canvas);
        robot.interact(() -> {
            canvas.zoomAt(1.7, 200, 150);
            canvas.panBy(-35, 20);
            vm.selection().select(pod);
            vm.question().fromProperty().set("default/web");
            vm.whatIf().shownProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ViewState view = canvas.getView();
        // the point at the canvas's centre: a switch may change the panels' heights (wrapped words), a resize keeps the centre
        Point2D centre = canvas.localToDiagram(canvas.getWidth() / 2, canvas.getHeight() / 2);
        Node root = stage.getScene().getRoot();
        Node whatIf = robot.lookup("#what-if").query();

        for (Language language : new Language[] {Language.SIMPLIFIED_CHINESE, Language.ENGLISH}) {
            DiagramLayout before = vm.workspace().layoutProperty().get();
            robot.interact(() -> vm.chooseLanguage(language));
            waitFor(() -> vm.workspace().layoutProperty().get() != before && !vm.activity().runningProperty().get()); // in the new words
            WaitForAsyncUtils.waitForFxEvents();

            assertThat((Object) stage.getScene().getRoot()).as("the same window, not one built again").isSameAs(root);
            assertThat(robot.lookup("#diagram").queryAs(DiagramCanvas.class)).isSameAs(canvas);
            assertThat(canvas.getZoom()).as("zoom in " + language).isCloseTo(view.zoom(), within(1e-9));
            assertThat(canvas.diagramToLocal(centre.getX(), centre.getY()).distance(canvas.getWidth() / 2, canvas.getHeight() / 2))
                    .as("position in " + language).isLessThan(1e-6);
            assertThat(canvas.getSelectedId()).isEqualTo(pod);
            assertThat(vm.selection().selectedProperty().get()).isEqualTo(pod);
            assertThat((Object) robot.lookup("#what-if").query()).as("the what-if panel still open").isSameAs(whatIf);
            assertThat(robot.lookup("#question-from").queryAs(TextField.class).getText()).isEqualTo("default/web");
        }
    }

    @Test
    @DisplayName("after a switch either way no text of the window is still in the language before")
    void everyTextFollowsTheSwitch(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        DiagramCanvas canvas = robot.lookup("#diagram").queryAs(DiagramCanvas.class);
        String pod = firstPod(canvas);
        robot.interact(() -> {
            vm.selection().select(pod);
            vm.whatIf().shownProperty().set(true);
        });
        robot.clickOn("#tab-matrix");
        waitFor(() -> robot.lookup("#matrix-view").tryQuery().isPresent());
        robot.clickOn("#tab-diagram");
        WaitForAsyncUtils.waitForFxEvents();
        WindowTexts english = WindowTexts.of(stage);
        assertThat(english.leftIn(Language.ENGLISH, Language.SIMPLIFIED_CHINESE)).as("the check sees the window's English texts")
                .isNotEmpty();

        robot.interact(() -> vm.chooseLanguage(Language.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTexts.of(stage).leftIn(Language.ENGLISH, Language.SIMPLIFIED_CHINESE)).as("English texts left after the switch to Chinese")
                .isEmpty();

        robot.interact(() -> vm.chooseLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WindowTexts.of(stage).leftIn(Language.SIMPLIFIED_CHINESE, Language.ENGLISH)).as("Chinese texts left after the switch back")
                .isEmpty();
    }

    private static String firstPod(DiagramCanvas canvas) {
        return canvas.getDiagram().allBoxes().stream().map(b -> b.id()).filter(id -> id.startsWith("pod:")).findFirst().orElseThrow();
    }
}
