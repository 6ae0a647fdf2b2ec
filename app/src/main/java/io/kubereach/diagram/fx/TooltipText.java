package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramBox;
import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DiagramText;
import io.kubereach.diagram.DrawnLine;
import io.kubereach.diagram.FlowHit;
import io.kubereach.diagram.KindNames;
import io.kubereach.diagram.LineClass;
import io.kubereach.diagram.LineKind;
import io.kubereach.diagram.LineSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the diagram's hover tooltip says of a box or of the lines along a street. */
final class TooltipText {

    /** Lines are named one by one in a tooltip only up to this many in the picture (beyond, finding them costs too much for a hover). */
    private static final int NAMED_LINES_UP_TO = 20_000;
    private static final int NAMED = 5;

    private final DiagramText text;
    private final KindNames kinds;

    /** Tooltips in the language of {@code text}. */
    TooltipText(DiagramText text) {
        this.text = text;
        this.kinds = new KindNames(text);
    }

    /** The tooltip of a box: its kind, name, details and badges. */
    String of(DiagramBox b) {
        return text.format("tooltip.box", kinds.of(b.kind()), b.label())
                + (b.details().isEmpty() ? "" : "\n" + String.join("\n", b.details()))
                + (b.badges().isEmpty() ? "" : "\n" + String.join(", ", b.badges()));
    }

    /** The tooltip of the lines along a street: each line when there are few, else how many connections of each class run there. */
    String of(FlowHit hit, LineSet lines) {
        List<String> out = new ArrayList<>();
        if (lines.lines().size() <= NAMED_LINES_UP_TO) {
            for (DrawnLine l : hit.lines(lines, NAMED + 1)) {
                if (out.size() == NAMED) {
                    out.add("…");
                    break;
                }
                out.add(of(l, lines));
            }
        }
        if (out.isEmpty() || out.size() > NAMED) {
            for (Map.Entry<LineClass, Integer> e : hit.counts().entrySet()) {
                out.add(text.format("tooltip.street", e.getValue(), kinds.of(e.getKey())));
            }
        }
        return String.join("\n", out);
    }

    /** One line: from, to, what it says and carries. */
    String of(DrawnLine l, LineSet lines) {
        DiagramLayout layout = lines.layout();
        String from = layout.box(l.sourceId()).map(DiagramBox::label).orElse(l.sourceId());
        String to = layout.box(l.targetId()).map(DiagramBox::label).orElse(l.targetId());
        String label = lines.label(l);
        String counted = l.count() > 1 ? " (" + text.format("line.aggregated", l.count()) + ")" : "";
        if (l.kind() == LineKind.TRAFFIC) {
            String ports = LineSet.ports(l, text);
            String badge = lines.badge(l);
            String says = ports.isEmpty() ? text.format("tooltip.traffic.nothing", from, to, kinds.of(l.lineClass()))
                    : text.format("tooltip.traffic", from, to, kinds.of(l.lineClass()), ports);
            return says + (badge.isEmpty() ? "" : text.format("tooltip.decidedBy", badge)) + counted;
        }
        return text.format("tooltip.line", kinds.of(l.kind()), from, to) + (label.isEmpty() ? "" : ": " + label) + counted;
    }
}
