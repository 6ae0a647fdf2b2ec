package io.kubereach.ui.view;

import io.kubereach.text.Language;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.FxJobRunner;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: preferences that fit the headless screen, the window shown, waiting. */
final class HeadlessWindow {

    private HeadlessWindow() {
    }

    /** Preferences kept in memory, in the language given, with a window that fits Monocle's 1280 × 800 screen. */
    static AppPreferences preferences(Language language) {
        AppPreferences prefs = new AppPreferences(new MemoryPreferenceStore());
        prefs.rememberLanguage(language);
        prefs.rememberWindowSize(1240, 780);
        return prefs;
    }

    /** The main window on the stage, opening what a start opens unasked (the demo), its sources read by the loader. */
    static AppViewModel shown(Stage stage, SourceLoader loader, Language language) {
        AppViewModel vm = new AppViewModel(loader, new FxJobRunner(), preferences(language));
        new MainWindow(stage, vm, new FxFileDialogs(), owner -> Optional.empty()).show(Optional.empty());
        return vm;
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Waits until a cluster is shown and nothing is running any more. */
    static void settled(AppViewModel vm) throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
