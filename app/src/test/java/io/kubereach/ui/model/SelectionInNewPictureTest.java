package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.Grouping;
import io.kubereach.text.Language;
import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.prefs.MemoryPreferenceStore;
import io.kubereach.ui.source.ClusterSourceLoader;
import io.kubereach.ui.task.QueuedJobRunner;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A new picture (another language, grouping or filter) keeps the selection highlighted; the
 * walk over every box and line that finds its ids runs as a job, not on the view models' thread.
 */
@DisplayName("the selection highlighted in a new picture (no JavaFX thread)")
class SelectionInNewPictureTest {

    private static final String REDIS_0 = "pod:default/redis-0";

    private final QueuedJobRunner runner = new QueuedJobRunner();
    private final AppViewModel app = new AppViewModel(new ClusterSourceLoader(), runner, new AppPreferences(new MemoryPreferenceStore()));

    private void redisSelected() {
        app.start(Optional.empty());
        runner.runAll();
        app.selection().select(REDIS_0);
        runner.runAll();
    }

    @Test
    @DisplayName("a new grouping's picture gets the selection's highlight from a job of its own; until it ends the ids shown stay")
    void highlightOfANewPictureIsAJob() {
        redisSelected();
        Set<String> before = app.selection().highlightProperty().get();
        assertThat(before).contains(REDIS_0);

        DiagramLayout shown = app.workspace().layoutProperty().get();
        app.workspace().groupingProperty().set(Grouping.NODE);
        while (app.workspace().layoutProperty().get() == shown) {
            runner.runNext();
        }
        assertThat(app.selection().highlightProperty().get()).as("not worked out as the picture is shown").isSameAs(before);
        assertThat(runner.waiting()).as("the highlight's job").isPositive();

        runner.runAll();
        DiagramLayout now = app.workspace().layoutProperty().get();
        Set<String> ids = now.allBoxes().stream().map(b -> b.id()).collect(Collectors.toSet());
        now.connections().forEach(c -> ids.add(c.id()));
        assertThat(app.selection().highlightProperty().get()).contains(REDIS_0).isNotEqualTo(before);
        assertThat(ids).containsAll(app.selection().highlightProperty().get());
    }

    @Test
    @DisplayName("a language switch keeps the selection and its highlight")
    void languageSwitchKeepsTheHighlight() {
        redisSelected();
        Set<String> before = app.selection().highlightProperty().get();

        app.chooseLanguage(Language.SIMPLIFIED_CHINESE);
        runner.runAll();
        assertThat(app.selection().selectedProperty().get()).isEqualTo(REDIS_0);
        assertThat(app.selection().highlightProperty().get()).isEqualTo(before);
    }
}
