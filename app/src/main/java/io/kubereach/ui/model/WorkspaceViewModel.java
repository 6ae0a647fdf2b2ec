package io.kubereach.ui.model;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.diagram.LayoutMemory;
import io.kubereach.diagram.ViewState;
import io.kubereach.graph.GraphFilter;
import io.kubereach.text.Language;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The cluster shown and its picture: opens a source (read, analyse, lay out, all in one
 * background job that can be cancelled), and lays the diagram out again whenever the filter,
 * the grouping, the language or the focus changes. Starts on the last source, or on the demo
 * when there is none or it no longer opens.
 *
 * <p>The picture stays stable: a filter, focus or language change and a live update lay out
 * with the memory of the pictures shown before ({@link LayoutMemory}), so boxes keep their
 * places; a live update that draws the same boxes only redraws the lines. Opening a source,
 * switching the grouping and {@link #rearrange()} start from scratch.
 */
public final class WorkspaceViewModel {

    private final JobRunner runner;
    private final AppPreferences preferences;
    private final Activity activity;
    private final SourceOpening opening;

    private final ReadOnlyObjectWrapper<ClusterSource> source = new ReadOnlyObjectWrapper<>(this, "source", new ClusterSource.Demo());
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", DiagramLayout.empty());
    private final ReadOnlyObjectWrapper<SourceProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(this, "filter", GraphFilter.ALL);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NAMESPACE);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.system());
    private final ObjectProperty<Optional<String>> focus = new SimpleObjectProperty<>(this, "focus", Optional.empty());
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live", false);
    private final LiveUpdates liveUpdates;
    private JobHandle updating = JobHandle.done();
    private JobHandle layingOut = JobHandle.done();
    private boolean applying;
    /** Where the boxes of the pictures shown were; empty after opening, a grouping switch or "rearrange". */
    private LayoutMemory memory = LayoutMemory.empty();
    /** What the picture shown shows. */
    private LayoutRequest shownRequest;
    private boolean keepsView;
    /** Where the user last looked at the picture shown (zoom, centre, expanded boxes), for a diagram built anew; empty after a fresh layout. */
    private Optional<ViewState> lastView = Optional.empty();
    /** Prepares a picture for the screen while still off the JavaFX thread (the canvas builds its shapes). */
    private volatile Consumer<DiagramLayout> preparer = picture -> { };
    /** What the view models make of each picture before it is shown, on the thread that made it (a what-if's marks). */
    private final java.util.List<Consumer<DiagramLayout>> madeOf = new java.util.concurrent.CopyOnWriteArrayList<>();

    public WorkspaceViewModel(SourceLoader loader, JobRunner runner, AppPreferences preferences, Activity activity) {
        this.runner = runner;
        this.preferences = preferences;
        this.activity = activity;
        this.opening = new SourceOpening(loader, runner, preferences, activity, new SourceOpening.Outcome() {
            @Override
            public void opened(ClusterSource next, OpenJob.Opened result) {
                show(next, result);
            }

            @Override
            public void failed(SourceProblem why) {
                problem.set(why);
            }

            @Override
            public boolean showsNothing() {
                return analysis.get() == null;
            }
        });
        filter.addListener((obs, old, now) -> relayout());
        grouping.addListener((obs, old, now) -> {
            memory = LayoutMemory.empty(); // boxes of another grouping have other places
            relayout();
        });
        language.addListener((obs, old, now) -> relayout());
        focus.addListener((obs, old, now) -> relayout());
        this.liveUpdates = new LiveUpdates(loader, runner, activity, this::update, this::liveFailed);
        live.addListener((obs, old, on) -> {
            if (on && source.get().isLive() && analysis.get() != null) {
                liveUpdates.start(source.get());
            } else if (on && !source.get().isLive()) {
                live.set(false);
            } else if (!on) {
                liveUpdates.stop();
            }
        });
    }

    /**
     * Opens a source, else the last one, else the demo; the demo too when the one chosen does not
     * open. A last source that took long to open last time is not opened unasked: it is offered
     * ({@link #offerProperty()}), so the window is usable at once.
     */
    public void start(Optional<ClusterSource> first) {
        opening.start(first, openingRequest(), this::prepare);
    }

    /** Opens the source offered. */
    public void acceptOffer() {
        opening.offered().ifPresent(o -> open(o.source(), true));
    }

    /** Opens the demo instead of the source offered. */
    public void declineOffer() {
        open(new ClusterSource.Demo(), false);
    }

    /** Opens a source; the one shown stays until it has been read and laid out. */
    public void open(ClusterSource next) {
        open(next, false);
    }

    /** Reads the source shown again. */
    public void refresh() {
        open(source.get(), false);
    }

    /** Stops opening a source (the one shown stays) or laying out. */
    public void cancel() {
        opening.cancel();
        layingOut.cancel();
        activity.cancel();
    }

    private void open(ClusterSource next, boolean fallBackToDemo) {
        layingOut.cancel();
        updating.cancel();
        liveUpdates.stop();
        opening.open(next, fallBackToDemo, openingRequest(), this::prepare);
    }

    /** What a source opened shows first: every namespace, the grouping and language chosen, no focus. */
    private LayoutRequest openingRequest() {
        return new LayoutRequest(filter.get().withNamespaces(java.util.Set.of()), grouping.get(), language.get(), Optional.empty());
    }

    private void prepare(DiagramLayout picture) {
        preparer.accept(picture);
        madeOf.forEach(m -> m.accept(picture));
    }

    /**
     * Has a view model make what it shows of each new picture on the background thread that made
     * the picture, before the picture is shown (a what-if's picture with its changes marked).
     */
    void makeOfEachPicture(Consumer<DiagramLayout> maker) {
        madeOf.add(maker);
    }

    /**
     * Prepares a picture for the screen on the calling background thread, as every picture this
     * makes is ({@link #prepareWith}): a what-if's picture with its changes marked, too.
     */
    void prepareForScreen(DiagramLayout picture) {
        preparer.accept(picture);
    }

    private void show(ClusterSource next, OpenJob.Opened result) {
        applying = true;
        try {
            focus.set(Optional.empty());
            filter.set(result.request().filter());
            source.set(next);
            analysis.set(result.analysis());
            showRemembered(result.layout(), result.request(), result.memory(), false);
            if (problem.get() != null && !problem.get().fellBack()) {
                problem.set(null);
            }
        } finally {
            applying = false;
        }
        preferences.rememberSource(next);
        if (live.get() && next.isLive()) {
            liveUpdates.start(next);
        } else {
            live.set(false);
        }
    }

    /**
     * Shows a picture and remembers where its boxes are.
     *
     * @param picture the picture
     * @param request what it shows
     * @param before the memory it was laid out with
     * @param sameView whether the view (zoom, pan) should stay as it is
     */
    private void showPicture(DiagramLayout picture, LayoutRequest request, LayoutMemory before, boolean sameView) {
        showRemembered(picture, request, before.remember(picture, request.grouping()), sameView);
    }

    /** Shows a picture whose boxes' places are remembered already ({@code after}: the memory with it). */
    private void showRemembered(DiagramLayout picture, LayoutRequest request, LayoutMemory after, boolean sameView) {
        memory = after;
        shownRequest = request;
        keepsView = sameView;
        if (!sameView) {
            lastView = Optional.empty();
        }
        layout.set(picture);
    }

    /**
     * A live source changed: judges and draws it again, keeping the filter, the focus and the
     * selection; the boxes keep their places, and when the same boxes are drawn (only verdicts
     * changed) only the lines are drawn anew.
     */
    private void update(LoadedCluster cluster) {
        ClusterSource shownSource = source.get();
        LayoutRequest request = request();
        Analysis before = analysis.get();
        DiagramLayout shownPicture = layout.get();
        boolean sameRequest = request.equals(shownRequest);
        LayoutMemory remembered = memory;
        updating.cancel();
        updating = runner.start(control -> {
            control.progress(-1, JobStep.ANALYSING);
            Analysis judged = Analysis.of(shownSource, cluster);
            control.checkCancelled();
            DiagramLayout picture = sameRequest && before != null && request.drawsSameBoxes(before.graph(), judged.graph())
                    ? request.redrawLines(judged.graph(), shownPicture)
                    : request.layout(judged.graph(), remembered);
            prepare(picture);
            return new OpenJob.Opened(judged, picture, request, remembered.remember(picture, request.grouping()));
        }, new JobListener<OpenJob.Opened>() {
            @Override
            public void succeeded(OpenJob.Opened result) {
                if (source.get() == shownSource) {
                    analysis.set(result.analysis());
                    // the memory worked out with the picture, unless another picture was shown meanwhile
                    if (memory == remembered) {
                        showRemembered(result.layout(), result.request(), result.memory(), true);
                    } else {
                        showPicture(result.layout(), result.request(), memory, true);
                    }
                }
            }

            @Override
            public void failed(Throwable error) {
                problem.set(SourceProblem.of(shownSource, error, false));
            }
        });
    }

    private void liveFailed(String message) {
        live.set(false);
        if (!message.isEmpty()) {
            problem.set(new SourceProblem(source.get(), message, false));
        }
    }

    /** Forgets where the boxes were and lays the diagram out from scratch, as when the cluster was opened. */
    public void rearrange() {
        memory = LayoutMemory.empty();
        relayout();
    }

    /** Lays the diagram out again for the current filter, grouping, language and focus, keeping the remembered places. */
    private void relayout() {
        Analysis shown = analysis.get();
        if (applying || shown == null) {
            return;
        }
        layingOut.cancel();
        LayoutRequest request = request();
        LayoutMemory remembered = memory;
        // the view stays where it is when the boxes stay in their places, unless the focus moves to other boxes
        boolean sameView = !remembered.isEmptyFor(request.grouping()) && shownRequest != null && request.focus().equals(shownRequest.focus());
        Activity.Ticket ticket = activity.begin(JobStep.LAYING_OUT);
        layingOut = runner.start(control -> {
            DiagramLayout picture = request.layout(shown.graph(), remembered);
            prepare(picture);
            // where its boxes are, remembered here: at 10,000 pods a pass over 33,000 boxes, not for the JavaFX thread
            return new OpenJob.Opened(shown, picture, request, remembered.remember(picture, request.grouping()));
        }, ticket.ending(new JobListener<OpenJob.Opened>() {
            @Override
            public void succeeded(OpenJob.Opened result) {
                if (analysis.get() != shown) {
                    return;
                }
                if (memory == remembered) {
                    showRemembered(result.layout(), request, result.memory(), sameView);
                } else {
                    showPicture(result.layout(), request, memory, sameView);
                }
            }

            @Override
            public void failed(Throwable error) {
                problem.set(SourceProblem.of(source.get(), error, false));
            }
        }));
        ticket.attach(layingOut);
    }

    /** What the diagram shows now. */
    public LayoutRequest request() {
        return new LayoutRequest(filter.get(), grouping.get(), language.get(), focus.get());
    }

    /**
     * Whether the view (zoom and pan) should stay as it is for the picture shown: true when its
     * boxes kept the places they had in the picture before (a filter change, a live update);
     * false when it was laid out from scratch or shows another focus.
     */
    public boolean keepsView() {
        return keepsView;
    }

    /** Remembers where the user looks at the picture shown, so a diagram built anew (another language) looks there too. */
    public void rememberView(ViewState view) {
        lastView = Optional.of(view);
    }

    /** Where the user last looked at the picture shown; empty when it was laid out afresh since. */
    public Optional<ViewState> lastView() {
        return lastView;
    }

    /** The source shown. */
    public ReadOnlyObjectProperty<ClusterSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The cluster shown, judged; null until the first source opened. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The picture shown. */
    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** The source being opened; empty when none is. */
    public ReadOnlyObjectProperty<Optional<ClusterSource>> openingProperty() {
        return opening.openingProperty();
    }

    /** A source offered instead of opened (slow last time, or its first opening cancelled); empty when none is. */
    public ReadOnlyObjectProperty<Optional<ReopenOffer>> offerProperty() {
        return opening.offerProperty();
    }

    /** Why the last source could not be shown; null when it could. */
    public ReadOnlyObjectProperty<SourceProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The namespaces, labels and layers shown. */
    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    /** How pods are grouped. */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The language of the diagram's words. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The pod or workload the diagram shows alone with its traffic; empty for the whole cluster. */
    public ObjectProperty<Optional<String>> focusProperty() {
        return focus;
    }

    /** What the watch of a live source is doing. */
    public javafx.beans.property.ReadOnlyObjectProperty<LiveState> liveStateProperty() {
        return liveUpdates.stateProperty();
    }

    /** Whether a live source is watched, its changes shown as they happen. */
    public BooleanProperty liveProperty() {
        return live;
    }

    /**
     * Who prepares each picture for the screen on the background thread that made it, before it
     * is shown (the diagram canvas building its shapes there): after opening, a filter change or
     * a live update alike.
     */
    public void prepareWith(Consumer<DiagramLayout> preparer) {
        this.preparer = preparer;
    }

    /** How long the last opening took, step by step. */
    public OpenTimings timings() {
        return opening.timings();
    }
}
