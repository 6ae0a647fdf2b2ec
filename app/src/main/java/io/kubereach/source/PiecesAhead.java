package io.kubereach.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;

/**
 * The pieces of a source parsed in order, each handed out once: the pieces after the one taken are
 * parsed on the other cores meanwhile, at most {@link #AHEAD} of them. Only those few pieces' raw
 * and typed objects are held at once — not all of the input, as when every piece was parsed before
 * the first was converted: at 10,000 pods that kept about 140 MB alive through the whole read and
 * made every young collection copy it.
 *
 * <p>The thread that takes a piece parses it itself when no other core has started on it, and while
 * another core parses it, parses the following pieces not yet started instead of waiting. Pieces are
 * handed out in order, so the order of conversion (and the first problem reported) never depends on timing.
 *
 * <p>While the {@link ParseAheadGate} is closed no piece is started on another core: the taking thread
 * parses each piece itself (and any piece already queued and not begun), so the read goes on, on one core.
 */
final class PiecesAhead implements AutoCloseable {

    /** How many pieces after the one taken may be parsed meanwhile: enough to keep every core busy. */
    static final int AHEAD = 2 * ForkJoinPool.getCommonPoolParallelism() + 2;

    private final List<FutureTask<ParsedPiece>> tasks;
    private final ParseAheadGate gate;
    private int next;
    private int started;
    private int sentToOtherCores;

    /** The pieces to parse; {@code namespace} as {@link ParsedPiece#parse}; none parsed ahead while {@code gate} is closed. */
    PiecesAhead(List<ManifestWalk.Piece> pieces, Optional<String> namespace, ParseAheadGate gate) {
        this.gate = gate;
        this.tasks = new ArrayList<>(pieces.size());
        for (ManifestWalk.Piece piece : pieces) {
            tasks.add(new FutureTask<>(() -> ParsedPiece.parse(piece, namespace)));
        }
    }

    /** Whether a piece is left to take. */
    boolean hasNext() {
        return next < tasks.size();
    }

    /** The next piece, parsed; the pieces after it are started on the other cores while the gate is open. */
    ParsedPiece next() {
        int reach = gate.isOpen() ? next + AHEAD : next;
        while (started < tasks.size() && started <= reach) {
            if (started > next) {
                ForkJoinPool.commonPool().execute(tasks.get(started));
                sentToOtherCores++;
            }
            started++;
        }
        FutureTask<ParsedPiece> task = tasks.get(next);
        // while another core parses this piece, parse the next ones not yet started rather than wait
        for (int i = next; i < started && !task.isDone(); i++) {
            tasks.get(i).run(); // returns at once when the piece is started or done
        }
        tasks.set(next++, null); // not held once handed out
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            // parse records every problem of the input; what reaches here is a bug or lack of memory
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many pieces were given to the other cores to parse so far (none while the gate is closed). */
    int sentToOtherCores() {
        return sentToOtherCores;
    }

    /** Stops the pieces not yet taken (after a problem that ends the read). */
    @Override
    public void close() {
        for (int i = next; i < tasks.size(); i++) {
            tasks.get(i).cancel(false);
        }
    }
}
