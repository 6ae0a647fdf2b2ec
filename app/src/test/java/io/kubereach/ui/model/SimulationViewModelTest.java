package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.model.Service;
import io.kubereach.proxy.BackendLoad;
import io.kubereach.proxy.IpvsScheduler;
import io.kubereach.proxy.ProxyMode;
import io.kubereach.proxy.SimulationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the load-balancing simulation of a Service (no JavaFX thread)")
class SimulationViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final SimulationViewModel sim = app.simulation();
    private final Service paymentsApi = app.workspace().analysisProperty().get().snapshot().service("payments", "payments-api").orElseThrow();

    private void from(String workload) {
        sim.clientProperty().set(sim.clients().stream().filter(c -> c.name().equals(workload)).findFirst().orElseThrow());
    }

    @Test
    @DisplayName("offers the Service's ports, every other workload as a client, and the cluster's proxy mode (iptables by default)")
    void prepares() {
        sim.prepare(paymentsApi);
        assertThat(sim.ports()).hasSize(1);
        assertThat(sim.portProperty().get().port()).isEqualTo(443);
        assertThat(sim.clients()).extracting(SimulationViewModel.Client::name).contains("shop/web")
                .noneMatch(n -> n.startsWith("payments/payments-api"));
        assertThat(sim.modeProperty().get()).isEqualTo(ProxyMode.IPTABLES);
        assertThat(sim.resultProperty().get()).isNull();
    }

    @Test
    @DisplayName("kube-proxy spreads the connections over both backends; policy lets the stable one through and drops the canary's")
    void iptablesSpreadsAndPolicyDrops() {
        sim.prepare(paymentsApi);
        from("shop/web");
        sim.connectionsProperty().set(1000);
        sim.run();
        SimulationResult r = sim.resultProperty().get();
        assertThat(r.rows()).hasSize(2);
        assertThat(r.rows().stream().mapToInt(BackendLoad::connections).sum()).isEqualTo(1000);
        BackendLoad stable = r.rows().stream().filter(b -> b.backend().peer().toString().contains("payments-api-7b9d8c6f5")).findFirst().orElseThrow();
        BackendLoad canary = r.rows().stream().filter(b -> b.backend().peer().toString().contains("canary")).findFirst().orElseThrow();
        assertThat(stable.denied()).isZero();
        assertThat(stable.connections()).isBetween(400, 600);
        assertThat(canary.allowed()).isZero();
        assertThat(r.failed()).isEqualTo(canary.connections());
        assertThat(sim.problemProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("ipvs with round robin alternates the backends: an even split")
    void ipvsRoundRobin() {
        sim.prepare(paymentsApi);
        from("shop/web");
        sim.modeProperty().set(ProxyMode.IPVS);
        sim.schedulerProperty().set(IpvsScheduler.RR);
        sim.connectionsProperty().set(100);
        sim.run();
        SimulationResult r = sim.resultProperty().get();
        assertThat(r.header().settings().mode()).isEqualTo(ProxyMode.IPVS);
        assertThat(r.rows()).allSatisfy(b -> assertThat(b.connections()).isEqualTo(50));
    }

    @Test
    @DisplayName("a new Service clears the last result")
    void preparingClears() {
        sim.prepare(paymentsApi);
        from("shop/web");
        sim.run();
        assertThat(sim.resultProperty().get()).isNotNull();
        sim.prepare(app.workspace().analysisProperty().get().snapshot().service("default", "redis").orElseThrow());
        assertThat(sim.resultProperty().get()).isNull();
        assertThat(sim.portProperty().get().port()).isEqualTo(6379);
    }
}
