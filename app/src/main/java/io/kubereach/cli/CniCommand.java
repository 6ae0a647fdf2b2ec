package io.kubereach.cli;

import io.kubereach.cni.CniEvidence;
import io.kubereach.cni.CniInfo;
import io.kubereach.cni.CniRecognizer;
import io.kubereach.cni.NodePodNetwork;
import io.kubereach.cni.PolicyEnforcement;
import io.kubereach.model.Cidr;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.proxy.ProxySettings;
import io.kubereach.proxy.SimulationException;
import io.kubereach.text.MessageText;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kubereach cni}: which CNI runs, whether it enforces NetworkPolicy, and how pods talk across nodes. */
@Command(name = "cni", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Recognises the CNI from its DaemonSets and node annotations (flannel, calico, canal, cilium,",
                "weave, antrea, kube-router, k3s's flannel) and prints whether it enforces NetworkPolicy, how pod",
                "traffic crosses nodes, each node's pod CIDR, kube-proxy's mode and the evidence."})
final class CniCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ClusterSnapshot snapshot = input.snapshot();
        CniInfo cni = new CniRecognizer(snapshot).recognise();
        snapshot.warnings().forEach(w -> spec.commandLine().getErr().println(Warnings.line(w)));
        spec.commandLine().getErr().flush();
        PrintWriter out = VisibleOutput.of(spec.commandLine().getOut());
        out.println("cni: " + cni.name());
        out.println("enforces NetworkPolicy: " + enforces(cni.enforcement()) + " (" + cni.enforcementReason() + ")");
        out.println("policy verdicts: " + MessageText.english(cni.enforcement().verdictStanding()));
        out.println("cross-node traffic: " + MessageText.english(cni.crossNode().describe()));
        for (NodePodNetwork node : cni.nodes()) {
            String cidrs = node.podCidrs().isEmpty() ? "none" : node.podCidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "));
            out.println("node " + node.node() + ": pod CIDR " + cidrs + " (" + MessageText.english(node.source()) + ")");
        }
        out.println("kube-proxy: " + kubeProxy(snapshot));
        for (CniEvidence e : cni.evidence()) {
            out.println("evidence: " + MessageText.english(e.message()));
        }
        out.flush();
        return 0;
    }

    private static String enforces(PolicyEnforcement enforcement) {
        return switch (enforcement) {
            case ENFORCED -> "yes";
            case NOT_ENFORCED -> "no";
            case UNKNOWN -> "unknown";
        };
    }

    private static String kubeProxy(ClusterSnapshot snapshot) {
        try {
            ProxySettings settings = ProxySettings.resolve(snapshot.kubeProxy(), Optional.empty(), Optional.empty());
            return settings.mode().word() + settings.scheduler().map(s -> " (scheduler " + s.word() + ")").orElse("")
                    + ", from " + settings.origin();
        } catch (SimulationException e) {
            return e.getMessage();
        }
    }
}
