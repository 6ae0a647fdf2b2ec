package io.kubereach.ui;

import io.kubereach.source.ParseAheadGate;
import io.kubereach.source.live.Environment;
import io.kubereach.ui.model.Analysis;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.OpenTimings;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.JavaPreferenceStore;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.prefs.PreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.ReadAhead;
import io.kubereach.ui.task.FxJobRunner;
import io.kubereach.ui.view.ContextChooserDialog;
import io.kubereach.ui.view.FirstFrames;
import io.kubereach.ui.view.FxFileDialogs;
import io.kubereach.ui.view.MainWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app: reads clusters with {@link ClusterSourceLoader}, runs the work on background
 * threads ({@link FxJobRunner}), remembers its settings with java.util.prefs, and shows the
 * {@link MainWindow}, on the manifest paths given as arguments, else on the last source, else on
 * the demo. Start it through {@link KubeReachLauncher} (or {@code kubereach} with no
 * arguments). The hidden system property {@code kubereach.prefs=memory} keeps the settings in
 * memory only (screenshots, benchmarks).
 */
public final class KubeReachApp extends Application {

    /** Set once by the launcher before the toolkit starts; read on the JavaFX thread. */
    private static volatile ReadAhead readAhead = ReadAhead.none();
    private static volatile PreferenceStore store;
    /**
     * Closed while the window is shown and draws its first frames, so that the read ahead leaves
     * them a core (see {@link ParseAheadGate}); opens by itself after {@link #FIRST_FRAMES_AT_MOST}.
     */
    private static final ParseAheadGate FIRST_FRAMES = new ParseAheadGate();
    private static final Duration FIRST_FRAMES_AT_MOST = Duration.ofSeconds(3);
    /** Pulses after the show until the gate opens: the first frames drawn, the view laid out. */
    private static final int FIRST_PULSES = 5;

    /**
     * Starts reading the source the window will open first (the files given, else the last
     * source unless it took long to open last time, else the demo) on a thread of its own,
     * before the JavaFX toolkit starts, and judges it there once read: a cold start then reads
     * and analyses while the toolkit and the window are set up. A last source that took long to
     * open is offered, not opened, so it is not read ahead.
     *
     * @param args the manifest files or folders given, as passed to {@link Application#launch}
     */
    static void readAhead(String[] args) {
        Optional<ClusterSource> first = new AppPreferences(store()).opensUnasked(first(List.of(args)));
        ClusterSourceLoader reader = new ClusterSourceLoader().gatedBy(FIRST_FRAMES);
        readAhead = first.map(source -> ReadAhead.start(source, reader, timed(Analysis.judgedAhead(source)))).orElse(ReadAhead.none());
    }

    /** Notes the ends of reading and of judging ahead among the start's timings. */
    private static ReadAhead.FollowUp timed(ReadAhead.FollowUp judging) {
        return cluster -> {
            OpenTimings.startStep("read ahead");
            Runnable judge = judging.after(cluster);
            return () -> {
                judge.run();
                OpenTimings.startStep("judged ahead");
            };
        };
    }

    @Override
    public void start(Stage stage) {
        OpenTimings.startStep("toolkit started");
        FxJobRunner runner = new FxJobRunner();
        ClusterSourceLoader reader = new ClusterSourceLoader(Environment.system(), readAhead);
        AppViewModel vm = new AppViewModel(reader, runner, new AppPreferences(store()));
        FxFileDialogs dialogs = new FxFileDialogs();
        MainWindow window = new MainWindow(stage, vm, dialogs, new ContextChooserDialog(dialogs, runner));
        OpenTimings.startStep("window built");
        // the show and the first frames are a few dozen ms of work on the JavaFX and renderer threads that would
        // otherwise wait for a core behind the read ahead's parse on every core: it parses on one meanwhile
        FIRST_FRAMES.close(FIRST_FRAMES_AT_MOST);
        window.show(first(getParameters().getRaw()));
        OpenTimings.startStep("window shown");
        FirstFrames.then(FIRST_PULSES, () -> {
            FIRST_FRAMES.open();
            OpenTimings.startStep("first frames drawn");
        });
    }

    private static Optional<ClusterSource> first(List<String> args) {
        List<Path> paths = args.stream().map(Path::of).toList();
        return paths.isEmpty() ? Optional.empty() : Optional.of(new ClusterSource.Manifests(paths));
    }

    /** The preferences, in memory only when the hidden property {@code kubereach.prefs=memory} says so; one store per run. */
    private static synchronized PreferenceStore store() {
        if (store == null) {
            store = "memory".equals(System.getProperty("kubereach.prefs")) ? new MemoryPreferenceStore() : new JavaPreferenceStore();
        }
        return store;
    }
}
