package io.kubereach.proxy;

/** A simulation that cannot run as asked: an ExternalName Service, a port it lacks, an unknown mode, … */
public final class SimulationException extends RuntimeException {

    public SimulationException(String message) {
        super(message);
    }
}
