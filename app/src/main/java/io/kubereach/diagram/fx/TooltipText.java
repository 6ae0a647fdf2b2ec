package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramLine;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.KindNames;
import java.util.Optional;

/** What the diagram's hover tooltip says of a box or line: its kind, its name and its details or verdict. */
final class TooltipText {

    private final DiagramText text;
    private final KindNames kinds;

    /** Tooltips in the language of {@code text}. */
    TooltipText(DiagramText text) {
        this.text = text;
        this.kinds = new KindNames(text);
    }

    /** The tooltip of the box or line {@code id} of a layout; empty when there is none. */
    String of(DiagramLayout layout, String id) {
        Optional<DiagramLine> line = layout.line(id);
        if (line.isPresent()) {
            DiagramLine d = line.get();
            String from = layout.box(d.sourceId()).map(DiagramBox::label).orElse(d.sourceId());
            String to = layout.box(d.targetId()).map(DiagramBox::label).orElse(d.targetId());
            if (d.verdict().isPresent()) {
                return text.format("tooltip.traffic", from, to, kinds.of(d.verdict().get()), d.label().isEmpty() ? "-" : d.label());
            }
            return text.format("tooltip.line", kinds.of(d.kind()), from, to) + (d.label().isEmpty() ? "" : "\n" + d.label());
        }
        return layout.box(id).map(b -> text.format("tooltip.box", kinds.of(b.kind()), b.label())
                + (b.details().isEmpty() ? "" : "\n" + String.join("\n", b.details()))
                + (b.badges().isEmpty() ? "" : "\n" + String.join(", ", b.badges()))).orElse("");
    }
}
