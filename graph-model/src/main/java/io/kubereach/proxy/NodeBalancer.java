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
    private final BackendPicker picker;
    private final Optional<ClientIpAffinity> affinity;
    private final int[] open;
    private final Map<IpAddress, int[]> openByClient = new HashMap<>();

    NodeBalancer(List<Integer> candidates, BackendPicker picker, Optional<ClientIpAffinity> affinity) {
        this.candidates = List.copyOf(candidates);
        this.picker = picker;
        this.affinity = affinity;
        this.open = new int[candidates.size()];
    }

    /** Picks the backend of a new connection from {@code client} at {@code now} and counts it as open. */
    Choice choose(IpAddress client, double now) {
        int[] mine = openByClient.computeIfAbsent(client, c -> new int[candidates.size()]);
        OptionalInt pinned = affinity.flatMap(a -> {
            OptionalInt backend = a.pinned(client, now, b -> candidates.contains(b) && mine[candidates.indexOf(b)] > 0);
            return backend.isPresent() && candidates.contains(backend.getAsInt()) ? Optional.of(backend) : Optional.empty();
        }).orElse(OptionalInt.empty());
        int position = pinned.isPresent() ? candidates.indexOf(pinned.getAsInt()) : picker.pick(client, open);
        int backend = candidates.get(position);
        affinity.ifPresent(a -> a.remember(client, backend, now));
        open[position]++;
        mine[position]++;
        return new Choice(backend, pinned.isPresent());
    }

    /** Counts a connection from {@code client} to a backend as closed. */
    void close(IpAddress client, int backend) {
        int position = candidates.indexOf(backend);
        open[position]--;
        openByClient.get(client)[position]--;
    }
}
