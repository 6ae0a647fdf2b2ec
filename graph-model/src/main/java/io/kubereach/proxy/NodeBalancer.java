package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One node's kube-proxy for one Service port: its picker, its ClientIP affinity memory and the
 * connections open through it. Every node keeps its own; nothing is shared between nodes.
 */
final class NodeBalancer {

    /**
     * A backend choice.
     *
     * @param backend the backend's index in the balanced list
     * @param pinned whether session affinity made it
     */
    record Choice(int backend, boolean pinned) {
    }

    private final List<Integer> candidates;
    private final Map<Integer, Integer> positions = new HashMap<>();
    private final BackendPicker picker;
    private final Optional<ClientIpAffinity> affinity;
    private final int[] open;
    private final Map<IpAddress, int[]> openByClient = new HashMap<>();

    NodeBalancer(List<Integer> candidates, BackendPicker picker, Optional<ClientIpAffinity> affinity) {
        this.candidates = List.copyOf(candidates);
        for (int i = 0; i < candidates.size(); i++) {
            positions.put(candidates.get(i), i);
        }
        this.picker = picker;
        this.affinity = affinity;
        this.open = new int[candidates.size()];
    }

    /** Picks the backend of a new connection from {@code client} at {@code now} and counts it as open. */
    Choice choose(IpAddress client, double now) {
        int[] mine = openByClient.computeIfAbsent(client, c -> new int[candidates.size()]);
        int position = -1;
        if (affinity.isPresent()) {
            OptionalInt pin = affinity.get().pinned(client, now, b -> positions.containsKey(b) && mine[positions.get(b)] > 0);
            if (pin.isPresent()) {
                position = positions.getOrDefault(pin.getAsInt(), -1);
            }
        }
        boolean pinned = position >= 0;
        if (!pinned) {
            position = picker.pick(client, open);
        }
        int backend = candidates.get(position);
        affinity.ifPresent(a -> a.remember(client, backend, now));
        open[position]++;
        mine[position]++;
        return new Choice(backend, pinned);
    }

    /** Counts a connection from {@code client} to a backend as closed. */
    void close(IpAddress client, int backend) {
        int position = positions.get(backend);
        open[position]--;
        openByClient.get(client)[position]--;
    }
}
