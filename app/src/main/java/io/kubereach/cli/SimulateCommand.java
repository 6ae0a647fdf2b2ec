package io.kubereach.cli;

import io.kubereach.describe.VerdictExplanation;
import io.kubereach.engine.Peer;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortProtocol;
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
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach simulate}: where kube-proxy sends N connections to a Service, and how many policy then drops. */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Mixin
    InputOptions input;

    @Option(names = "--from", required = true, paramLabel = "FROM", descriptionKey = "cli.simulate.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "svc:NAMESPACE/NAME", descriptionKey = "cli.simulate.to")
    String to;

    @Option(names = "--port", required = true, paramLabel = "PORT[/PROTO]", descriptionKey = "cli.simulate.port")
    String port;

    @Option(names = "--connections", defaultValue = "1000", paramLabel = "N", descriptionKey = "cli.simulate.connections")
    int connections;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", descriptionKey = "cli.simulate.seed")
    long seed;

    @Option(names = "--proxy-mode", paramLabel = "iptables|ipvs|nftables", descriptionKey = "cli.simulate.proxyMode")
    ProxyMode proxyMode;

    @Option(names = "--scheduler", paramLabel = "rr|wrr|lc|wlc|sh|dh|sed|nq", descriptionKey = "cli.simulate.scheduler")
    IpvsScheduler scheduler;

    @Option(names = "--interval", defaultValue = "0", paramLabel = "SECONDS",
            descriptionKey = "cli.simulate.interval")
    double interval;

    @Option(names = "--close-after", paramLabel = "SECONDS", descriptionKey = "cli.simulate.closeAfter")
    Double closeAfter;

    @Option(names = "--entry-node", paramLabel = "NODE",
            descriptionKey = "cli.simulate.entryNode")
    String entryNode;

    @Option(names = "--explain", descriptionKey = "cli.simulate.explain")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PortProtocol target = PortArgument.number(port);
        ClusterSnapshot snapshot = input.snapshot();
        TargetResolver resolver = new TargetResolver(snapshot);
        if (!(resolver.resolve(to) instanceof Target.ServiceTarget destination)) {
            throw UserError.of("cli.simulate.toNotService", to);
        }
        List<Peer> clients = clients(resolver.resolve(from));
        SimulationResult result;
        try {
            SimulationRequest request = SimulationRequest.of(from, clients, destination.service(), target.number(), target.protocol())
                    .withConnections(connections).withSeed(seed).withProxy(Optional.ofNullable(proxyMode), Optional.ofNullable(scheduler))
                    .withTiming(interval, Optional.ofNullable(closeAfter)).withEntryNode(Optional.ofNullable(entryNode));
            result = new LoadBalancingSimulation(snapshot, input.engine(snapshot)).run(request);
        } catch (SimulationException e) {
            throw UserError.of(e.reason());
        }
        Warnings.print(snapshot, spec.commandLine().getErr());
        PrintWriter out = VisibleOutput.of(spec.commandLine().getOut());
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
        if (source instanceof Target.ServiceTarget) {
            throw UserError.of("cli.simulate.serviceAsClient", from);
        }
        throw UserError.of("cli.simulate.fromNotClient", from);
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
