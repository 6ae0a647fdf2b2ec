package io.kubereach.diagram.fx;

import io.kubereach.diagram.DiagramLayout;
import io.kubereach.diagram.DrawnLine;
import io.kubereach.diagram.LineSet;
import io.kubereach.diagram.ZoomDetail;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * The lines a canvas draws, level of detail by level: those of the level shown, worked out when
 * the set of open boxes changes — at once for a small picture, else on a thread of its own, the
 * last level asked for only (a level the zoom left before its turn came is skipped), the lines of
 * the last level staying on screen meanwhile. The last few levels are kept, so zooming back to one
 * shows its lines at once, without working them out (and making the garbage) again; a new level takes
 * over the lines of the one shown that stay as they were ({@link LineSet#of(DiagramLayout, io.kubereach.diagram.Detail, LineSet)}). The first
 * level of a new picture may be worked out before it is shown ({@link #prepare}).
 *
 * <p>Use on the JavaFX thread, but {@link #prepare} on any.
 */
final class LevelLines {

    /** Up to this many connections, the lines of a level are worked out on the JavaFX thread; beyond, in the background. */
    private static final int INLINE = 20_000;
    /** How many levels of one picture are kept besides the one shown. */
    private static final int KEPT = 3;
    /**
     * At most this many lines in the levels kept besides the newest: a level of 10,000 pods with its workloads open has a
     * third of a million lines (some 100 MB), so none of those is kept besides the one shown; the overview levels, which
     * one zooms back to most, have a few thousand.
     */
    private static final int KEPT_LINES = 60_000;
    private static final long NONE = Long.MIN_VALUE;
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diagram-lines");
        t.setDaemon(true);
        return t;
    });

    /** A layout with the lines of its first view, worked out off the JavaFX thread. */
    private record Prepared(DiagramLayout layout, long key, LineSet lines) {
    }

    private final Runnable changed;
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();
    private volatile long wanted = NONE;
    private volatile DiagramLayout wantedLayout;
    /** The levels worked out for {@link #keptLayout}, by key, the least recently used first. */
    private final Map<Long, LineSet> kept = new LinkedHashMap<>(8, 0.75f, true);
    private DiagramLayout keptLayout;
    private LineSet shown = LineSet.none(DiagramLayout.empty());
    private long shownKey = NONE;

    /** Lines whose {@code changed} runs (on the JavaFX thread) when lines worked out in the background are shown. */
    LevelLines(Runnable changed) {
        this.changed = changed;
    }

    /** The lines shown: of the last level worked out. */
    LineSet shown() {
        return shown;
    }

    /** The line shown for a line id, or else the one that carries the graph connection {@code id}. */
    Optional<DrawnLine> drawnLine(String id) {
        Optional<DrawnLine> direct = shown().line(id);
        return direct.isPresent() ? direct : shown().carrying(id);
    }

    /** Works out, on the calling thread (any thread), the lines of a layout's first level, for {@link #showPicture} to take; returns them. */
    LineSet prepare(DiagramLayout layout, ZoomDetail first) {
        LineSet lines = LineSet.of(layout, first).withLabelsReady();
        prepared.set(new Prepared(layout, first.key(), lines));
        return lines;
    }

    /** A new picture is shown: its prepared lines if they were prepared, else none until {@link #update}. */
    void showPicture(DiagramLayout layout) {
        Prepared ready = prepared.getAndSet(null);
        if (ready != null && ready.layout() == layout) {
            show(ready.lines(), ready.key());
            keep(layout, ready.key(), ready.lines());
        } else {
            show(LineSet.none(layout), NONE);
        }
        forget();
    }

    /**
     * Shows the lines of the level of detail shown now, when it changed (unless the wheel is turning
     * and some lines are shown); whether the lines shown changed at once.
     */
    boolean update(DiagramLayout layout, ZoomDetail detail, boolean wheelTurning) {
        long key = detail.key();
        if (key == shownKey || wheelTurning && shownKey != NONE) {
            return false;
        }
        LineSet known = layout == keptLayout ? kept.get(key) : null;
        if (known != null) {
            forget(); // a level asked for before is no longer wanted
            show(known, key);
            return true;
        }
        if (layout.connections().size() <= INLINE) {
            show(LineSet.of(layout, detail, shown), key);
            return true;
        }
        work(layout, detail, key);
        return false;
    }

    private void show(LineSet lines, long key) {
        shown = lines;
        shownKey = key;
    }

    private void keep(DiagramLayout layout, long key, LineSet lines) {
        if (layout != keptLayout) {
            kept.clear();
            keptLayout = layout;
        }
        kept.put(key, lines);
        while (kept.size() > 1 && (kept.size() > KEPT + 1 || keptLines() - lines.lines().size() > KEPT_LINES)) {
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

    /** Works out the lines of a level in the background, unless that is already under way. */
    private void work(DiagramLayout layout, ZoomDetail detail, long key) {
        if (key == wanted && layout == wantedLayout) {
            return;
        }
        wanted = key;
        wantedLayout = layout;
        LineSet base = shown;
        THREAD.submit(() -> {
            if (wanted != key || wantedLayout != layout) {
                return;
            }
            LineSet set = LineSet.of(layout, detail, base).withLabelsReady();
            Platform.runLater(() -> {
                keep(layout, key, set);
                if (wanted == key && wantedLayout == layout) {
                    forget();
                    show(set, key);
                    changed.run();
                }
            });
        });
    }

    /** Drops what was asked for (a new picture or a kept level came). */
    private void forget() {
        wanted = NONE;
        wantedLayout = null;
    }
}
