package io.kubereach.ui.model;

import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an export writes, as the Export dialog chooses it: the same choices as the command line's
 * {@code export} (format and scale, {@code --level}, {@code --focus}, {@code --verdict}, {@code --exposure},
 * {@code --theme}).
 *
 * @param format PNG at 1× or 2×, or SVG
 * @param level how deep
 * @param traffic which lines
 * @param focus the vertex whose traffic is drawn alone; empty for what the window shows
 * @param exposure whether the exposed workloads are marked
 * @param dark whether in dark colours
 * @param file where to
 */
public record ExportChoices(ExportViewModel.Format format, PictureLevel level, TrafficShown traffic, Optional<String> focus,
        boolean exposure, boolean dark, Path file) {

    /** Whether the picture is the one the window shows (not focused, every line), so its boxes stay where the user put them. */
    boolean drawsWhatIsShown() {
        return focus.isEmpty() && traffic == TrafficShown.ALL;
    }
}
