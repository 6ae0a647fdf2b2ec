package io.kubereach.cli;

import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Service;
import io.kubereach.proxy.BackendLoad;
import io.kubereach.proxy.IpvsScheduler;
import io.kubereach.proxy.LoadBalancingSimulation;
import io.kubereach.proxy.ProxyMode;
import io.kubereach.proxy.SimulationException;
import io.kubereach.proxy.SimulationRequest;
import io.kubereach.proxy.SimulationResult;
import io.kubereach.query.Target;
import io.kubereach.query.TargetResolver;
import io.kubereach.report.VerdictExplanation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach simulate}: where kube-proxy sends N connections to a Service, and how many policy then drops. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Sends N connections from FROM (a pod; a workload, whose replicas connect in turn; or an address",
                "outside the cluster) to a Service through kube-proxy, as its mode and IPVS scheduler would, and judges",
                "each at its backend. Prints 'mode=… scheduler=… affinity=…', then 'NAMESPACE/POD COUNT VERDICT' per",
                "backend (VERDICT allowed or denied by policy, partial when clients differ), then 'failed N'.",
                "The mode comes from the kube-system/kube-proxy ConfigMap, else iptables (kube-proxy's default).",
                "Connections stay open until the end unless --close-after closes them. Same seed, same result.",
                "Exit code: 0 when no connection fails, 1 when some would, 2 on error."})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--from", required = true, paramLabel = "FROM", description = "NAMESPACE/NAME of a pod or workload, or an IP address.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "svc:NAMESPACE/NAME", description = "The Service.")
    String to;

    @Option(names = "--port", required = true, paramLabel = "PORT[/PROTO]", description = "The Service port or node port (TCP by default).")
    String port;

    @Option(names = "--connections", defaultValue = "1000", paramLabel = "N", description = "Connections to open (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the random modes (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--proxy-mode", paramLabel = "iptables|ipvs|nftables", description = "Override the source's kube-proxy mode.")
    String proxyMode;

    @Option(names = "--scheduler", paramLabel = "rr|wrr|lc|wlc|sh|dh|sed|nq", description = "Override the IPVS scheduler (ipvs mode only).")
    String scheduler;

    @Option(names = "--interval", defaultValue = "0", paramLabel = "SECONDS",
            description = "Simulated time between two connections (default ${DEFAULT-VALUE}: all at once); ClientIP affinity expires with it.")
    double interval;

    @Option(names = "--close-after", paramLabel = "SECONDS", description = "Close each connection this long after it opens (default: never).")
    Double closeAfter;

    @Option(names = "--entry-node", paramLabel = "NODE",
            description = "The node an outside client enters a NodePort/LoadBalancer Service through (default: the nodes in turn).")
    String entryNode;

    @Option(names = "--explain", description = "Explain: where the mode came from, how backends are picked, SNAT, and why each denied backend denies.")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PortArgument portArgument = PortArgument.parse(port);
        Optional<ProxyMode> mode = Optional.ofNullable(proxyMode).map(m -> ProxyMode.parse(m)
                .orElseThrow(() -> new UserError("unknown proxy mode '" + m + "': choose iptables, ipvs or nftables")));
        Optional<IpvsScheduler> ipvsScheduler = Optional.ofNullable(scheduler).map(s -> IpvsScheduler.parse(s)
                .orElseThrow(() -> new UserError(IpvsScheduler.whyNotSimulated(s))));
        ClusterSnapshot snapshot = input.snapshot();
        TargetResolver resolver = new TargetResolver(snapshot);
        if (!(resolver.resolve(to) instanceof Target.ServiceTarget destination)) {
            throw new UserError("--to must name a Service as svc:NAMESPACE/NAME, not " + to);
        }
        List<Peer> clients = clients(resolver.resolve(from));
        SimulationResult result;
        try {
            SimulationRequest request = SimulationRequest.of(from, clients, destination.service(), portArgument.number(), portArgument.protocol())
                    .withConnections(connections).withSeed(seed).withProxy(mode, ipvsScheduler)
                    .withTiming(interval, Optional.ofNullable(closeAfter)).withEntryNode(Optional.ofNullable(entryNode));
            result = new LoadBalancingSimulation(snapshot, input.engine(snapshot)).run(request);
        } catch (SimulationException e) {
            throw new UserError(e.getMessage());
        }
        Warnings.print(snapshot, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        result.lines().forEach(out::println);
        if (explain) {
            explain(snapshot, destination.service(), result, out);
        }
        out.flush();
        return result.failed() == 0 ? 0 : CanReachCommand.NOT_ALLOWED;
    }

    private List<Peer> clients(Target source) {
        if (source instanceof Target.Pods pods) {
            return pods.pods().stream().map(Peer::of).toList();
        }
        if (source instanceof Target.Address address) {
            return List.of(Peer.of(address.address()));
        }
        throw new UserError("a Service cannot open connections: write a pod, workload or address as --from, not " + from);
    }

    private static void explain(ClusterSnapshot snapshot, Service service, SimulationResult result, PrintWriter out) {
        result.notes().forEach(n -> out.println("  " + n));
        VerdictExplanation explanation = new VerdictExplanation(snapshot);
        for (BackendLoad row : result.rows()) {
            if (row.denied() > 0 || (row.connections() == 0 && !row.sample().allowed())) {
                out.println("  " + row.backend().peer() + ":" + row.targetPort() + " (svc:" + service.qualifiedName() + "), e.g. from "
                        + row.sample().src() + ":");
                explanation.lines(row.sample()).forEach(l -> out.println("    " + l));
            }
        }
    }
}
