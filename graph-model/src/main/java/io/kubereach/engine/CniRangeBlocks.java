package io.kubereach.engine;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoPolicy;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.CiliumPeer;
import io.kubereach.model.CiliumPeerRule;
import io.kubereach.model.CiliumPolicy;
import io.kubereach.model.CiliumRule;
import io.kubereach.model.ClusterNode;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Direction;
import io.kubereach.model.IpBlock;
import io.kubereach.model.PolicyReach;
import io.kubereach.model.UnevaluatedPolicy;
import java.util.ArrayList;
import java.util.List;

/** The address blocks Cilium's and Calico's rules and the objects not evaluated draw in one direction, for {@link ExternalRanges}. */
final class CniRangeBlocks {

    private CniRangeBlocks() {
    }

    static List<IpBlock> of(ClusterSnapshot snapshot, Direction direction) {
        List<IpBlock> out = new ArrayList<>();
        for (CiliumPolicy policy : snapshot.cniPolicies().cilium()) {
            for (CiliumRule rule : policy.rules()) {
                for (List<CiliumPeerRule> items : List.of(rule.allows(direction), rule.denies(direction))) {
                    for (CiliumPeerRule item : items) {
                        for (CiliumPeer peer : item.peers()) {
                            if (peer instanceof CiliumPeer.Cidr c) {
                                out.add(c.block());
                            }
                        }
                    }
                }
            }
        }
        if (!snapshot.cniPolicies().cilium().isEmpty()) {
            CniContext context = new CniContext(snapshot);
            for (ClusterNode node : snapshot.nodes()) {
                node.addresses().forEach(a -> out.add(CniVocabulary.single(a)));
            }
            context.apiServer().ifPresent(s -> s.forEach(a -> out.add(CniVocabulary.single(a))));
            context.services().forEach(s -> context.outsideEndpoints(s).forEach(a -> out.add(CniVocabulary.single(a))));
        }
        for (CalicoPolicy policy : snapshot.cniPolicies().calico()) {
            for (CalicoRule rule : policy.rules(direction)) {
                CalicoEntityRule remote = direction == Direction.INGRESS ? rule.source() : rule.destination();
                remote.nets().forEach(c -> out.add(CniVocabulary.block(c)));
                remote.notNets().forEach(c -> out.add(CniVocabulary.block(c)));
            }
        }
        for (UnevaluatedPolicy object : snapshot.cniPolicies().unevaluated()) {
            for (PolicyReach reach : object.reaches()) {
                if (reach instanceof PolicyReach.Addresses a) {
                    a.blocks().forEach(c -> out.add(CniVocabulary.block(c)));
                }
            }
        }
        return out;
    }
}
