package io.kubereach.ui.view;

import io.kubereach.diagram.ExposureMarks;
import io.kubereach.graph.PairVerdict;
import io.kubereach.model.WorkloadRef;
import io.kubereach.report.Exposure;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.Details;
import io.kubereach.ui.model.ExposureLayer;
import io.kubereach.ui.model.LineBreaks;
import io.kubereach.ui.model.UnknownSelectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What a marked box's details say first while the exposure layer is on: why its workload is
 * marked, each reason in the words of the exposure list, with a link to that list.
 */
final class ExposureNote {

    /** Unknown selector lines shown per direction; the rest are counted (the list has them all). */
    private static final int SHOWN = 6;

    private ExposureNote() {
    }

    /** The note for a pod's or workload's details, when the layer is on and its workload is exposed. */
    static Optional<Node> of(AppViewModel vm, Details details) {
        Optional<WorkloadRef> workload = details instanceof Details.WorkloadInfo w ? Optional.of(w.workload())
                : details instanceof Details.PodInfo p ? Optional.of(p.pod().owner()) : Optional.empty();
        return workload.flatMap(vm.exposure()::of).map(e -> note(vm, e));
    }

    private static Node note(AppViewModel vm, Exposure e) {
        VBox box = new VBox(2);
        box.setId("details-exposure-note");
        box.getChildren().add(DetailSections.warning(Words.text("exposure.note.title")));
        for (ExposureMarks.Reason reason : ExposureLayer.reasons(e)) {
            box.getChildren().add(DetailSections.paragraph(switch (reason) {
                case OUTSIDE -> Words.text("exposure.note.outside", ExposurePane.outsideWhy(e));
                case EVERY_NAMESPACE -> Words.text("exposure.note.everyNamespace", ExposurePane.everyNamespaceWhy(e));
                case NOT_ISOLATED -> ExposurePane.notIsolatedWhy(e);
            }));
        }
        for (UnknownSelectors u : UnknownSelectors.of(e)) {
            box.getChildren().add(unknown(u));
        }
        box.getChildren().add(DetailSections.link(Words.text("exposure.note.all"), () -> vm.selection().follow(
                io.kubereach.ui.model.DetailsBuilder.EXPOSURE)));
        return box;
    }

    /** Lines toward pods not in the input that a Cilium/Calico policy makes unknown: the grey unknown chip, the policy named, then the lines. */
    private static Node unknown(UnknownSelectors u) {
        VBox box = new VBox(2);
        box.getStyleClass().add("details-exposure-unknown");
        String policies = String.join(", ", u.policies());
        HBox head = new HBox(6, DetailSections.verdict(PairVerdict.UNKNOWN), DetailSections.paragraph(LineBreaks.soft(
                Words.text(u.egress() ? "exposure.note.unknownTo" : "exposure.note.unknownFrom", policies))));
        box.getChildren().add(head);
        List<String> lines = new ArrayList<>();
        u.selectors().forEach(s -> lines.add(Words.text("exposure.note.unknownLine", s)));
        u.naming().forEach(p -> lines.add(Words.text("exposure.note.unknownNames", p)));
        for (String line : lines.subList(0, Math.min(lines.size(), SHOWN))) {
            box.getChildren().add(DetailSections.muted(LineBreaks.soft(line)));
        }
        if (lines.size() > SHOWN) {
            box.getChildren().add(DetailSections.muted(Words.text("exposure.note.more", lines.size() - SHOWN)));
        }
        return box;
    }
}
