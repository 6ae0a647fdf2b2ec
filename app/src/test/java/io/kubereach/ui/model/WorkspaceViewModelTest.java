package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.graph.GraphFilter;
import io.kubereach.graph.Layer;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSource;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.source.LoadedCluster;
import io.kubereach.ui.source.SourceLoader;
import io.kubereach.ui.task.DirectJobRunner;
import io.kubereach.ui.task.JobStep;
import io.kubereach.ui.task.QueuedJobRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the workspace view model (no JavaFX thread)")
class WorkspaceViewModelTest {

    private final MemoryPreferenceStore store = new MemoryPreferenceStore();
    private final AppPreferences prefs = new AppPreferences(store);
    private final DirectJobRunner runner = new DirectJobRunner();
    /** The status bar's activity the workspace reports to. */
    private final Activity activity = new Activity();

    private WorkspaceViewModel workspace(SourceLoader loader) {
        return new WorkspaceViewModel(loader, runner, prefs, activity);
    }

    private static boolean hasBox(DiagramLayout layout, String id) {
        return layout.allBoxes().stream().map(DiagramBox::id).anyMatch(id::equals);
    }

    @Test
    @DisplayName("starts on the demo when nothing was shown before, reads, judges and lays it out, and remembers it")
    void startsOnTheDemo() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        assertThat(w.sourceProperty().get()).isEqualTo(new ClusterSource.Demo());
        assertThat(w.analysisProperty().get().snapshot().pods()).hasSize(19);
        assertThat(hasBox(w.layoutProperty().get(), "pod:default/redis-0")).isTrue();
        assertThat(runner.steps()).containsSubsequence(JobStep.READING, JobStep.ANALYSING, JobStep.LAYING_OUT);
        assertThat(prefs.lastSource()).contains(new ClusterSource.Demo());
        assertThat(activity.runningProperty().get()).isFalse();
    }

    @Test
    @DisplayName("starts on the remembered source, and on the demo, saying why, when it no longer opens")
    void fallsBackToTheDemo() {
        ClusterSource gone = new ClusterSource.Manifests(List.of(Path.of("/nonexistent/kubereach-test.yaml")));
        prefs.rememberSource(gone);
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        assertThat(w.sourceProperty().get()).isEqualTo(new ClusterSource.Demo());
        assertThat(w.problemProperty().get().source()).isEqualTo(gone);
        assertThat(w.problemProperty().get().fellBack()).isTrue();
        assertThat(w.problemProperty().get().message()).contains("/nonexistent/kubereach-test.yaml").doesNotContain("\n");
    }

    @Test
    @DisplayName("a source that fails to open later leaves the cluster shown in place")
    void failedOpenKeepsTheCluster() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        Analysis shown = w.analysisProperty().get();
        w.open(new ClusterSource.Snapshot(Path.of("/nonexistent/snap.yaml")));
        assertThat(w.analysisProperty().get()).isSameAs(shown);
        assertThat(w.sourceProperty().get()).isEqualTo(new ClusterSource.Demo());
        assertThat(w.problemProperty().get().fellBack()).isFalse();
    }

    @Test
    @DisplayName("hiding a namespace, a layer or changing the grouping lays the diagram out again")
    void filterChangesRelayout() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        w.filterProperty().set(GraphFilter.ALL.withNamespaces(Set.of("shop")));
        assertThat(hasBox(w.layoutProperty().get(), "pod:default/redis-0")).isFalse();
        assertThat(hasBox(w.layoutProperty().get(), "ns:shop")).isTrue();
        w.filterProperty().set(GraphFilter.ALL.withLayer(Layer.CONTAINERS, false));
        assertThat(w.layoutProperty().get().allBoxes()).noneMatch(b -> b.id().startsWith("pause:"));
        w.groupingProperty().set(Grouping.NODE);
        assertThat(hasBox(w.layoutProperty().get(), "node:node-a")).isTrue();
    }

    @Test
    @DisplayName("focusing on a pod shows it with only the pods it reaches or is reached by")
    void focusShowsTheNeighbourhood() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        int everything = w.layoutProperty().get().allBoxes().size();
        w.focusProperty().set(Optional.of("pod:default/redis-0"));
        DiagramLayout focused = w.layoutProperty().get();
        assertThat(hasBox(focused, "pod:default/redis-0")).isTrue();
        assertThat(hasBox(focused, "pod:default/frontend-6d4cf56db6-2kq8m")).isTrue();
        assertThat(focused.allBoxes().size()).isLessThan(everything);
        assertThat(focused.lines()).anyMatch(l -> l.targetId().equals("pod:default/redis-0") || l.sourceId().equals("pod:default/redis-0"));
    }

    @Test
    @DisplayName("opening another source resets the namespaces shown and the focus")
    void openingResetsNamespacesAndFocus() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        w.filterProperty().set(GraphFilter.ALL.withNamespaces(Set.of("shop")));
        w.focusProperty().set(Optional.of("pod:default/redis-0"));
        w.refresh();
        assertThat(w.filterProperty().get().namespaces()).isEmpty();
        assertThat(w.focusProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("cancelling an opening keeps the cluster shown; the activity stops")
    void cancelKeepsTheShownCluster() {
        QueuedJobRunner queued = new QueuedJobRunner();
        WorkspaceViewModel w = new WorkspaceViewModel(new ClusterSourceLoader(), queued, prefs, activity);
        w.start(Optional.empty());
        queued.runAll();
        Analysis shown = w.analysisProperty().get();
        w.open(new ClusterSource.Demo());
        assertThat(activity.runningProperty().get()).isTrue();
        w.cancel();
        queued.runAll();
        assertThat(w.analysisProperty().get()).isSameAs(shown);
        assertThat(activity.runningProperty().get()).isFalse();
    }

    @Test
    @DisplayName("after a cancelled opening the picture shown stays usable: a namespace filter lays it out again, nothing of the cancelled source shows")
    void pictureUsableAfterCancel() {
        QueuedJobRunner queued = new QueuedJobRunner();
        WorkspaceViewModel w = new WorkspaceViewModel(new ClusterSourceLoader(), queued, prefs, activity);
        w.start(Optional.empty());
        queued.runAll();
        Analysis shown = w.analysisProperty().get();
        ClusterSource source = w.sourceProperty().get();
        w.open(new ClusterSource.Snapshot(Path.of("/nowhere/other.json")));
        w.cancel();
        queued.runAll();
        w.filterProperty().set(GraphFilter.ALL.withNamespaces(Set.of("shop")));
        queued.runAll();
        assertThat(w.analysisProperty().get()).isSameAs(shown);
        assertThat(w.sourceProperty().get()).isEqualTo(source);
        assertThat(hasBox(w.layoutProperty().get(), "ns:shop")).isTrue();
        assertThat(hasBox(w.layoutProperty().get(), "pod:default/redis-0")).isFalse();
        assertThat(w.problemProperty().get()).isNull();
    }

    @Test
    @DisplayName("a newer opening wins over an older one still running")
    void newerOpeningWins() throws Exception {
        QueuedJobRunner queued = new QueuedJobRunner();
        LoadedCluster demo = new ClusterSourceLoader().load(new ClusterSource.Demo(), io.kubereach.ui.task.JobControl.none());
        SourceLoader loader = (source, control) -> new LoadedCluster(demo.snapshot().withSource(source.encode()), "");
        WorkspaceViewModel w = new WorkspaceViewModel(loader, queued, prefs, new Activity());
        ClusterSource first = new ClusterSource.Snapshot(Path.of("/first"));
        ClusterSource second = new ClusterSource.Snapshot(Path.of("/second"));
        w.open(first);
        w.open(second);
        queued.runAll();
        assertThat(w.sourceProperty().get()).isEqualTo(second);
        assertThat(w.analysisProperty().get().snapshot().source()).isEqualTo(second.encode());
    }

    @Test
    @DisplayName("live can only be switched on for a live cluster")
    void liveOnlyForLiveSources() {
        WorkspaceViewModel w = workspace(new ClusterSourceLoader());
        w.start(Optional.empty());
        w.liveProperty().set(true);
        assertThat(w.liveProperty().get()).isFalse();
        assertThat(w.liveStateProperty().get()).isEqualTo(LiveState.OFF);
    }
}
