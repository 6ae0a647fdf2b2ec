package io.kubereach.source;

import io.kubereach.text.Message;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The kustomize that builds a kustomization folder: {@code kubectl kustomize} or
 * {@code kustomize build}, whichever is found first on the {@code PATH}. KubeReach never builds a
 * kustomization itself: what a real renderer makes of it is what a cluster would get.
 *
 * @param command the command before the folder ({@code [/usr/bin/kubectl, kustomize]})
 */
public record KustomizeRenderer(List<String> command) {

    /** How long one build may take (a kustomization may fetch remote bases). */
    static final long TIMEOUT_SECONDS = 120;

    /** How much of the renderer's complaint a message quotes. */
    private static final int COMPLAINT_LINES = 3;

    public KustomizeRenderer {
        command = List.copyOf(command);
    }

    /** The renderer on this process's {@code PATH}, if there is one. */
    public static Optional<KustomizeRenderer> onSystemPath() {
        return onPath(Optional.ofNullable(System.getenv("PATH")).orElse(""));
    }

    /** The renderer on a {@code PATH} value: kubectl first (it carries kustomize), then kustomize. */
    public static Optional<KustomizeRenderer> onPath(String path) {
        Optional<Path> kubectl = executable(path, "kubectl");
        if (kubectl.isPresent()) {
            return Optional.of(new KustomizeRenderer(List.of(kubectl.get().toString(), "kustomize")));
        }
        return executable(path, "kustomize").map(k -> new KustomizeRenderer(List.of(k.toString(), "build")));
    }

    private static Optional<Path> executable(String path, String name) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String file : windows ? List.of(name + ".exe", name + ".cmd") : List.of(name)) {
                try {
                    Path candidate = Path.of(folder, file);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    // a PATH entry that is no path names no renderer
                }
            }
        }
        return Optional.empty();
    }

    /** The command as a user would type it: {@code kubectl kustomize}. */
    public String name() {
        List<String> words = new ArrayList<>(command);
        words.set(0, Path.of(words.get(0)).getFileName().toString().replaceFirst("\\.(exe|cmd)$", ""));
        return String.join(" ", words);
    }

    /** The manifests a kustomization folder builds to; fails naming the folder and what the renderer said. */
    public String build(Path folder) throws ManifestException {
        List<String> line = new ArrayList<>(command);
        line.add(folder.toString());
        Process process;
        try {
            process = new ProcessBuilder(line).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new ManifestException(Message.of("sourceError.kustomizeStart", folder.toString(), name(), String.valueOf(e.getMessage())), e);
        }
        FutureTask<String> output = drain(process.getInputStream());
        FutureTask<String> complaint = drain(process.getErrorStream());
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ManifestException(Message.of("sourceError.kustomizeTimeout", folder.toString(), name(), TIMEOUT_SECONDS));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ManifestException(Message.of("sourceError.kustomizeTimeout", folder.toString(), name(), TIMEOUT_SECONDS), e);
        }
        if (process.exitValue() != 0) {
            String said = result(complaint, folder).lines().filter(l -> !l.isBlank()).limit(COMPLAINT_LINES)
                    .reduce((a, b) -> a + " " + b).orElse("exit code " + process.exitValue());
            throw new ManifestException(Message.of("sourceError.kustomizeFailed", folder.toString(), name(), said));
        }
        return result(output, folder);
    }

    /** Reads a stream to its end on a thread of its own, so that neither of a process's outputs can block it. */
    private static FutureTask<String> drain(InputStream in) {
        FutureTask<String> task = new FutureTask<>(() -> text(in));
        Thread reader = new Thread(task, "kustomize-output");
        reader.setDaemon(true);
        reader.start();
        return task;
    }

    private String result(FutureTask<String> task, Path folder) throws ManifestException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManifestException(Message.of("sourceError.kustomizeTimeout", folder.toString(), name(), TIMEOUT_SECONDS), e);
        } catch (ExecutionException e) {
            throw new ManifestException(Message.of("sourceError.kustomizeFailed", folder.toString(), name(),
                    String.valueOf(e.getCause().getMessage())), e.getCause());
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null");
    }
}
