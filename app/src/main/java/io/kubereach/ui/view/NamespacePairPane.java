package io.kubereach.ui.view;

import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.graph.ReachabilityMatrix;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Two namespaces: the verdict of every workload pair between them combined, how many pairs stand
 * how, and the pairs themselves (those that cannot be judged and those allowed first), each a
 * link to its own answer.
 */
final class NamespacePairPane extends VBox {

    NamespacePairPane(AppViewModel vm, Details.NamespacePair pair) {
        super(8);
        setId("details-namespace-pair");
        getChildren().add(DetailSections.heading(Words.text("details.nspair.title", pair.from(), pair.to())));
        ReachabilityMatrix.PairCounts c = pair.counts();
        if (c.total() == 0) {
            getChildren().add(DetailSections.paragraph(Words.text("details.nspair.none")));
            return;
        }
        HBox verdict = new HBox(8, new javafx.scene.control.Label(Words.text("details.traffic.verdict")), DetailSections.verdict(pair.verdict()));
        verdict.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(verdict);
        if (pair.enforcement() == PolicyEnforcement.NOT_ENFORCED) {
            getChildren().add(DetailSections.warning(Words.text("details.traffic.notEnforced")));
        }
        getChildren().add(DetailSections.paragraph(Words.text("details.nspair.summary", c.total(), c.allowed(), c.partial(), c.blocked(),
                c.unknown())));
        getChildren().add(DetailSections.section(Words.text("details.nspair.pairs")));
        getChildren().add(DetailSections.muted(Words.text("details.nspair.hint")));
        RowList pairs = new RowList(pair.pairs().stream().map(p -> DetailRow.of(p.verdict(), p.from().name() + " → " + p.to().name(), "",
                () -> vm.selection().followAnswer(p.from().id(), p.to().id()))).toList(), false);
        pairs.setId("namespace-pairs");
        getChildren().add(pairs);
        if (c.total() > pair.pairs().size()) {
            getChildren().add(DetailSections.muted(Words.text("details.more", c.total() - pair.pairs().size())));
        }
    }
}
