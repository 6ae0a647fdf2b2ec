package io.kubereach.model;

import java.util.Optional;

/** Where a Service port sends traffic on a backend: a number, or a container port name resolved per pod. */
public sealed interface TargetPort {

    /** Resolves this target port on a backend pod; empty when the pod declares no such named port. */
    Optional<Integer> resolve(Pod backend, Protocol protocol);

    /**
     * A numeric target port.
     *
     * @param number the port on the backend
     */
    record Number(int number) implements TargetPort {
        @Override
        public Optional<Integer> resolve(Pod backend, Protocol protocol) {
            return Optional.of(number);
        }

        @Override
        public String toString() {
            return String.valueOf(number);
        }
    }

    /**
     * A named target port.
     *
     * @param name the container port name
     */
    record Named(String name) implements TargetPort {
        @Override
        public Optional<Integer> resolve(Pod backend, Protocol protocol) {
            return backend.namedPort(name, protocol);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
