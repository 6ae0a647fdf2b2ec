package io.kubereach.ui.view;

import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficChanges;
import io.kubereach.ui.model.AppViewModel;
import io.kubereach.ui.model.WhatIfLine;
import io.kubereach.ui.model.WhatIfSelection;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;

/**
 * The what-if part of the details, above them: the details below are those of the edited
 * cluster; this says what the edits change about the selection (a line's verdict before, with
 * the reasons it had; a pod's or workload's changed lines, each a link).
 */
final class WhatIfDetails {

    private WhatIfDetails() {
    }

    static Node of(AppViewModel vm, WhatIfSelection changes) {
        VBox box = new VBox(4);
        box.setId("details-what-if");
        box.getStyleClass().add("details-what-if");
        box.getChildren().add(DetailSections.section(Words.text("details.whatIf.title")));
        Optional<WhatIfLine> line = changes.line();
        if (line.isPresent()) {
            WhatIfLine l = line.get();
            box.getChildren().add(DetailSections.paragraph(Words.text("details.whatIf.line", verdict(l.before()), verdict(l.after()))));
            if (l.before().equals(l.after())) {
                box.getChildren().add(DetailSections.muted(Words.text("details.whatIf.unchanged")));
            } else {
                box.getChildren().add(DetailSections.paragraph(Words.text("details.whatIf.reasonsBefore")));
                l.beforeReasons().forEach(r -> box.getChildren().add(DetailSections.muted(r)));
            }
            return box;
        }
        if (!changes.ends()) {
            box.getChildren().add(DetailSections.muted(Words.text("details.whatIf.edited")));
            return box;
        }
        if (changes.changes().isEmpty()) {
            box.getChildren().add(DetailSections.muted(Words.text("details.whatIf.none")));
            return box;
        }
        box.getChildren().add(DetailSections.paragraph(Words.text("details.whatIf.changes", changes.changes().size() + changes.more())));
        for (TrafficChanges.EdgeChange c : changes.changes()) {
            Hyperlink link = DetailSections.link(Words.text(WhatIfPane.changeKey(c.kind())) + ": " + WhatIfPane.shortName(c.sourceId())
                    + " \u2192 " + WhatIfPane.shortName(c.targetId()), () -> vm.selection().follow(c.edgeId()));
            link.getStyleClass().add("what-if-" + c.kind().name());
            box.getChildren().add(link);
        }
        if (changes.more() > 0) {
            box.getChildren().add(DetailSections.muted(Words.text("details.whatIf.more", changes.more())));
        }
        return box;
    }

    private static String verdict(Optional<PairVerdict> verdict) {
        return verdict.map(Words::pairVerdict).orElse("\u2014");
    }
}
