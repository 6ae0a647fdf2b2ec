package io.kubereach.ui.view;

import static io.kubereach.ui.view.HeadlessWindow.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.model.LineBreaks;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.graph.GraphVertex;
import io.kubereach.text.Language;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Analysis;
import io.kubereach.ui.source.ClusterSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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

/**
 * The window in Simplified Chinese, headless: what the details pane and the warnings menu show
 * of the demo (a traffic line, a Service and its simulation, a node and its CNI) is Chinese,
 * with no English sentence left among it. Names, addresses and ports stay as they are.
 */
@ExtendWith(ApplicationExtension.class)
@DisplayName("the window in Chinese, headless")
class ChineseDetailsTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A word of plain English: letters only, perhaps followed by punctuation. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}[,.:;]?");

    /** A Service whose selector picks no pod, and a document that is no Kubernetes object. */
    private static final String ORPHAN = """
            apiVersion: v1
            kind: Pod
            metadata: {name: web-0, namespace: shop, labels: {app: web}}
            spec:
              containers:
              - name: web
                image: nginx
                ports: [{containerPort: 80}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: orphan, namespace: shop}
            spec:
              selector: {app: nothing}
              ports: [{port: 80}]
            ---
            just: a map
            """;

    private AppViewModel vm;

    @Start
    void start(Stage stage) {
        vm = HeadlessWindow.shown(stage, new GateLoader(), Language.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }


    private Analysis demo() throws Exception {
        waitFor(() -> vm.workspace().analysisProperty().get() != null && vm.workspace().layoutProperty().get() != null
                && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return vm.workspace().analysisProperty().get();
    }

    /** Every text shown under a node: labels, buttons, links. */
    private static List<String> texts(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        return robot.from(root.lookupAll("*")).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).map(LineBreaks::plain).toList();
    }

    /** Whether a text is an English sentence: ASCII only, with three or more plain words. */
    static boolean englishSentence(String text) {
        if (!text.chars().allMatch(c -> c < 128)) {
            return false;
        }
        return java.util.Arrays.stream(text.trim().split("\\s+")).filter(w -> WORD.matcher(w).matches()).count() >= 3;
    }

    private static void assertChinese(List<String> texts, String... sentencesInEnglish) {
        assertThat(texts).as("texts shown").isNotEmpty();
        assertThat(texts).as("some texts are Chinese").anyMatch(t -> HAN.matcher(t).find());
        assertThat(texts).as("no English sentence is left").noneMatch(ChineseDetailsTest::englishSentence);
        for (String english : sentencesInEnglish) {
            assertThat(texts).as("no text says " + english).noneMatch(t -> t.contains(english));
        }
    }

    /** The texts of the warnings menu of the status bar. */
    private static List<String> warningTexts(FxRobot robot) {
        MenuButton warnings = robot.lookup("#status-warnings").queryAs(MenuButton.class);
        List<String> texts = new ArrayList<>();
        for (MenuItem item : warnings.getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof Labeled label) {
                texts.add(LineBreaks.plain(label.getText()));
            }
        }
        return texts;
    }

    @Test
    @DisplayName("the sentence test tells an English sentence from names, addresses and settings")
    void sentenceTestWorks() {
        assertThat(englishSentence("egress at default/redis-0: no policy selects it for Egress")).isTrue();
        assertThat(englishSentence("kube-system/kube-proxy-4xz8n uses hostNetwork: most CNIs neither isolate it")).isTrue();
        assertThat(englishSentence("default/redis-0:6379 (10.244.0.10)")).isFalse();
        assertThat(englishSentence("mode=iptables scheduler=none affinity=None")).isFalse();
        assertThat(englishSentence("入口 在 default/redis-0：没有策略 selects it for Egress")).isFalse();
    }

    @Test
    @DisplayName("a traffic line: the verdict per port and the engine's reasons are Chinese")
    void trafficLine(FxRobot robot) throws Exception {
        demo();
        DiagramLine line = vm.workspace().layoutProperty().get().lines().stream()
                .filter(l -> l.verdict().isPresent() && l.id().contains("StatefulSet/redis")).findFirst().orElseThrow();
        robot.interact(() -> vm.selection().select(line.id()));
        waitFor(() -> robot.lookup("#details-traffic").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertChinese(texts(robot, "#details-traffic"), "no policy selects it", "isolated by", "admitted by",
                "intended, not enforced");
    }

    @Test
    @DisplayName("a Service and its load-balancing simulation: the facts, the findings and the notes are Chinese")
    void serviceAndSimulation(FxRobot robot) throws Exception {
        Analysis analysis = demo();
        String frontend = analysis.graph().vertices(GraphVertex.ServiceVertex.class).stream().map(GraphVertex::id)
                .filter(id -> id.endsWith("default/frontend")).findFirst().orElseThrow();
        robot.interact(() -> vm.selection().select(frontend));
        waitFor(() -> robot.lookup("#simulate").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#simulate").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(() -> robot.lookup("#simulation-chart").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = texts(robot, "#details-service");
        assertChinese(texts, "each new connection walks", "kube-proxy does not know NetworkPolicy", "from the kube-system");
        assertThat(texts).as("the simulation notes are shown").anyMatch(t -> t.contains("模式"));
    }

    @Test
    @DisplayName("a Service without a ready backend, and a manifest that is not Kubernetes: the finding and the warning are Chinese")
    void serviceFindingAndSourceWarning(FxRobot robot, @TempDir Path dir) throws Exception {
        demo();
        Path manifests = Files.writeString(dir.resolve("shop.yaml"), ORPHAN);
        robot.interact(() -> vm.workspace().open(new ClusterSource.Manifests(List.of(manifests))));
        waitFor(() -> vm.workspace().analysisProperty().get() != null
                && !vm.workspace().analysisProperty().get().serviceFindings().isEmpty() && !vm.activity().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Analysis analysis = vm.workspace().analysisProperty().get();
        String id = analysis.graph().vertices(GraphVertex.ServiceVertex.class).stream().map(GraphVertex::id)
                .filter(v -> v.endsWith("shop/orphan")).findFirst().orElseThrow();
        robot.interact(() -> vm.selection().select(id));
        waitFor(() -> robot.lookup("#details-service").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertChinese(texts(robot, "#details-service"), "every connection to it fails", "has no ready backend");
        List<String> warnings = warningTexts(robot);
        assertThat(warnings).as("the skipped document is reported").anyMatch(t -> t.contains("shop.yaml"));
        assertChinese(warnings, "is not a Kubernetes object", "skipped");
    }

    @Test
    @DisplayName("a node: its CNI, whether it enforces policy and why are Chinese")
    void nodeAndCni(FxRobot robot) throws Exception {
        Analysis analysis = demo();
        String node = analysis.graph().vertices(GraphVertex.NodeVertex.class).get(0).id();
        robot.interact(() -> vm.selection().select(node));
        waitFor(() -> robot.lookup("#details-node").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = texts(robot, "#details-node");
        assertChinese(texts, "only connects pods", "does not enforce NetworkPolicy");
        assertThat(texts).as("the CNI's reason is shown").anyMatch(t -> t.contains("flannel") && HAN.matcher(t).find());
    }

    @Test
    @DisplayName("the status bar's warnings menu: every warning is Chinese")
    void warningsMenu(FxRobot robot) throws Exception {
        demo();
        List<String> texts = warningTexts(robot);
        assertChinese(texts, "only connects pods", "uses hostNetwork", "every connection to it fails");
        assertThat(texts).as("every warning has Chinese words").allMatch(t -> HAN.matcher(t).find());
    }

    @Test
    @DisplayName("a policy that cannot be read is skipped: the warnings say why in Chinese, naming the file and the policy, and the rest opens")
    void brokenManifest(FxRobot robot, @TempDir Path dir) throws Exception {
        demo();
        Path policy = Files.writeString(dir.resolve("policy.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: web, namespace: shop, labels: {app: web}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: bad, namespace: shop}
                spec:
                  podSelector: {}
                  ingress:
                  - ports: [{port: 70000}]
                """);
        robot.interact(() -> vm.workspace().open(new ClusterSource.Manifests(List.of(policy))));
        waitFor(() -> !vm.activity().runningProperty().get() && vm.workspace().analysisProperty().get() != null
                && vm.workspace().analysisProperty().get().snapshot().source().equals(policy.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.workspace().problemProperty().get()).as("no load problem: the rest opened").isNull();
        List<String> warnings = warningTexts(robot);
        assertThat(warnings).as("the skipped policy, in Chinese").anySatisfy(w -> assertThat(w)
                .contains("policy.yaml", "NetworkPolicy shop/bad", "入站规则 1 的端口 1", "70000", "不在 1..65535 范围内", "已跳过")
                .doesNotContain("is not within"));
        assertThat(warnings).as("what the skipped policy leaves unknown").anySatisfy(w -> assertThat(w).contains("NetworkPolicy", "shop"));

        robot.interact(() -> vm.languageProperty().set(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warningTexts(robot)).as("the warnings after switching to English")
                .anySatisfy(w -> assertThat(w).contains(policy + ": NetworkPolicy shop/bad: ingress rule 1 port 1: port 70000 is not within 1..65535: skipped"));
    }
}
