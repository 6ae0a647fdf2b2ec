package io.kubereach.conformance;

import io.kubereach.diff.DiffFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The netpol-analyzer diff cases in {@code ../shared/peer-corpus/netpol-analyzer-diff}, read from its CASES.tsv. */
final class DiffCorpus {

    /**
     * One case: the difference of two folders in one format.
     *
     * @param name the upstream test name
     * @param ref1 the old folder
     * @param ref2 the new folder
     * @param format the output format
     * @param expected the expected output file
     * @param labels the names of the two sides, as the options column gives them ({@code arg-names=ref1,ref2})
     * @param category core, anp-banp or ingress-route
     */
    record Case(String name, Path ref1, Path ref2, DiffFormat format, Path expected, List<String> labels, String category) {
        @Override
        public String toString() {
            return name;
        }
    }

    private DiffCorpus() {
    }

    static List<Case> cases(Path corpus) {
        List<Case> out = new ArrayList<>();
        for (String[] cols : PeerCorpus.rows(corpus)) {
            DiffFormat format = DiffFormat.valueOf(cols[3].trim().toUpperCase(java.util.Locale.ROOT));
            String names = cols[6].substring(cols[6].indexOf('=') + 1);
            out.add(new Case(cols[0], corpus.resolve(cols[1]), corpus.resolve(cols[2]), format, corpus.resolve(cols[4]),
                    List.of(names.split(",")), cols[7]));
        }
        return out;
    }
}
