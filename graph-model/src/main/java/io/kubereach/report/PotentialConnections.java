package io.kubereach.report;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What may pass toward pods that are not in the input, as netpol-analyzer's exposure analysis
 * states it: port numbers, plus the named ports a rule gives that cannot be resolved because the
 * destination's containers are not known ({@code TCP http}). A name stays a name: what number it
 * stands for is never guessed.
 *
 * @param numbers the ports by number
 * @param names the named ports that could not be resolved, in the order netpol-analyzer writes them
 */
public record PotentialConnections(ConnectionSet numbers, Set<PortName> names) {

    /**
     * A named port that could not be resolved.
     *
     * @param protocol the rule's protocol; absent for a cluster-wide policy's named port, whose protocol only the container declares
     * @param name the port name
     */
    public record PortName(Optional<Protocol> protocol, String name) implements Comparable<PortName> {

        private static final Comparator<PortName> ORDER = Comparator.comparing((PortName p) -> p.protocol().map(Enum::name).orElse(""))
                .thenComparing(PortName::name);

        @Override
        public int compareTo(PortName o) {
            return ORDER.compare(this, o);
        }

        /** Whether {@code numbers} surely hold whatever number it stands for: every port of its protocol (of every protocol when that is unknown). */
        boolean coveredBy(ConnectionSet numbers) {
            return protocol.map(p -> numbers.ports(p).isAll()).orElse(numbers.isAll());
        }
    }

    public PotentialConnections {
        ConnectionSet all = numbers;
        names = names.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(names.stream().filter(n -> !n.coveredBy(all)).toList()));
    }

    /** Nothing. */
    public static PotentialConnections none() {
        return new PotentialConnections(ConnectionSet.none(), Set.of());
    }

    /** Port numbers only. */
    public static PotentialConnections of(ConnectionSet numbers) {
        return new PotentialConnections(numbers, Set.of());
    }

    /** Whether nothing may pass. */
    public boolean isEmpty() {
        return numbers.isEmpty() && names.isEmpty();
    }

    /** What either allows. */
    public PotentialConnections union(PotentialConnections o) {
        if (names.isEmpty() && o.names.isEmpty()) {
            return of(numbers.union(o.numbers));
        }
        Set<PortName> all = new TreeSet<>(names);
        all.addAll(o.names);
        return new PotentialConnections(numbers.union(o.numbers), all);
    }

    /** What both allow: a name survives when the other side names it too or allows every port it could stand for. */
    public PotentialConnections intersect(PotentialConnections o) {
        if (names.isEmpty() && o.names.isEmpty()) {
            return of(numbers.intersect(o.numbers));
        }
        Set<PortName> both = new TreeSet<>();
        names.stream().filter(n -> o.names.contains(n) || n.coveredBy(o.numbers)).forEach(both::add);
        o.names.stream().filter(n -> names.contains(n) || n.coveredBy(numbers)).forEach(both::add);
        return new PotentialConnections(numbers.intersect(o.numbers), both);
    }

    /** What this allows and {@code o} does not: a name goes when {@code o} names it or covers every port it could stand for. */
    public PotentialConnections minus(PotentialConnections o) {
        if (names.isEmpty()) {
            return of(numbers.minus(o.numbers));
        }
        Set<PortName> left = new TreeSet<>();
        names.stream().filter(n -> !o.names.contains(n) && !n.coveredBy(o.numbers)).forEach(left::add);
        return new PotentialConnections(numbers.minus(o.numbers), left);
    }

    /**
     * As netpol-analyzer writes a connection set: {@code All Connections}, {@code No Connections},
     * or per protocol its numbers then its names ({@code TCP 80,http}), a name of unknown protocol
     * after a bare space ({@code  local-port}), the groups sorted.
     */
    @Override
    public String toString() {
        if (numbers.isAll() || isEmpty()) {
            return numbers.toString();
        }
        List<String> groups = new ArrayList<>();
        for (Protocol p : Protocol.values()) {
            List<String> parts = new ArrayList<>();
            if (!numbers.ports(p).isEmpty()) {
                parts.add(numbers.ports(p).toString());
            }
            names.stream().filter(n -> n.protocol().equals(Optional.of(p))).forEach(n -> parts.add(n.name()));
            if (!parts.isEmpty()) {
                groups.add(p + " " + String.join(",", parts));
            }
        }
        List<String> unknownProtocol = names.stream().filter(n -> n.protocol().isEmpty()).map(PortName::name).toList();
        if (!unknownProtocol.isEmpty()) {
            groups.add(" " + String.join(",", unknownProtocol));
        }
        groups.sort(null);
        return String.join(",", groups);
    }
}
