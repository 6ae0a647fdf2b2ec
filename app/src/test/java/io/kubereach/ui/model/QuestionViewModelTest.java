package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.graph.PairVerdict;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Outcome;
import io.kubereach.text.Language;
import io.kubereach.text.MessageText;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the question bar's state (no JavaFX thread)")
class QuestionViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final QuestionViewModel question = app.question();

    private Details.Answer ask(String from, String to, String port) {
        question.fromProperty().set(from);
        question.toProperty().set(to);
        question.portProperty().set(port);
        question.ask();
        return (Details.Answer) app.selection().detailsProperty().get();
    }

    private static List<String> english(Details.AnswerHop hop) {
        MessageText en = MessageText.in(Language.ENGLISH);
        return hop.reasons().stream().map(en::render).toList();
    }

    @Test
    @DisplayName("nightly-report to redis on 6379 is denied on every replica, with the closest rule and what it lacked")
    void nightlyReportToRedisIsBlockedWithTheClosestRule() {
        Details.Answer a = ask("default/nightly-report", "default/redis", "6379");
        assertThat(a.outcome()).hasValue(Outcome.DENIED);
        assertThat(a.hops()).hasSize(2).allSatisfy(h -> assertThat(h.verdict()).isEqualTo(PairVerdict.BLOCKED));
        assertThat(english(a.hops().get(0))).anySatisfy(l -> assertThat(l)
                .startsWith("closest: default/test-network-policy ingress rule 1, not matched because")
                .contains("namespace label project=myproject missing on default")
                .contains("pod label role=frontend missing"));
    }

    @Test
    @DisplayName("the answer is the can-reach answer: the same outcome and the same trace lines")
    void sameAsCanReach() {
        Details.Answer a = ask("default/frontend", "default/redis", "6379/TCP");
        io.kubereach.model.ClusterSnapshot s = app.workspace().analysisProperty().get().snapshot();
        var cli = new io.kubereach.query.ReachQuestions(s, app.workspace().analysisProperty().get().graph().engine())
                .ask("default/frontend", "default/redis", PortProtocol.tcp(6379));
        assertThat(a.outcome()).hasValue(cli.outcome());
        var words = new io.kubereach.describe.VerdictExplanation(s);
        assertThat(english(a.hops().get(0))).isEqualTo(words.lines(cli.hops().get(0).verdict().orElseThrow()));
    }

    @Test
    @DisplayName("the path is highlighted: both ends' pods and workloads, the Service and its backends")
    void pathIsHighlighted() {
        ask("default/nightly-report", "default/redis", "6379");
        assertThat(app.selection().highlightProperty().get()).isNotNull();
        var built = new DetailsBuilder(app.workspace().analysisProperty().get())
                .build(new Question("default/nightly-report", "svc:default/redis", java.util.Optional.of(PortProtocol.tcp(6379))).id(),
                        app.workspace().layoutProperty().get());
        assertThat(built.related()).contains("svc:default/redis", "pod:default/redis-0", "pod:default/redis-1",
                "workload:default/StatefulSet/redis").anyMatch(id -> id.startsWith("pod:default/nightly-report"));
        assertThat(built.anchors()).noneMatch(id -> id.contains("redis"));
    }

    @Test
    @DisplayName("a question without a port between two workloads answers for every port, as the matrix does")
    void withoutPortIsThePairsAnswer() {
        question.fromProperty().set("default/nightly-report");
        question.toProperty().set("default/redis");
        question.ask();
        assertThat(app.selection().detailsProperty().get()).isInstanceOf(Details.Traffic.class);
    }

    @Test
    @DisplayName("an unknown name, a bad port or a missing end says why, and nothing is asked")
    void problemsAreSaid() {
        assertThat(ask("default/nobody", "default/redis", "6379").problem()).hasValueSatisfying(p ->
                assertThat(p.reason().map(MessageText::english)).hasValueSatisfying(r -> assertThat(r).contains("no pod or workload default/nobody")));
        question.portProperty().set("70000");
        question.ask();
        assertThat(question.problemProperty().get()).isEqualTo("question.problem.port");
        question.toProperty().set("");
        question.ask();
        assertThat(question.problemProperty().get()).isEqualTo("question.problem.ends");
    }

    @Test
    @DisplayName("completion offers pods, workloads and Services of the cluster, those starting with the text first")
    void completion() {
        assertThat(question.suggestions("default/nig")).contains("default/nightly-report");
        assertThat(question.suggestions("redis")).contains("svc:default/redis", "default/redis-0");
        assertThat(question.suggestions("default/")).hasSizeLessThanOrEqualTo(QuestionViewModel.SUGGESTIONS);
        assertThat(question.suggestions("10.0.")).isEmpty();
    }

    @Test
    @DisplayName("the names to complete are worked out off the JavaFX thread once a cluster is shown, before a letter is typed")
    void namesAreWorkedOutAheadOfTyping() throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!question.namesReady() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(question.namesReady()).isTrue();
        assertThat(question.suggestions("DEFAULT/NIG")).contains("default/nightly-report")
                .allSatisfy(n -> assertThat(n).startsWith("default/nig"));
        assertThat(question.suggestions("svc:default/red")).containsExactly("svc:default/redis", "svc:default/redis-headless");
    }

    @Test
    @DisplayName("an answer names its pair as vertices once worked out, a Service's end as the one workload behind it, for the matrix and the what-if")
    void answerSelectsItsPair() {
        String nightly = "workload:default/Job/nightly-report-28735140";
        String redis = "workload:default/StatefulSet/redis";
        Details.Answer a = ask("default/nightly-report", "default/redis", "6379");
        assertThat(a.pair()).hasValue(new io.kubereach.graph.TrafficPair(nightly, redis));
        assertThat(app.selection().selectedPairProperty().get()).hasValue(new io.kubereach.graph.TrafficPair(nightly, redis));

        ask("default/nightly-report", "svc:default/redis", "6379");
        assertThat(app.selection().selectedPairProperty().get()).hasValue(new io.kubereach.graph.TrafficPair(nightly, redis));

        question.fromProperty().set("default/redis");
        question.toProperty().set("default/nightly-report");
        question.portProperty().set("");
        question.ask();
        assertThat(app.selection().detailsProperty().get()).isInstanceOf(Details.Traffic.class);
        assertThat(app.selection().selectedPairProperty().get()).as("without a port, the pair's traffic details")
                .hasValue(new io.kubereach.graph.TrafficPair(redis, nightly));
    }
}
