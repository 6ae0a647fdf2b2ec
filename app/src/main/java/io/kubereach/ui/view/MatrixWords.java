package io.kubereach.ui.view;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.MatrixViewModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix cell in words, for its tooltip. The verdict named is the one its colour shows, and
 * what follows agrees with it: for a workload pair, which of the ports the destination serves
 * are allowed (for every pod pair or for some only), not allowed, or cannot be judged; for two
 * namespaces, how many workload pairs stand how.
 */
final class MatrixWords {

    private MatrixWords() {
    }

    /** The tooltip of a cell. */
    static String tooltip(MatrixViewModel.CellFacts facts, boolean namespaces) {
        List<String> lines = new ArrayList<>();
        String from = MatrixPainter.fullName(facts.from(), namespaces);
        String to = MatrixPainter.fullName(facts.to(), namespaces);
        lines.add(!namespaces && facts.from().equals(facts.to())
                ? Words.text("matrix.tip.replicas", from, Words.pairVerdict(facts.verdict()))
                : Words.text("matrix.tip.title", from, to, Words.pairVerdict(facts.verdict())));
        facts.ports().ifPresentOrElse(p -> lines.addAll(ports(p)), () -> lines.addAll(counts(facts.counts())));
        if (!facts.policyInvolved()) {
            lines.add(Words.text("matrix.tip.noPolicy"));
        }
        lines.add(Words.text("matrix.tip.click"));
        return String.join("\n", lines);
    }

    /** What of the served connections is allowed, for all or some pod pairs, not allowed, or unknown. */
    private static List<String> ports(ReachabilityMatrix.Ports p) {
        ConnectionSet served = p.served();
        ConnectionSet unknown = p.unknown().intersect(served);
        ConnectionSet every = p.allowedEvery().intersect(served).minus(unknown);
        ConnectionSet some = p.allowedSome().intersect(served).minus(unknown).minus(every);
        ConnectionSet not = served.minus(unknown).minus(every).minus(some);
        List<String> out = new ArrayList<>();
        if (!every.isEmpty()) {
            out.add(Words.text("matrix.tip.allowed", Words.connections(every)));
        }
        if (!some.isEmpty()) {
            out.add(Words.text("matrix.tip.someOnly", Words.connections(some)));
        }
        if (!not.isEmpty()) {
            out.add(Words.text("matrix.tip.notAllowed", Words.connections(not)));
        }
        if (!unknown.isEmpty()) {
            out.add(Words.text("matrix.tip.unknown", Words.connections(unknown)));
        }
        return out;
    }

    /** "8 workload pairs behind it:", then one line per verdict that some pair has: "3 allowed". */
    static List<String> counts(ReachabilityMatrix.PairCounts c) {
        List<String> lines = new ArrayList<>(List.of(Words.text("matrix.tip.pairs", c.total())));
        count(lines, c.allowed(), PairVerdict.ALLOWED);
        count(lines, c.partial(), PairVerdict.PARTIAL);
        count(lines, c.blocked(), PairVerdict.BLOCKED);
        count(lines, c.unknown(), PairVerdict.UNKNOWN);
        return lines;
    }

    private static void count(List<String> lines, int n, PairVerdict verdict) {
        if (n > 0) {
            lines.add(Words.text("matrix.tip.count", n, Words.pairVerdict(verdict)));
        }
    }
}
