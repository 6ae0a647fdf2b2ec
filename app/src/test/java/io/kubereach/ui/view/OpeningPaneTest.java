package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.task.FxJobRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
@DisplayName("the first opening of the main window, held as a slow cluster would be, headless")
class OpeningPaneTest {

    private static final ClusterSource SHOP = new ClusterSource.Snapshot(Path.of("/tmp/shop-prod.yaml"));

    private final GateLoader loader = new GateLoader();
    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        AppPreferences prefs = HeadlessWindow.preferences(Language.ENGLISH);
        vm = new AppViewModel(loader, new FxJobRunner(), prefs);
        loader.close();
        new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty()).show(Optional.of(SHOP));
    }

    @AfterEach
    void openTheGate() {
        loader.open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    @DisplayName("names the source, shows its step, progress and cancel over the empty tabs; cancelled, it is offered again, or the demo")
    void namesTheSourceAndOffersItAgain(FxRobot robot) throws Exception {
        waitFor(loader::isBlocked);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening").query().isVisible()).isTrue();
        assertThat(text(robot, "#opening-title")).isEqualTo("Opening snapshot shop-prod.yaml…");
        assertThat(text(robot, "#opening-step")).isEqualTo("Reading the cluster…");
        assertThat(text(robot, "#status-source")).as("not 'the demo'").isEqualTo("Opening snapshot shop-prod.yaml…");
        assertThat(robot.lookup("#opening-progress").query().isVisible()).isTrue();
        ListView<?> namespaces = robot.lookup("#namespaces").queryAs(ListView.class);
        assertThat(((Labeled) namespaces.getPlaceholder()).getText()).isEqualTo("No cluster shown yet");

        robot.clickOn("#opening-cancel");
        waitFor(loader::sawCancel);
        waitFor(() -> robot.lookup("#offer").query().isVisible());
        assertThat(robot.lookup("#opening").query().isVisible()).isFalse();
        assertThat(text(robot, "#offer-title")).isEqualTo("Open snapshot shop-prod.yaml again?");
        assertThat(text(robot, "#offer-why")).isEqualTo("Opening it was cancelled.");
        assertThat(text(robot, "#status-source")).isEqualTo("No cluster open");

        loader.open();
        robot.clickOn("#offer-demo");
        waitFor(() -> vm.workspace().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#opening-pane").query().isVisible()).isFalse();
        assertThat(vm.workspace().sourceProperty().get()).isEqualTo(new ClusterSource.Demo());
    }
}
