package io.kubereach.proxy;

import io.kubereach.model.Protocol;

/**
 * What a simulation ran under.
 *
 * @param service the Service, {@code svc:NAMESPACE/NAME}
 * @param port the port connected to
 * @param protocol its protocol
 * @param settings the proxy mode and scheduler
 * @param clientIpAffinity whether the Service has {@code sessionAffinity: ClientIP}
 * @param affinityTimeoutSeconds its timeout
 * @param connections how many connections were opened
 * @param seed the seed of the random modes
 */
public record SimulationHeader(String service, int port, Protocol protocol, ProxySettings settings, boolean clientIpAffinity,
        int affinityTimeoutSeconds, int connections, long seed) {

    /** {@code ClientIP(10800s)} or {@code None}, as the Service field reads. */
    public String affinityWord() {
        return clientIpAffinity ? "ClientIP(" + affinityTimeoutSeconds + "s)" : "None";
    }

    /** {@code mode=ipvs scheduler=rr affinity=None}. */
    public String line() {
        return "mode=" + settings.mode().word() + " scheduler=" + settings.schedulerWord() + " affinity=" + affinityWord();
    }
}
