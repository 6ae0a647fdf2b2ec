package io.kubereach.engine;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;

/** Facts about the two ends that make a verdict less certain than it reads. */
final class Caveats {

    private Caveats() {
    }

    static List<Message> of(Peer src, Peer dst) {
        List<Message> out = new ArrayList<>();
        hostNetwork(src, out);
        if (!dst.equals(src)) {
            hostNetwork(dst, out);
        }
        return out;
    }

    /** Rule 20: most CNIs neither isolate hostNetwork pods nor show their traffic as coming from the pod. */
    private static void hostNetwork(Peer peer, List<Message> out) {
        if (peer instanceof Peer.PodPeer p && p.pod().hostNetwork()) {
            out.add(Message.of("caveat.hostNetwork", p.pod().ref().toString()));
        }
    }
}
