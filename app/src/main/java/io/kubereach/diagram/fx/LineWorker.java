package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.ZoomDetail;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Works out the lines of a large picture's level of detail on a thread of its own and hands them
 * to the JavaFX thread, the last one asked for only: a level the zoom has left before its turn
 * came is skipped.
 */
final class LineWorker {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diagram-lines");
        t.setDaemon(true);
        return t;
    });

    private volatile long wanted = Long.MIN_VALUE;
    private volatile DiagramLayout wantedLayout;

    /** Works out the lines of a layout at a level (its key), unless that is already under way; {@code done} runs on the JavaFX thread. */
    void work(DiagramLayout layout, ZoomDetail detail, long key, BiConsumer<LineSet, Long> done) {
        if (key == wanted && layout == wantedLayout) {
            return;
        }
        wanted = key;
        wantedLayout = layout;
        THREAD.submit(() -> {
            if (wanted != key || wantedLayout != layout) {
                return;
            }
            LineSet set = LineSet.of(layout, detail);
            Platform.runLater(() -> {
                if (wanted == key && wantedLayout == layout) {
                    forget();
                    done.accept(set, key);
                }
            });
        });
    }

    /** Drops what was asked for (a new picture came). */
    void forget() {
        wanted = Long.MIN_VALUE;
        wantedLayout = null;
    }
}
