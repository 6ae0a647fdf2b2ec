package io.kubereach.ui.view;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramExport;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.ui.model.ExportProblem;
import io.kubereach.ui.model.PictureSize;
import java.util.Locale;

/** The Export dialog's words: its choices and the one line of each problem. */
final class ExportWords {

    private ExportWords() {
    }

    static String level(PictureLevel level) {
        return Words.text(switch (level) {
            case AUTO -> "export.level.AUTO";
            case NAMESPACE -> "export.level.NAMESPACE";
            case WORKLOAD -> "export.level.WORKLOAD";
            case POD -> "export.level.POD";
        });
    }

    static String traffic(TrafficShown traffic) {
        return Words.text(switch (traffic) {
            case ALL -> "export.traffic.ALL";
            case ALLOWED -> "export.traffic.ALLOWED";
            case BLOCKED -> "export.traffic.BLOCKED";
        });
    }

    private static String levelWord(DetailLevel level) {
        return Words.text(switch (level) {
            case NAMESPACE -> "export.levelWord.NAMESPACE";
            case WORKLOAD -> "export.levelWord.WORKLOAD";
            case POD -> "export.levelWord.POD";
        });
    }

    /** The line under the choices: the picture's level and size, the refusal when it is too large, or that it is being worked out. */
    static String size(java.util.Optional<PictureSize> size) {
        if (size.isEmpty()) {
            return Words.text("export.size.working");
        }
        PictureSize s = size.get();
        if (!s.fits()) {
            return problem(s.tooLarge());
        }
        return Words.text("export.size", levelWord(s.level()), String.format(Locale.ROOT, "%,d", s.width()),
                String.format(Locale.ROOT, "%,d", s.height()), Words.text(s.pixels() ? "export.unit.px" : "export.unit.units"));
    }

    /** The one line an export that wrote nothing shows. */
    static String problem(ExportProblem problem) {
        if (problem instanceof ExportProblem.NoFolder p) {
            return Words.text("export.problem.noFolder", p.folder());
        }
        if (problem instanceof ExportProblem.FolderNotWritable p) {
            return Words.text("export.problem.folderNotWritable", p.folder());
        }
        if (problem instanceof ExportProblem.TooLarge p) {
            return Words.text("export.problem.tooLarge", levelWord(p.level()), String.format(Locale.ROOT, "%,d", p.width()),
                    String.format(Locale.ROOT, "%,d", p.height()),
                    Words.text(p.pixels() ? "export.unit.px" : "export.unit.units"), String.format(Locale.ROOT, "%,d", DiagramExport.MAX_SIDE));
        }
        if (problem instanceof ExportProblem.NotWritten p) {
            return Words.text("export.problem.notWritten", p.file(), p.reason());
        }
        return Words.text("export.problem.noFile");
    }
}
