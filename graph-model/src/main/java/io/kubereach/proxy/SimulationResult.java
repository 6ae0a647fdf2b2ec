package io.kubereach.proxy;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a load-balancing simulation: where kube-proxy sent the connections and how many
 * of them policy drops there, since kube-proxy knows nothing of NetworkPolicy.
 *
 * @param header what it ran under
 * @param rows one row per backend kube-proxy balances over, in destination-list (name) order
 * @param failed connections that fail: dropped by policy at their backend, or reaching no backend
 * @param unrouted connections that reached no backend at all (no ready backend, no local backend)
 * @param trace the first {@link LoadBalancingSimulation#TRACE_LIMIT} connections, one by one
 * @param noteMessages where the settings came from, how the backend is picked, SNAT, left-out backends, …, as messages
 */
public record SimulationResult(SimulationHeader header, List<BackendLoad> rows, int failed, int unrouted,
        List<SimulatedConnection> trace, List<Message> noteMessages) {

    public SimulationResult {
        rows = List.copyOf(rows);
        trace = List.copyOf(trace);
        noteMessages = List.copyOf(noteMessages);
    }

    /** The notes in English, one sentence each. */
    public List<String> notes() {
        return MessageText.english(noteMessages);
    }

    /** The header line, one line per backend, then {@code failed N}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(header.line());
        rows.forEach(r -> out.add(r.line()));
        out.add("failed " + failed);
        return out;
    }
}
