package io.kubereach.cli;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.source.live.CancelToken;
import io.kubereach.source.live.ClusterEvent;
import io.kubereach.source.live.ClusterListener;
import io.kubereach.source.live.Environment;
import io.kubereach.source.live.LiveCluster;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kubereach watch}: follows a live cluster and prints one line per change. */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class WatchCommand implements Callable<Integer> {

    @Mixin
    LanguageOption language;

    /** The most objects one line names. */
    static final int NAMED = 8;

    @Mixin
    ClusterOptions cluster;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", descriptionKey = "cli.option.liveNamespace")
    List<String> namespaces = new ArrayList<>();

    @Option(names = "--debounce", defaultValue = "250", paramLabel = "MS",
            descriptionKey = "cli.watch.debounce")
    long debounce;

    @Option(names = "--max-events", hidden = true, defaultValue = "0", descriptionKey = "cli.watch.maxEvents")
    int maxEvents;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (debounce < 0) {
            throw UserError.of("cli.error.negativeDebounce", String.valueOf(debounce));
        }
        PrintWriter out = VisibleOutput.of(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch done = new CountDownLatch(maxEvents > 0 ? maxEvents : 1);
        try (LiveCluster live = LiveCluster.start(cluster.target(namespaces), Environment.system(), ProgressLines.onTerminal(), CancelToken.none(),
                Duration.ofMillis(debounce))) {
            Warnings.print(live.snapshot(), err);
            live.addListener(new ClusterListener() {
                @Override
                public void changed(ClusterEvent event) {
                    out.println(line(event));
                    out.flush();
                    if (maxEvents > 0) {
                        done.countDown();
                    }
                }

                @Override
                public void connectionLost(String reason) {
                    err.println(Warnings.line(reason + "; restoring the watch"));
                    err.flush();
                }

                @Override
                public void connectionRestored() {
                    err.println("kubereach: watching again");
                    err.flush();
                }
            });
            out.println("watching context " + live.context().name() + ": " + size(live.snapshot()) + " (Ctrl-C to stop)");
            out.flush();
            done.await();
        }
        return 0;
    }

    /** {@code 2026-11-29T10:00:00Z 12 pods, 3 policies: +Pod shop/a -Pod shop/b ~NetworkPolicy shop/c}. */
    static String line(ClusterEvent event) {
        StringBuilder line = new StringBuilder(event.at() + " " + size(event.snapshot()) + ":");
        List<String> named = new java.util.ArrayList<>();
        event.change().added().stream().sorted().map(r -> "+" + r).forEach(named::add);
        event.change().removed().stream().sorted().map(r -> "-" + r).forEach(named::add);
        event.change().changed().stream().sorted().map(r -> "~" + r).forEach(named::add);
        named.stream().limit(NAMED).forEach(n -> line.append(' ').append(n));
        if (named.size() > NAMED) {
            line.append(" and ").append(named.size() - NAMED).append(" more");
        }
        return line.toString();
    }

    private static String size(ClusterSnapshot s) {
        return s.pods().size() + " pods, " + s.services().size() + " services, " + s.policies().size() + " policies";
    }
}
