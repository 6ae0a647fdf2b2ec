package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
@DisplayName("the Export dialog in the window, headless")
class ExportDialogTest {

    /** Runs jobs as the app does; the next job started once {@link #holdNext} is set waits for {@link #release} first. */
    private final class HeldRunner implements JobRunner {
        private final FxJobRunner real = new FxJobRunner();
        private volatile CountDownLatch holdNext;

        @Override
        public <T> JobHandle start(io.kubereach.ui.task.Job<T> job, JobListener<T> listener) {
            CountDownLatch hold = holdNext;
            holdNext = null;
            return real.start(control -> {
                jobThread.set(Thread.currentThread());
                if (hold != null) {
                    hold.await(20, TimeUnit.SECONDS);
                }
                return job.run(control);
            }, listener);
        }

        @Override
        public void later(Runnable action) {
            real.later(action);
        }
    }

    private final HeldRunner runner = new HeldRunner();
    private final AtomicReference<Thread> jobThread = new AtomicReference<>();
    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new AppViewModel(new ClusterSourceLoader(), runner, HeadlessWindow.preferences(Language.ENGLISH));
        new MainWindow(stage, vm, new NoFileDialogs(), owner -> Optional.empty()).show(Optional.empty());
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static String line(FxRobot robot) {
        return robot.lookup("#export-line").queryAs(Label.class).getText();
    }

    private static void typeFile(FxRobot robot, Path file) {
        TextField field = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> field.setText(file.toString()));
        robot.clickOn(field);
    }

    @Test
    @DisplayName("Ctrl+E opens the dialog with the file named after the source; Enter writes it off the JavaFX thread, "
            + "the window answering meanwhile, then the dialog closes and the status bar names the file")
    void ctrlEThenEnterWritesOffTheJavaFxThread(FxRobot robot, @TempDir Path dir) throws Exception {
        HeadlessWindow.settled(vm);
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText()).endsWith("kubereach-demo.png");

        Path file = dir.resolve("shown.png");
        typeFile(robot, file);
        CountDownLatch release = new CountDownLatch(1);
        runner.holdNext = release;
        robot.type(KeyCode.ENTER);
        waitFor(() -> vm.export().runningProperty().get());
        // the export is held in its job: the JavaFX thread is free, shows the progress and answers at once
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-progress").query().isVisible()).isTrue();
        assertThat(line(robot)).startsWith("Working out");
        assertThat(jobThread.get()).isNotNull().matches(t -> !t.getName().contains("JavaFX"));
        assertThat(file).doesNotExist();

        release.countDown();
        waitFor(() -> Files.exists(file) && robot.lookup("#export-dialog").tryQuery().isEmpty());
        waitFor(() -> robot.lookup("#status-message").queryAs(Label.class).getText().equals("Wrote " + file));
    }

    @Test
    @DisplayName("the sheet says the picture's level and size as soon as it opens and as the choices change, worked out off "
            + "the JavaFX thread; a picture too large is said there in red with Export disabled, before Export is pressed")
    void sizeShownBeforeExport(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        CountDownLatch release = new CountDownLatch(1);
        runner.holdNext = release;
        robot.clickOn("#export");
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Label size = robot.lookup("#export-size").queryAs(Label.class);
        // the sizing is held in its job: the sheet is up and says it is working the size out
        assertThat(size.getText()).isEqualTo("Working out the size of the picture…");
        assertThat(jobThread.get()).isNotNull().matches(t -> !t.getName().contains("JavaFX"));
        release.countDown();
        waitFor(() -> size.getText().startsWith("The picture:"));
        assertThat(size.getText()).matches("The picture: \\w+ level, [\\d,]+ × [\\d,]+ px\\.");
        assertThat(robot.lookup("#export-write").query().isDisabled()).isFalse();

        robot.interact(() -> vm.export().formatProperty().set(io.kubereach.ui.model.ExportViewModel.Format.SVG));
        waitFor(() -> size.getText().endsWith(" units."));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    @DisplayName("2,000 pods at pod level in PNG 2×: the sheet says at once the picture would be too large, in red, Export disabled; "
            + "the deepest level that fits is sized again and can be written")
    void tooLargeBeforeExport(FxRobot robot, @TempDir Path dir) throws Exception {
        HeadlessWindow.settled(vm);
        Path medium = Files.createDirectory(dir.resolve("medium"));
        int code = io.kubereach.cli.KubeReachCommand.run(io.kubereach.cli.DesktopApp.NONE, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "generate", "--shape", "medium", "-o", medium.toString());
        assertThat(code).isZero();
        robot.interact(() -> vm.workspace().open(new io.kubereach.ui.source.ClusterSource.Manifests(java.util.List.of(medium))));
        waitFor(() -> vm.workspace().sourceProperty().get() instanceof io.kubereach.ui.source.ClusterSource.Manifests);
        HeadlessWindow.settled(vm);
        robot.clickOn("#export");
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Label size = robot.lookup("#export-size").queryAs(Label.class);
        robot.interact(() -> {
            vm.export().levelProperty().set(io.kubereach.diagram.PictureLevel.POD);
            vm.export().formatProperty().set(io.kubereach.ui.model.ExportViewModel.Format.PNG_2X);
        });
        waitFor(() -> size.getText().startsWith("The picture at pod level would be"));
        assertThat(size.getText()).contains("more than 16,384 a side").as("sizes written as the size line writes them")
                .matches("The picture at pod level would be \\d{1,3}(,\\d{3})+ × \\d{1,3}(,\\d{3})+ px, .*");
        assertThat(size.getStyleClass()).contains("danger");
        assertThat(robot.lookup("#export-write").query().isDisabled()).isTrue();
        assertThat(vm.export().runningProperty().get()).isFalse();

        robot.interact(() -> vm.export().levelProperty().set(io.kubereach.diagram.PictureLevel.AUTO));
        waitFor(() -> size.getText().startsWith("The picture: "));
        assertThat(size.getStyleClass()).doesNotContain("danger");
        assertThat(robot.lookup("#export-write").query().isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    @DisplayName("a folder that does not exist: the dialog stays open with one line naming it, and writes once the name is right")
    void missingFolderIsOneLine(FxRobot robot, @TempDir Path dir) throws Exception {
        HeadlessWindow.settled(vm);
        robot.interact(() -> vm.languageProperty().set(Language.ENGLISH));
        robot.clickOn("#export");
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Path missing = dir.resolve("nowhere").resolve("x.svg");
        typeFile(robot, missing);
        robot.type(KeyCode.ENTER);
        waitFor(() -> !line(robot).isEmpty() && !vm.export().runningProperty().get() && !line(robot).startsWith("Working"));
        assertThat(line(robot)).isEqualTo("The folder " + missing.getParent() + " does not exist.");
        assertThat(robot.lookup("#export-dialog").tryQuery()).isPresent();

        Path file = dir.resolve("x.svg");
        typeFile(robot, file);
        robot.type(KeyCode.ENTER);
        waitFor(() -> Files.exists(file) && robot.lookup("#export-dialog").tryQuery().isEmpty());
        assertThat(Files.readString(file)).startsWith("<?xml");
    }

    @Test
    @DisplayName("Escape closes the dialog over the window without writing, and the keys go back to the diagram")
    void escapeCloses(FxRobot robot) throws Exception {
        HeadlessWindow.settled(vm);
        robot.clickOn("#diagram");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#export-dialog").query().getScene()).as("a sheet in the window's scene, not a window")
                .isSameAs(robot.lookup("#diagram").query().getScene());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
        assertThat(vm.export().writtenProperty().get()).isNull();
        assertThat(robot.lookup("#diagram").query().isFocused()).isTrue();
    }
}
