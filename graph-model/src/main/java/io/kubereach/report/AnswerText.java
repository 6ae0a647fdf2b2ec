package io.kubereach.report;

import io.kubereach.describe.VerdictExplanation;
import io.kubereach.engine.Verdict;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.query.Hop;
import io.kubereach.query.ReachAnswer;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.List;

/** The explanation lines printed under an answer: one block per judged connection. */
public final class AnswerText {

    private final VerdictExplanation explanation;

    public AnswerText(ClusterSnapshot snapshot) {
        this.explanation = new VerdictExplanation(snapshot);
    }

    /** The explanation of an answer, without indentation of the first level. */
    public List<String> lines(ReachAnswer answer) {
        List<String> out = new ArrayList<>(MessageText.english(answer.notes()));
        boolean single = answer.hops().size() == 1 && answer.hops().get(0).via().isEmpty();
        for (Hop hop : answer.hops()) {
            if (single && hop.verdict().isPresent()) {
                out.addAll(explanation.lines(hop.verdict().get()));
                continue;
            }
            out.add(header(hop));
            hop.note().ifPresent(note -> out.add("  note: " + MessageText.english(note)));
            hop.verdict().ifPresent(v -> explanation.lines(v).forEach(l -> out.add("  " + l)));
        }
        return out;
    }

    private static String header(Hop hop) {
        String word = hop.unknown() ? "unknown" : hop.allowed() ? "allowed" : "denied";
        if (hop.verdict().isEmpty()) {
            return hop.via() + ": denied, the connection cannot land";
        }
        Verdict v = hop.verdict().get();
        String path = hop.via().isEmpty() ? v.src() + " → " + v.dst() + " " + v.port() : hop.via();
        return path + ": " + word;
    }
}
