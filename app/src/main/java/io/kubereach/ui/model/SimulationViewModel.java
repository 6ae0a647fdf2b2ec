package io.kubereach.ui.model;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Pod;
import io.kubereach.model.Service;
import io.kubereach.model.ServicePort;
import io.kubereach.model.WorkloadRef;
import io.kubereach.proxy.IpvsScheduler;
import io.kubereach.proxy.LoadBalancingSimulation;
import io.kubereach.proxy.ProxyMode;
import io.kubereach.proxy.ProxySettings;
import io.kubereach.proxy.SimulationException;
import io.kubereach.proxy.SimulationRequest;
import io.kubereach.proxy.SimulationResult;
import io.kubereach.ui.i18n.Messages;
import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import io.kubereach.ui.task.JobStep;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "simulate" part of a Service's details: sends N connections from a client workload to one
 * of the Service's ports through kube-proxy, in a mode (iptables, ipvs, nftables) and, for ipvs,
 * with a scheduler, starting from what the cluster configures; the result counts, per backend,
 * the connections policy lets through and those it drops.
 */
public final class SimulationViewModel {

    /**
     * A client to connect from: a workload, whose replicas connect in turn.
     *
     * @param name {@code namespace/name}
     * @param pods its pods, as policy judges them
     */
    public record Client(String name, List<Peer> pods) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final WorkspaceViewModel workspace;
    private final JobRunner runner;
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObservableList<ServicePort> ports = FXCollections.observableArrayList();
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>(this, "client");
    private final ObjectProperty<ServicePort> port = new SimpleObjectProperty<>(this, "port");
    private final ObjectProperty<ProxyMode> mode = new SimpleObjectProperty<>(this, "mode", ProxyMode.IPTABLES);
    private final ObjectProperty<IpvsScheduler> scheduler = new SimpleObjectProperty<>(this, "scheduler", IpvsScheduler.RR);
    private final IntegerProperty connections = new SimpleIntegerProperty(this, "connections", 1000);
    private final ReadOnlyObjectWrapper<SimulationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Service service;
    private ProxySettings configured;
    private JobHandle working = JobHandle.done();

    public SimulationViewModel(WorkspaceViewModel workspace, JobRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
    }

    /** Prepares a simulation to a Service: its ports, the clients, and the cluster's proxy mode and scheduler. */
    public void prepare(Service target) {
        working.cancel();
        service = target;
        result.set(null);
        problem.set("");
        ports.setAll(target.ports());
        port.set(ports.isEmpty() ? null : ports.get(0));
        Analysis analysis = workspace.analysisProperty().get();
        if (analysis == null) {
            clients.clear();
            return;
        }
        ClusterSnapshot snapshot = analysis.snapshot();
        TreeMap<String, List<Peer>> byWorkload = new TreeMap<>();
        for (WorkloadRef ref : snapshot.pods().stream().map(Pod::owner).distinct().sorted().toList()) {
            List<Peer> pods = snapshot.pods().stream().filter(p -> p.owner().equals(ref) && !target.selects(p))
                    .sorted(Comparator.comparing(Pod::ref)).map(Peer::of).toList();
            if (!pods.isEmpty()) {
                byWorkload.put(ref.namespace() + "/" + ref.name(), pods);
            }
        }
        clients.setAll(byWorkload.entrySet().stream().map(e -> new Client(e.getKey(), e.getValue())).toList());
        client.set(instructiveClient(analysis, target));
        try {
            configured = ProxySettings.resolve(snapshot.kubeProxy(), Optional.empty(), Optional.empty());
            mode.set(configured.mode());
            scheduler.set(configured.scheduler().orElse(IpvsScheduler.RR));
        } catch (SimulationException e) {
            configured = null;
            mode.set(ProxyMode.IPTABLES);
            scheduler.set(IpvsScheduler.RR);
        }
    }

    /** At most this many clients are tried when looking for an instructive one. */
    private static final int CLIENTS_TRIED = 50;

    /**
     * The client whose simulation teaches most: one that policy lets through to some backends and
     * not to others (kube-proxy still sends it everywhere), else one let through somewhere, else
     * the first.
     */
    private Client instructiveClient(Analysis analysis, Service target) {
        if (clients.isEmpty() || port.get() == null) {
            return clients.isEmpty() ? null : clients.get(0);
        }
        List<io.kubereach.proxy.ServiceBackend> backends = new io.kubereach.proxy.ServiceBackends(analysis.snapshot()).of(target, port.get());
        Client someAllowed = null;
        for (Client c : clients.subList(0, Math.min(CLIENTS_TRIED, clients.size()))) {
            long allowed = backends.stream().filter(b -> b.targetPort().isPresent()
                    && analysis.graph().engine().verdict(c.pods().get(0), b.peer(), port.get().protocol(), b.targetPort().get()).allowed()).count();
            if (allowed > 0 && allowed < backends.size()) {
                return c;
            }
            if (allowed > 0 && someAllowed == null) {
                someAllowed = c;
            }
        }
        return someAllowed != null ? someAllowed : clients.get(0);
    }

    /** Runs the simulation with the choices made. */
    public void run() {
        Analysis analysis = workspace.analysisProperty().get();
        if (service == null || analysis == null || client.get() == null || port.get() == null) {
            return;
        }
        working.cancel();
        problem.set("");
        SimulationRequest request;
        try {
            request = SimulationRequest.of(client.get().name(), client.get().pods(), service, port.get().port(), port.get().protocol())
                    .withConnections(Math.max(1, Math.min(SimulationRequest.MAX_CONNECTIONS, connections.get())))
                    .withProxy(overridden() ? Optional.of(mode.get()) : Optional.empty(),
                            overridden() && mode.get() == ProxyMode.IPVS ? Optional.of(scheduler.get()) : Optional.empty());
        } catch (SimulationException e) {
            problem.set(Messages.text(e.reason()));
            return;
        }
        Service target = service;
        working = runner.start(control -> {
            control.progress(-1, JobStep.SIMULATING);
            return new LoadBalancingSimulation(analysis.snapshot(), analysis.graph().engine()).run(request);
        }, new JobListener<SimulationResult>() {
            @Override
            public void succeeded(SimulationResult simulated) {
                if (service == target) {
                    result.set(simulated);
                }
            }

            @Override
            public void failed(Throwable error) {
                problem.set(error instanceof SimulationException refused ? Messages.text(refused.reason()) : SourceProblem.lineOf(error));
            }
        });
    }

    /** Whether the mode or scheduler chosen differs from what the cluster configures (then it is an override). */
    private boolean overridden() {
        return configured == null || configured.mode() != mode.get()
                || mode.get() == ProxyMode.IPVS && !configured.scheduler().equals(Optional.of(scheduler.get()));
    }

    /** The workloads that can connect (the Service's own backends left out). */
    public ObservableList<Client> clients() {
        return clients;
    }

    /** The Service's ports. */
    public ObservableList<ServicePort> ports() {
        return ports;
    }

    /** The client chosen. */
    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    /** The port chosen. */
    public ObjectProperty<ServicePort> portProperty() {
        return port;
    }

    /** The proxy mode. */
    public ObjectProperty<ProxyMode> modeProperty() {
        return mode;
    }

    /** The IPVS scheduler (ipvs mode only). */
    public ObjectProperty<IpvsScheduler> schedulerProperty() {
        return scheduler;
    }

    /** How many connections to open. */
    public IntegerProperty connectionsProperty() {
        return connections;
    }

    /** The last result; null before a run. */
    public ReadOnlyObjectProperty<SimulationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the simulation could not run, one line; empty when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
