package io.kubereach.model;

import java.util.List;

/**
 * One {@code from}/{@code to} item of a cluster-wide policy rule. Namespaces and pods peers match
 * pods (never host-network ones); nodes, networks and domain names (egress only) match addresses.
 */
public sealed interface AdminPeer {

    /**
     * Every pod of the namespaces the selector matches.
     *
     * @param namespaces the namespace selector
     */
    record Namespaces(LabelSelector namespaces) implements AdminPeer {
    }

    /**
     * The pods matching the pod selector inside the namespaces matching the namespace selector.
     *
     * @param namespaces the namespace selector
     * @param pods the pod selector
     */
    record Pods(LabelSelector namespaces, LabelSelector pods) implements AdminPeer {
    }

    /**
     * The addresses of the nodes whose labels the selector matches ({@code status.addresses}),
     * which are also the addresses of host-network pods on them.
     *
     * @param nodes the node selector ({@code {}}: every node)
     */
    record Nodes(LabelSelector nodes) implements AdminPeer {
    }

    /**
     * Addresses inside any of the CIDRs, pod IPs included: {@code 0.0.0.0/0} covers pod-to-pod
     * traffic too.
     *
     * @param cidrs the CIDRs
     */
    record Networks(List<Cidr> cidrs) implements AdminPeer {
        public Networks {
            cidrs = List.copyOf(cidrs);
        }

        /** Whether the address lies in one of the CIDRs. */
        public boolean contains(IpAddress address) {
            return cidrs.stream().anyMatch(c -> c.contains(address));
        }
    }

    /**
     * Domain names, resolved by DNS at run time: whether an address is one of them cannot be
     * judged from the objects, so a rule with this peer leaves answers it could change unknown.
     *
     * @param names the names, e.g. {@code *.kubernetes.io}
     */
    record DomainNames(List<String> names) implements AdminPeer {
        public DomainNames {
            names = List.copyOf(names);
        }
    }

    /**
     * Everything, pods and addresses: what a Deny or Pass rule whose peer has no field this
     * version understands acts as ("fail closed").
     *
     * @param unknownFields the fields that were not understood, for messages
     */
    record Everyone(String unknownFields) implements AdminPeer {
    }
}
