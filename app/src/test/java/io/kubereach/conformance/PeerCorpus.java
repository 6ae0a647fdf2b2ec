package io.kubereach.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The netpol-analyzer test cases in {@code ../shared/peer-corpus/netpol-analyzer}, read from CASES.tsv. */
final class PeerCorpus {

    /**
     * One case.
     *
     * @param name the case folder under {@code tests/}
     * @param category core, anp-banp, ingress-route or eval-matrix-only
     * @param inputs the folder with its manifests
     * @param expected the expected connlist text file, if the case has one
     */
    record Case(String name, String category, Path inputs, Optional<Path> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private PeerCorpus() {
    }

    /** The corpus folder, when the shared folder is beside the checkout. */
    static Optional<Path> folder() {
        return folder("netpol-analyzer");
    }

    /**
     * The folder {@code name} of the shared peer corpora; when it is not there, the calling test
     * is skipped, and the reason printed too (a skipped test factory shows in no report).
     */
    static Path folderOrSkip(String name) {
        Optional<Path> folder = folder(name);
        String reason = "shared/peer-corpus/" + name + " not found beside the checkout (-Dkubereach.shared=...): conformance skipped";
        if (folder.isEmpty()) {
            System.out.println("[peer corpus] " + reason);
        }
        Assumptions.assumeTrue(folder.isPresent(), reason);
        return folder.get();
    }

    /** The folder {@code name} of the shared peer corpora, when it is there with its CASES.tsv. */
    static Optional<Path> folder(String name) {
        String shared = System.getProperty("kubereach.shared", "../../shared");
        Path corpus = Path.of(shared, "peer-corpus", name);
        return Files.isRegularFile(corpus.resolve("CASES.tsv")) ? Optional.of(corpus) : Optional.empty();
    }

    static List<Case> cases(Path corpus) {
        List<Case> out = new ArrayList<>();
        for (String[] cols : rows(corpus)) {
            Optional<Path> expected = cols[2].equals("-") || cols[2].isBlank()
                    ? Optional.empty() : Optional.of(corpus.resolve(cols[2])).filter(Files::isRegularFile);
            out.add(new Case(cols[0], cols[1], corpus.resolve("tests").resolve(cols[0]), expected));
        }
        return out;
    }

    /** The rows of a corpus's CASES.tsv after its header, split at tabs. */
    static List<String[]> rows(Path corpus) {
        try {
            List<String> rows = Files.readAllLines(corpus.resolve("CASES.tsv"));
            return rows.subList(1, rows.size()).stream().map(row -> row.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
