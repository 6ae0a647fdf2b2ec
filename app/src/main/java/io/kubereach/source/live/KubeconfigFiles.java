package io.kubereach.source.live;

import io.kubereach.text.Message;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kubeconfig files to read, found as kubectl finds them: the file given with
 * {@code --kubeconfig}; else every file listed in {@code KUBECONFIG} (joined by the platform's
 * path separator, {@code :} on Linux and macOS), in order, skipping empty entries, repeats and
 * files that do not exist; else {@code ~/.kube/config}.
 *
 * @param files the files, in the order their entries take precedence (the first one wins)
 * @param origin how they were found, for messages ({@code --kubeconfig}, {@code KUBECONFIG}, …)
 */
public record KubeconfigFiles(List<Path> files, String origin) {

    /** The variable that lists kubeconfig files. */
    public static final String VARIABLE = "KUBECONFIG";

    static {
        // every live path starts here; fabric8 logs through SLF4J, which without a logging
        // provider would print a three-line notice on stderr
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    public KubeconfigFiles {
        files = List.copyOf(files);
    }

    /**
     * Finds the kubeconfig files.
     *
     * @param explicit the file given with {@code --kubeconfig}, if any
     * @param environment where {@code KUBECONFIG} and the home folder come from
     * @throws ClusterAccessException when no kubeconfig file exists where kubectl would look
     */
    public static KubeconfigFiles locate(Optional<Path> explicit, Environment environment) throws ClusterAccessException {
        if (explicit.isPresent()) {
            Path file = explicit.get();
            if (!Files.isRegularFile(file)) {
                throw new ClusterAccessException(Message.of("clusterError.noKubeconfigFile", file.toString()));
            }
            return new KubeconfigFiles(List.of(file), "--kubeconfig");
        }
        Optional<String> listed = environment.variable(VARIABLE);
        if (listed.isPresent()) {
            Set<Path> entries = new LinkedHashSet<>();
            for (String entry : listed.get().split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry.trim()));
                }
            }
            List<Path> existing = new ArrayList<>();
            entries.stream().filter(Files::isRegularFile).forEach(existing::add);
            if (existing.isEmpty()) {
                throw new ClusterAccessException(Message.of("clusterError.noneListedExists", VARIABLE, String.valueOf(listed.get())));
            }
            return new KubeconfigFiles(existing, VARIABLE);
        }
        Path file = environment.home().resolve(".kube").resolve("config");
        if (!Files.isRegularFile(file)) {
            throw new ClusterAccessException(Message.of("clusterError.noKubeconfig", file.toString(), VARIABLE));
        }
        return new KubeconfigFiles(List.of(file), "~/.kube/config");
    }

    /** The files as one line for messages. */
    public String describe() {
        return String.join(File.pathSeparator, files.stream().map(Path::toString).toList());
    }
}
