package io.kubereach.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The verdict of every ordered pair of workloads, written down while the graph is built (which
 * judges them all anyway), one byte a pair: what a matrix of a cluster of any size reads at once.
 * A workload with itself stands for two of its replicas. Rows are filled in parallel, each by one
 * thread; the table is read only after the build.
 */
final class WorkloadPairs {

    private static final int VERDICT_BITS = 0b111;
    private static final int INVOLVED = 0b1000;
    private static final PairVerdict[] VERDICTS = PairVerdict.values();

    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final byte[] cells;

    WorkloadPairs(List<String> ids) {
        this.ids = List.copyOf(ids);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        this.cells = new byte[Math.multiplyExact(ids.size(), ids.size())];
    }

    /** Writes the verdict of one pair. */
    void set(int from, int to, PairVerdict verdict, boolean policyInvolved) {
        cells[from * ids.size() + to] = (byte) (verdict.ordinal() | (policyInvolved ? INVOLVED : 0));
    }

    /** The number of workloads. */
    int size() {
        return ids.size();
    }

    /** The workload vertex ids, in graph order. */
    List<String> ids() {
        return ids;
    }

    /** The position of a workload vertex id. */
    OptionalInt indexOf(String id) {
        Integer at = index.get(id);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The verdict from one workload to another. */
    PairVerdict verdict(int from, int to) {
        return VERDICTS[cells[from * ids.size() + to] & VERDICT_BITS];
    }

    /** Whether some policy isolates the first workload for egress or the second for ingress. */
    boolean policyInvolved(int from, int to) {
        return (cells[from * ids.size() + to] & INVOLVED) != 0;
    }
}
