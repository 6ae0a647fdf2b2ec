package io.kubereach.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zoom at which each container of a picture opens by itself: when its typical child (its
 * typical box that holds boxes, else any) is {@link DiagramLayout#OPEN_PX} wide on screen, on the
 * steps of the zoom buttons so boxes of about one size open together. Worked out when first asked
 * for and kept; safe to use from several threads.
 */
final class OpeningZooms {

    private final List<DiagramBox> boxes;
    private final Map<String, Double> byBox = new ConcurrentHashMap<>();
    private volatile double[] sorted;

    /** The opening zooms of these boxes (every box of a picture). */
    OpeningZooms(List<DiagramBox> boxes) {
        this.boxes = boxes;
    }

    /** The zoom from which a box shows what is inside it; infinite for a box with nothing inside. */
    double of(DiagramBox box) {
        return byBox.computeIfAbsent(box.id(), id -> typical(box));
    }

    private static double typical(DiagramBox box) {
        if (box.children().isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        double[] widths = box.children().stream().filter(c -> !c.children().isEmpty()).mapToDouble(DiagramBox::width).toArray();
        if (widths.length == 0) {
            widths = box.children().stream().mapToDouble(DiagramBox::width).toArray();
        }
        Arrays.sort(widths);
        double raw = DiagramLayout.OPEN_PX / widths[widths.length / 2];
        return Math.pow(DiagramLayout.ZOOM_STEP, Math.ceil(Math.log(raw) / Math.log(DiagramLayout.ZOOM_STEP) - 1e-9));
    }

    /** How many boxes open by themselves at a zoom (open at or below it). */
    int openAt(double zoom) {
        double[] z = sorted;
        if (z == null) {
            z = boxes.stream().filter(b -> !b.children().isEmpty()).mapToDouble(this::of).sorted().toArray();
            sorted = z;
        }
        int low = 0;
        int high = z.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (z[mid] <= zoom) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
