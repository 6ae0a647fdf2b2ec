package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.ZoomDetail;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Works out the lines of a large picture's level of detail on a thread of its own and hands them
 * to the JavaFX thread, the last one asked for only: a level the zoom has left before its turn
 * came is skipped. The last few levels worked out are kept, so zooming back to one of them shows
 * its lines at once, without working them out (and making the garbage) again.
 */
final class LineWorker {

    /** How many levels of one picture are kept besides the one shown. */
    private static final int KEPT = 3;
    /**
     * At most this many lines in all the levels kept: a level of 10,000 pods with its workloads open has a third of a
     * million lines (some 100 MB); the overview levels, which one zooms back to most, have a few thousand.
     */
    private static final int KEPT_LINES = 400_000;
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diagram-lines");
        t.setDaemon(true);
        return t;
    });

    private volatile long wanted = Long.MIN_VALUE;
    private volatile DiagramLayout wantedLayout;
    /** The levels worked out for {@link #keptLayout}, by key, the least recently used first; used on the JavaFX thread only. */
    private final Map<Long, LineSet> kept = new LinkedHashMap<>(8, 0.75f, true);
    private DiagramLayout keptLayout;

    /** The lines of a level of a layout if they were worked out lately; on the JavaFX thread. */
    Optional<LineSet> kept(DiagramLayout layout, long key) {
        return layout == keptLayout ? Optional.ofNullable(kept.get(key)) : Optional.empty();
    }

    /** Keeps the lines of a level of a layout (dropping those of another layout and the least recently used); on the JavaFX thread. */
    void keep(DiagramLayout layout, long key, LineSet lines) {
        if (layout != keptLayout) {
            kept.clear();
            keptLayout = layout;
        }
        kept.put(key, lines);
        while (kept.size() > 1 && (kept.size() > KEPT + 1 || keptLines() > KEPT_LINES)) {
            kept.remove(kept.keySet().iterator().next()); // the least recently used; the newest always stays
        }
    }

    private int keptLines() {
        int n = 0;
        for (LineSet set : kept.values()) {
            n += set.lines().size();
        }
        return n;
    }

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
            LineSet set = LineSet.of(layout, detail).withLabelsReady();
            Platform.runLater(() -> {
                keep(layout, key, set);
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
