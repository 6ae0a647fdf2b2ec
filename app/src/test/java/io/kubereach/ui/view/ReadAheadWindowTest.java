package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.source.DemoCluster;
import io.kubereach.source.live.Environment;
import io.kubereach.text.Language;
import io.kubereach.ui.model.Analysis;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.ReadAhead;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import io.kubereach.ui.task.JobControl;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
@DisplayName("a cold start: the source given is read while the window starts, and shown once both are ready")
class ReadAheadWindowTest {

    private static final ClusterSource SHOP = new ClusterSource.Snapshot(Path.of("/tmp/shop-prod.yaml"));

    /** Reads ahead as the app does, held at a gate until the test opens it; answers the demo cluster. */
    private static final class HeldRead implements SourceLoader {
        final CountDownLatch gate = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        final AtomicInteger reads = new AtomicInteger();
        volatile LoadedCluster read;

        @Override
        public LoadedCluster load(ClusterSource source, JobControl control) throws Exception {
            reads.incrementAndGet();
            started.countDown();
            gate.await();
            read = LoadedCluster.of(DemoCluster.snapshot());
            return read;
        }
    }

    private final HeldRead held = new HeldRead();
    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        // as KubeReachApp does: the read starts before the window is built, judged on its own thread
        ReadAhead ahead = ReadAhead.start(SHOP, held, Analysis.judgedAhead(SHOP));
        AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());
        prefs.rememberLanguage(Language.ENGLISH);
        prefs.rememberWindowSize(1240, 780);
        vm = new AppViewModel(new ClusterSourceLoader(Environment.system(), ahead), new FxJobRunner(), prefs);
        new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty()).show(Optional.of(SHOP));
    }

    @AfterEach
    void release() {
        held.gate.countDown();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    @DisplayName("while the read ahead goes on, the window names the source with progress; once read, the picture is the read ahead's, read once")
    void shownOnceBothAreReady(FxRobot robot) throws Exception {
        assertThat(held.started.await(20, TimeUnit.SECONDS)).isTrue();
        waitFor(() -> robot.lookup("#opening").query().isVisible());
        assertThat(robot.lookup("#opening-title").queryLabeled().getText()).isEqualTo("Opening snapshot shop-prod.yaml…");
        assertThat(vm.workspace().analysisProperty().get()).as("nothing shown before the read ends").isNull();

        held.gate.countDown();
        waitFor(() -> vm.workspace().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.workspace().analysisProperty().get().snapshot()).isSameAs(held.read.snapshot());
        assertThat(vm.workspace().sourceProperty().get()).isEqualTo(SHOP);
        assertThat(held.reads).as("the window's opening took the read ahead instead of reading again").hasValue(1);
        waitFor(() -> !robot.lookup("#opening-pane").query().isVisible());
    }

    @Test
    @DisplayName("cancelling the opening while the read ahead goes on stops the wait: the source is offered again")
    void cancelWhileReadingAhead(FxRobot robot) throws Exception {
        assertThat(held.started.await(20, TimeUnit.SECONDS)).isTrue();
        waitFor(() -> robot.lookup("#opening-cancel").query().isVisible());
        robot.clickOn("#opening-cancel");
        waitFor(() -> robot.lookup("#offer").query().isVisible());
        assertThat(robot.lookup("#offer-title").queryLabeled().getText()).isEqualTo("Open snapshot shop-prod.yaml again?");
        assertThat(robot.lookup("#offer-why").queryLabeled().getText()).isEqualTo("Opening it was cancelled.");
        assertThat(vm.workspace().analysisProperty().get()).isNull();
    }
}
