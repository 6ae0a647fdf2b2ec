package io.kubereach.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.cli.DesktopApp;
import io.kubereach.cli.KubeReachCommand;
import io.kubereach.diff.Connectivity;
import io.kubereach.diff.ConnectivityDiff;
import io.kubereach.engine.EngineOptions;
import io.kubereach.engine.IndexedEngine;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.report.ConnectionList;
import io.kubereach.source.ManifestSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the connectivity diff over every case of netpol-analyzer's diff corpus and compares it
 * with the expected output, with line breaks removed as upstream compares. The cases of the
 * categories in {@link #REQUIRED} (all three today) must match exactly; every category is counted, and
 * written to
 * {@code target/peer-corpus-diff-conformance.txt} with the names of those that do not match and
 * why (their output goes to {@code target/diff-corpus-actual/}).
 */
@DisplayName("netpol-analyzer diff peer corpus")
class DiffCorpusConformanceTest {

    /** The categories whose every case must match; add one here once the engine supports it. */
    private static final Set<String> REQUIRED = Set.of("core", "anp-banp", "ingress-route");

    private static final Map<String, int[]> TALLY = new TreeMap<>();
    private static final Map<String, List<String>> MISMATCHES = new TreeMap<>();
    private static final Map<List<Path>, ConnectivityDiff> DIFFS = new ConcurrentHashMap<>();

    @TestFactory
    @DisplayName("every case of a supported category writes exactly the diff netpol-analyzer expects; the others are counted")
    Stream<DynamicTest> casesMatch() {
        Path corpus = corpusOrSkip();
        List<DiffCorpus.Case> cases = DiffCorpus.cases(corpus);
        assertThat(cases).hasSize(125);
        assertThat(cases).filteredOn(c -> REQUIRED.contains(c.category())).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.category() + ": " + c.name(), () -> {
            String expected = Files.readString(c.expected());
            String actual;
            try {
                actual = c.format().write(diff(c.ref1(), c.ref2()), c.labels().get(0), c.labels().get(1));
            } catch (RuntimeException e) {
                tally(c, "cannot read: " + e.getMessage());
                if (REQUIRED.contains(c.category())) {
                    throw e;
                }
                return;
            }
            boolean matches = withoutLineBreaks(actual).equals(withoutLineBreaks(expected));
            tally(c, matches ? "" : "differs, written to " + written(c, actual));
            if (REQUIRED.contains(c.category()) && !matches) {
                assertThat(actual.lines()).as("diff of %s", c.name()).containsExactlyElementsOf(expected.lines().toList());
                assertThat(withoutLineBreaks(actual)).as("diff of %s", c.name()).isEqualTo(withoutLineBreaks(expected));
            }
        }));
    }

    @TestFactory
    @DisplayName("kubereach diff on the command line writes the expected output of the first pair in every format")
    Stream<DynamicTest> commandLineMatches() {
        Path corpus = corpusOrSkip();
        return DiffCorpus.cases(corpus).stream()
                .filter(c -> c.category().equals("core") && c.labels().equals(List.of("ref1", "ref2")))
                .filter(c -> c.ref2().endsWith("onlineboutique_workloads_changed_netpols_and_workloads"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    StringWriter out = new StringWriter();
                    int exit = KubeReachCommand.run(DesktopApp.NONE, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "diff",
                            "--ref1", c.ref1().toString(), "--ref2", c.ref2().toString(), "--format", c.format().name().toLowerCase(java.util.Locale.ROOT));
                    assertThat(exit).isEqualTo(1);
                    assertThat(withoutLineBreaks(out.toString())).isEqualTo(withoutLineBreaks(Files.readString(c.expected())));
                }));
    }

    /** Keeps what a case wrote when it differs, to compare by hand with the expected file. */
    private static Path written(DiffCorpus.Case c, String actual) throws IOException {
        Path file = Path.of("target", "diff-corpus-actual", c.expected().getFileName().toString());
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
        return file;
    }

    /** The difference between two folders as {@code kubereach diff} computes it, once per pair of folders. */
    static ConnectivityDiff diff(Path ref1, Path ref2) {
        return DIFFS.computeIfAbsent(List.of(ref1, ref2), k -> ConnectivityDiff.between(connectivity(ref1), connectivity(ref2)));
    }

    private static Connectivity connectivity(Path folder) {
        try {
            ClusterSnapshot snapshot = new ManifestSource().read(List.of(folder));
            return Connectivity.of(new ConnectionList(snapshot, new IndexedEngine(snapshot, EngineOptions.DEFAULTS), EngineOptions.DEFAULTS));
        } catch (Exception e) {
            throw new IllegalStateException(folder + ": " + e.getMessage(), e);
        }
    }

    /** Upstream's comparison: every {@code \n} and {@code \r} removed, everything else must be equal. */
    private static String withoutLineBreaks(String text) {
        return text.replace("\n", "").replace("\r", "");
    }

    private static Path corpusOrSkip() {
        return PeerCorpus.folderOrSkip("netpol-analyzer-diff");
    }

    /** Counts a case; {@code problem} is empty when it matched, else says how it did not. */
    private static synchronized void tally(DiffCorpus.Case c, String problem) {
        int[] counts = TALLY.computeIfAbsent(c.category(), k -> new int[2]);
        counts[problem.isEmpty() ? 0 : 1]++;
        if (!problem.isEmpty()) {
            MISMATCHES.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(c.name() + ": " + problem);
        }
    }

    @AfterAll
    static void writeTally() throws IOException {
        if (TALLY.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        TALLY.forEach((category, c) -> lines.add(category + (REQUIRED.contains(category) ? " (required)" : "") + ": "
                + c[0] + " of " + (c[0] + c[1]) + " cases match exactly"));
        lines.forEach(l -> System.out.println("[diff peer corpus] " + l));
        MISMATCHES.forEach((category, names) -> names.forEach(n -> lines.add("  " + category + ": " + n)));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "peer-corpus-diff-conformance.txt"), lines);
    }
}
