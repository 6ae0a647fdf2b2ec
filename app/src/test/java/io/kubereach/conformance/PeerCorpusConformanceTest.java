package io.kubereach.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ConnectionList;
import io.kubereach.report.ConnlistFormat;
import io.kubereach.source.ManifestSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code list} over every case of netpol-analyzer's corpus and compares with its expected
 * connlist text. The 42 core cases, the 19 AdminNetworkPolicy/BaselineAdminNetworkPolicy cases and
 * the 7 Ingress/Route cases must match exactly; the standing of every category is counted and
 * written to {@code target/peer-corpus-conformance.txt}.
 */
@DisplayName("netpol-analyzer peer corpus")
class PeerCorpusConformanceTest {

    private static final Map<String, int[]> TALLY = new TreeMap<>();

    @TestFactory
    @DisplayName("every core case lists exactly the connections netpol-analyzer expects")
    Stream<DynamicTest> coreCasesMatchExactly() {
        return casesMatchExactly("core", 42);
    }

    @TestFactory
    @DisplayName("every AdminNetworkPolicy/BaselineAdminNetworkPolicy case lists exactly the connections netpol-analyzer expects")
    Stream<DynamicTest> tierCasesMatchExactly() {
        return casesMatchExactly("anp-banp", 19);
    }

    @TestFactory
    @DisplayName("every Ingress/Route case lists exactly the connections netpol-analyzer expects, {ingress-controller} included")
    Stream<DynamicTest> ingressRouteCasesMatchExactly() {
        return casesMatchExactly("ingress-route", 7);
    }

    private static Stream<DynamicTest> casesMatchExactly(String category, int count) {
        Path corpus = corpusOrSkip();
        List<PeerCorpus.Case> cases = PeerCorpus.cases(corpus).stream().filter(c -> c.category().equals(category)).toList();
        assertThat(cases).hasSize(count);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            List<String> expected = Files.readAllLines(c.expected().orElseThrow());
            List<String> actual = list(c.inputs());
            tally(c.category(), expected.equals(actual));
            assertThat(actual).as("connlist of %s", c.name()).containsExactlyElementsOf(expected);
        }));
    }

    @TestFactory
    @DisplayName("cases of any other category are read without error and counted")
    Stream<DynamicTest> laterCasesAreCounted() {
        Path corpus = corpusOrSkip();
        return PeerCorpus.cases(corpus).stream()
                .filter(c -> !List.of("core", "anp-banp", "ingress-route").contains(c.category()) && c.expected().isPresent())
                .map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.name(), () -> {
                    List<String> actual = list(c.inputs());
                    tally(c.category(), Files.readAllLines(c.expected().orElseThrow()).equals(actual));
                }));
    }

    static List<String> list(Path inputs) throws Exception {
        ClusterSnapshot snapshot = new ManifestSource().read(List.of(inputs));
        var connections = new ConnectionList(snapshot, new IndexedEngine(snapshot, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS);
        return ConnlistFormat.TXT.write(connections.connections()).lines().toList();
    }

    private static Path corpusOrSkip() {
        return PeerCorpus.folderOrSkip("netpol-analyzer");
    }

    private static synchronized void tally(String category, boolean matched) {
        int[] counts = TALLY.computeIfAbsent(category, k -> new int[2]);
        counts[matched ? 0 : 1]++;
    }

    @AfterAll
    static void writeTally() throws IOException {
        if (TALLY.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        TALLY.forEach((category, c) -> lines.add(category + ": " + c[0] + " of " + (c[0] + c[1]) + " cases match exactly"));
        lines.forEach(l -> System.out.println("[peer corpus] " + l));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "peer-corpus-conformance.txt"), lines);
    }
}
