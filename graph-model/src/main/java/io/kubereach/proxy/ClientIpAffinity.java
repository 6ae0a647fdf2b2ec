package io.kubereach.proxy;

import io.kubereach.model.IpAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * {@code sessionAffinity: ClientIP} on one node: the backend each client address was last sent to,
 * and when. iptables ({@code -m recent --rcheck --seconds T}) and nftables (a set element with a
 * timeout) keep the pin while the client's last connection is less than {@code T} seconds old;
 * every connection renews it. IPVS persistence templates also live on while a connection they
 * placed is still open.
 */
final class ClientIpAffinity {

    private final int timeoutSeconds;
    private final boolean heldWhileOpen;
    private final Map<IpAddress, Pin> pins = new HashMap<>();

    /**
     * The backend a client is pinned to and when it last connected.
     *
     * @param backend the backend's index
     * @param lastSeen the simulation time of the client's last connection, in seconds
     */
    private record Pin(int backend, double lastSeen) {
    }

    ClientIpAffinity(int timeoutSeconds, boolean heldWhileOpen) {
        this.timeoutSeconds = timeoutSeconds;
        this.heldWhileOpen = heldWhileOpen;
    }

    /**
     * The backend the client is still pinned to at {@code now}, if any.
     *
     * @param openTo whether the client still has a connection open to a backend
     */
    OptionalInt pinned(IpAddress client, double now, IntPredicate openTo) {
        Pin pin = pins.get(client);
        if (pin == null) {
            return OptionalInt.empty();
        }
        boolean fresh = now - pin.lastSeen() < timeoutSeconds;
        return fresh || (heldWhileOpen && openTo.test(pin.backend())) ? OptionalInt.of(pin.backend()) : OptionalInt.empty();
    }

    /** Records that the client connected to a backend at {@code now}, renewing its pin. */
    void remember(IpAddress client, int backend, double now) {
        pins.put(client, new Pin(backend, now));
    }
}
