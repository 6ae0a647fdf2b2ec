package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.Connection;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.LineClass;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficPair;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.whatif.PolicyTemplate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("during a what-if the details pane shows the edited cluster and what the edits change (no JavaFX thread)")
class WhatIfDetailsTest {

    private static final String NIGHTLY = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "Job", "nightly-report-28735140"));
    private static final String REDIS = GraphVertex.WorkloadVertex.idOf(new WorkloadRef("default", "StatefulSet", "redis"));
    private static final String REDIS_POLICY = "NetworkPolicy default/test-network-policy";

    private AppViewModel app;
    private WhatIfViewModel whatIf;
    private SelectionViewModel selection;

    @BeforeEach
    void open() {
        Messages.use(Language.ENGLISH);
        app = Workspaces.demoApp();
        whatIf = app.whatIf();
        selection = app.selection();
    }

    @AfterEach
    void back() {
        Messages.use(Language.system());
    }

    private void admitNightly() {
        WhatIfPolicy redis = whatIf.policies().stream().filter(p -> p.key().toString().equals(REDIS_POLICY)).findFirst().orElseThrow();
        whatIf.select(Optional.of(redis));
        whatIf.type(redis.text().replace("role: frontend", "role: frontend\n    - podSelector:\n        matchLabels:\n          role: batch"));
        assertThat(whatIf.problemProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("a selected line takes the edited verdict and reasons at once, with its verdict before; undo brings the cluster as it is back")
    void selectedLineFollowsTheEdit() {
        selection.select(new TrafficPair(NIGHTLY, REDIS).id());
        Details.Traffic before = (Details.Traffic) selection.detailsProperty().get();
        assertThat(before.verdict()).isEqualTo(PairVerdict.BLOCKED);
        assertThat(selection.whatIfProperty().get()).isEmpty();

        admitNightly();

        Details.Traffic after = (Details.Traffic) selection.detailsProperty().get();
        assertThat(after.verdict()).isEqualTo(PairVerdict.ALLOWED);
        assertThat(after.explanation().ports()).isNotEmpty().anySatisfy(p -> assertThat(p.allowed()).isTrue());
        WhatIfLine line = selection.whatIfProperty().get().orElseThrow().line().orElseThrow();
        assertThat(line.before()).hasValue(PairVerdict.BLOCKED);
        assertThat(line.after()).hasValue(PairVerdict.ALLOWED);
        assertThat(line.beforeReasons()).isNotEmpty();
        assertThat(line.admittedBy()).anySatisfy(r -> assertThat(r).contains("default/test-network-policy"));

        selection.showAnswer(new Question("default/nightly-report-28735140", "default/redis", Optional.empty()));
        assertThat(selection.whatIfProperty().get().orElseThrow().line()).as("a question about the pair compares it too")
                .hasValueSatisfying(l -> assertThat(l.before()).hasValue(PairVerdict.BLOCKED));

        whatIf.undo();
        selection.select(new TrafficPair(NIGHTLY, REDIS).id());
        assertThat(((Details.Traffic) selection.detailsProperty().get()).verdict()).isEqualTo(PairVerdict.BLOCKED);
        assertThat(selection.whatIfProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("blocked only keeps the lines blocked in the edited cluster: a line the edit admits fades, and comes back on undo")
    void blockedOnlyFollowsTheEdit() {
        String nightlyToRedis = new TrafficPair(NIGHTLY, REDIS).id();
        selection.select(REDIS);
        selection.blockedOnlyProperty().set(true);
        assertThat(selection.highlightProperty().get()).contains(nightlyToRedis, REDIS);

        admitNightly();

        assertThat(selection.highlightProperty().get()).as("the edit admits nightly-report: not blocked any more")
                .contains(REDIS).doesNotContain(nightlyToRedis);
        whatIf.undo();
        assertThat(selection.highlightProperty().get()).contains(nightlyToRedis);
    }

    @Test
    @DisplayName("during a what-if the picture shown is worked out once, marks the edited line as became-allowed and says it allows now: blocked only goes by that")
    void pictureShownCarriesTheEditedClasses() {
        String nightlyToRedis = new TrafficPair(NIGHTLY, REDIS).id();
        DiagramLayout layout = app.workspace().layoutProperty().get();
        assertThat(selection.pictureShown(layout)).as("no what-if: the layout itself").isSameAs(layout);

        admitNightly();

        DiagramLayout picture = selection.pictureShown(layout);
        assertThat(selection.pictureShown(layout)).as("worked out once").isSameAs(picture);
        Connection edited = picture.connection(nightlyToRedis).orElseThrow();
        assertThat(edited.lineClass()).isEqualTo(LineClass.BECAME_ALLOWED);
        assertThat(edited.classShown()).isIn(LineClass.ALLOWED, LineClass.PARTIAL);
        assertThat(layout.connection(nightlyToRedis).orElseThrow().classShown()).isEqualTo(LineClass.BLOCKED);
        whatIf.undo();
        assertThat(selection.pictureShown(layout)).isSameAs(layout);
    }

    @Test
    @DisplayName("an edit's picture with its changes marked is made and prepared for the screen by the job that judged it: when the judgement shows, it is there")
    void pictureOfAnEditIsMadeWhereItIsJudged() {
        DiagramLayout layout = app.workspace().layoutProperty().get();
        java.util.List<DiagramLayout> prepared = new java.util.ArrayList<>();
        app.workspace().prepareWith(prepared::add);
        java.util.List<Boolean> madeWhenShown = new java.util.ArrayList<>();
        whatIf.judgementProperty().addListener((obs, old, now) -> now.ifPresent(j -> madeWhenShown.add(whatIf.marked().made(layout, j))));

        admitNightly();

        assertThat(madeWhenShown).as("made before the judgement was shown").containsOnly(true).isNotEmpty();
        DiagramLayout picture = selection.pictureShown(layout);
        assertThat(picture.showsChanges()).isTrue();
        assertThat(prepared).as("the picture shown is the one prepared for the screen").last().isSameAs(picture);
        assertThat(picture.connection(new TrafficPair(NIGHTLY, REDIS).id()).orElseThrow().lineClass()).isEqualTo(LineClass.BECAME_ALLOWED);
    }

    @Test
    @DisplayName("a new picture during a what-if (Services switched off) has its changes marked where it was laid out: when it shows, it is there")
    void newPictureDuringAWhatIfIsMarkedWhereItIsMade() {
        admitNightly();
        io.kubereach.whatif.WhatIfJudgement judgement = whatIf.judgementProperty().get().orElseThrow();
        java.util.List<Boolean> madeWhenShown = new java.util.ArrayList<>();
        app.workspace().layoutProperty().addListener((obs, old, now) -> madeWhenShown.add(whatIf.marked().made(now, judgement)));

        app.filter().layerProperty(io.kubereach.graph.Layer.SERVICES).set(false);

        assertThat(madeWhenShown).as("a new layout was shown, its picture made before").containsExactly(true);
        DiagramLayout picture = selection.pictureShown(app.workspace().layoutProperty().get());
        assertThat(picture.showsChanges()).isTrue();
        assertThat(picture.connection(new TrafficPair(NIGHTLY, REDIS).id()).orElseThrow().lineClass()).isEqualTo(LineClass.BECAME_ALLOWED);
    }

    @Test
    @DisplayName("a selected workload lists its peers as edited and the lines at it that the edits change")
    void selectedWorkloadListsItsChanges() {
        selection.select(REDIS);
        Details.Reach was = ((Details.WorkloadInfo) selection.detailsProperty().get()).reach();
        assertThat(was.notReachedBy()).extracting(Details.Peer::vertexId).contains(NIGHTLY);

        admitNightly();

        Details.Reach now = ((Details.WorkloadInfo) selection.detailsProperty().get()).reach();
        assertThat(now.reachedBy()).extracting(Details.Peer::vertexId).contains(NIGHTLY);
        assertThat(now.notReachedBy()).extracting(Details.Peer::vertexId).doesNotContain(NIGHTLY);
        WhatIfSelection changes = selection.whatIfProperty().get().orElseThrow();
        assertThat(changes.line()).isEmpty();
        assertThat(changes.ends()).isTrue();
        assertThat(changes.changes()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo(NIGHTLY);
            assertThat(c.targetId()).isEqualTo(REDIS);
        });
        assertThat(changes.more()).isZero();
    }

    @Test
    @DisplayName("a selected pod lists a policy added by the what-if among those that select it, and the way back survives the edit")
    void selectedPodSeesAnAddedPolicy() {
        selection.select("ns:default");
        selection.follow("pod:default/redis-0");
        whatIf.add(PolicyTemplate.DEFAULT_DENY, "default");
        String added = whatIf.selectedProperty().get().orElseThrow().key().name();

        Details.PodInfo pod = (Details.PodInfo) selection.detailsProperty().get();
        assertThat(pod.policies()).extracting(p -> p.name()).contains(added, "test-network-policy");
        assertThat(selection.whatIfProperty().get().orElseThrow().changes()).isNotEmpty();
        assertThat(selection.canGoBack()).as("an edit does not forget the way back").isTrue();
    }

    @Test
    @DisplayName("a selection with no lines of its own (a Service) is said to be shown as edited, not to be unchanged")
    void serviceIsNotCalledUnchanged() {
        admitNightly();
        selection.select("svc:payments/payments-api");
        WhatIfSelection w = selection.whatIfProperty().get().orElseThrow();
        assertThat(w.ends()).isFalse();
        assertThat(w.line()).isEmpty();
    }
}
