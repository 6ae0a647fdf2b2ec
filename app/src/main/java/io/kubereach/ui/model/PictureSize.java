package io.kubereach.ui.model;

import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramExport;

/**
 * The size of the picture an export would write, worked out as its choices are made.
 *
 * @param level the level drawn (for "the deepest that fits", the level that fits; the deepest when none does)
 * @param width in pixels (PNG) or SVG units
 * @param height in pixels (PNG) or SVG units
 * @param pixels whether the size is in pixels (PNG) rather than SVG units
 */
public record PictureSize(DetailLevel level, long width, long height, boolean pixels) {

    /** Whether a viewer opens it: at most {@link DiagramExport#MAX_SIDE} a side. */
    public boolean fits() {
        return DiagramExport.fits(new long[] {width, height});
    }

    /** Why it is not written when it does not fit. */
    public ExportProblem.TooLarge tooLarge() {
        return new ExportProblem.TooLarge(level, width, height, pixels);
    }
}
