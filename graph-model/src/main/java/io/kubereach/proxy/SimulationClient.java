package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Pod;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A client of a simulation and the address kube-proxy hashes and pins it by.
 *
 * @param peer the pod or outside address, as policy judges it
 * @param address its address: the pod's first IP, or a stand-in when the pod has none yet
 * @param standIn whether the address is a stand-in
 */
record SimulationClient(Peer peer, IpAddress address, boolean standIn) {

    /** The stand-in block: 240.0.0.0/4 is reserved, so no real client has such an address. */
    private static final long STAND_IN_BASE = 240L << 24;

    static SimulationClient of(Peer peer) {
        if (peer instanceof Peer.External e) {
            return new SimulationClient(peer, e.address(), false);
        }
        Pod pod = ((Peer.PodPeer) peer).pod();
        Optional<IpAddress> ip = pod.ips().stream().findFirst();
        if (ip.isPresent()) {
            return new SimulationClient(peer, ip.get(), false);
        }
        long offset = pod.ref().toString().hashCode() & 0x0FFFFFFFL;
        return new SimulationClient(peer, new IpAddress(false, BigInteger.valueOf(STAND_IN_BASE + offset)), true);
    }

    /** The node whose kube-proxy balances this client's connections when it is a pod. */
    Optional<String> node() {
        return peer instanceof Peer.PodPeer p ? Optional.of(p.pod().node().orElse(TrafficEntry.UNSCHEDULED)) : Optional.empty();
    }
}
