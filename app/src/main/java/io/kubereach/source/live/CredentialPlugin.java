package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.ExecConfig;
import io.fabric8.kubernetes.api.model.ExecEnvVar;
import io.kubereach.files.FileProblem;
import io.kubereach.source.ManifestSource;
import io.kubereach.text.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A kubeconfig's exec credential plugin ({@code aws eks get-token}, {@code gke-gcloud-auth-plugin},
 * {@code kubelogin}, …), run as client-go runs it — the command and its arguments without a shell,
 * relative paths against the kubeconfig's folder, its {@code env} added to ours,
 * {@code KUBERNETES_EXEC_INFO} set, no terminal — but bounded: it must answer within
 * {@link LoadLimits#pluginTimeout()}, and whatever goes wrong (not found, a non-zero exit,
 * garbage, no credential) is an error that names it. What it prints on stderr is never shown,
 * as it may hold secrets. The credential it gives joins the context's {@link Secrets}; a token
 * that expires is fetched again when a request needs it.
 */
final class CredentialPlugin {

    /** The most output read from a plugin (an ExecCredential is a few KB). */
    private static final int MAX_OUTPUT = 1 << 20;
    /** A token is fetched again this long before it expires. */
    private static final Duration EARLY = Duration.ofSeconds(10);

    /**
     * What a plugin gave: a bearer token, or a client certificate and key (PEM).
     *
     * @param token the token, if it gave one
     * @param certificate the client certificate, if it gave one
     * @param key the client key, with the certificate
     * @param expires when the credential expires, if it said
     */
    record Credential(Optional<String> token, Optional<String> certificate, Optional<String> key, Optional<Instant> expires) {
    }

    private final ExecConfig exec;
    private final Optional<Path> kubeconfigFile;
    private final KubeContext context;
    private final Duration timeout;
    private final Secrets secrets;
    private Credential current;

    CredentialPlugin(ExecConfig exec, Optional<Path> kubeconfigFile, KubeContext context, Duration timeout, Secrets secrets) {
        this.exec = exec;
        this.kubeconfigFile = kubeconfigFile;
        this.context = context;
        this.timeout = timeout;
        this.secrets = secrets;
    }

    /** Runs the plugin and returns its credential. */
    synchronized Credential credential() throws ClusterAccessException {
        current = run();
        current.token().ifPresent(secrets::add);
        current.key().ifPresent(secrets::add);
        return current;
    }

    /**
     * The token to send now: the one the plugin last gave, fetched again when it is about to
     * expire; when that fails, the old one (the server then refuses it, and that error is shown).
     */
    synchronized String token() {
        if (current != null && current.expires().isPresent() && Instant.now().plus(EARLY).isAfter(current.expires().get())) {
            try {
                credential();
            } catch (ClusterAccessException e) {
                // keep the expired token: the 401 it earns says to log in again
            }
        }
        return current == null ? null : current.token().orElse(null);
    }

    /** The command as the kubeconfig names it, for messages. */
    private String name() {
        return String.valueOf(exec.getCommand());
    }

    private ClusterAccessException failure(String key, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = name();
        args[1] = context.name();
        System.arraycopy(more, 0, args, 2, more.length);
        return new ClusterAccessException(Message.of(key, args));
    }

    private Credential run() throws ClusterAccessException {
        if ("Always".equals(exec.getInteractiveMode())) {
            throw failure("clusterError.pluginInteractive");
        }
        Process process;
        try {
            process = builder().start();
        } catch (IOException e) {
            throw failure("clusterError.pluginCannotRun", reason(e));
        }
        Output stdout = Output.drain(process.getInputStream(), MAX_OUTPUT);
        Output.drain(process.getErrorStream(), 0); // read and dropped: it may hold secrets
        try {
            process.getOutputStream().close(); // no terminal, no input: a plugin that asks fails
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw failure("clusterError.pluginTimeout", timeout.toSeconds());
            }
            if (process.exitValue() != 0) {
                throw failure("clusterError.pluginFailed", String.valueOf(process.exitValue()));
            }
            return parse(stdout.text(timeout));
        } catch (IOException e) {
            throw failure("clusterError.pluginCannotRun", reason(e));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ClusterAccessException(Message.of("clusterError.interrupted"));
        }
    }

    private ProcessBuilder builder() {
        List<String> command = new ArrayList<>();
        command.add(command());
        if (exec.getArgs() != null) {
            command.addAll(exec.getArgs());
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        if (exec.getEnv() != null) {
            for (ExecEnvVar variable : exec.getEnv()) {
                if (variable != null && variable.getName() != null) {
                    environment.put(variable.getName(), String.valueOf(variable.getValue()));
                }
            }
        }
        environment.put("KUBERNETES_EXEC_INFO", "{\"apiVersion\":\"" + String.valueOf(exec.getApiVersion())
                + "\",\"kind\":\"ExecCredential\",\"spec\":{\"interactive\":false}}");
        return builder;
    }

    /** A relative path with a separator is relative to the kubeconfig's folder, as client-go resolves it; a bare name is looked up on PATH. */
    private String command() {
        String command = name();
        Path path = Path.of(command);
        if (!path.isAbsolute() && command.contains(java.io.File.separator) && kubeconfigFile.isPresent()
                && kubeconfigFile.get().getParent() != null) {
            return kubeconfigFile.get().getParent().resolve(path).normalize().toString();
        }
        return command;
    }

    /** Why a program could not be run, in words ("no such file or folder", "permission denied"). */
    private static Message reason(IOException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("error=2,")) {
            return FileProblem.reason(new NoSuchFileException(""));
        }
        if (text.contains("error=13,")) {
            return FileProblem.reason(new AccessDeniedException(""));
        }
        return FileProblem.reason(e);
    }

    private Credential parse(String output) throws ClusterAccessException {
        Object parsed;
        try {
            parsed = ManifestSource.serialization().unmarshal(output, Map.class);
        } catch (RuntimeException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?> json) || !"ExecCredential".equals(json.get("kind"))) {
            throw failure("clusterError.pluginNoCredential");
        }
        if (exec.getApiVersion() != null && !exec.getApiVersion().equals(json.get("apiVersion"))) {
            throw failure("clusterError.pluginWrongVersion", String.valueOf(json.get("apiVersion")), exec.getApiVersion());
        }
        Map<?, ?> status = json.get("status") instanceof Map<?, ?> m ? m : Map.of();
        Optional<String> token = text(status.get("token"));
        Optional<String> certificate = text(status.get("clientCertificateData"));
        Optional<String> key = text(status.get("clientKeyData"));
        if (token.isEmpty() && (certificate.isEmpty() || key.isEmpty())) {
            throw failure("clusterError.pluginEmpty");
        }
        Optional<Instant> expires;
        try {
            expires = text(status.get("expirationTimestamp")).map(Instant::parse);
        } catch (DateTimeParseException e) {
            expires = Optional.empty();
        }
        return new Credential(token, token.isPresent() ? Optional.empty() : certificate, token.isPresent() ? Optional.empty() : key, expires);
    }

    private static Optional<String> text(Object value) {
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** What a plugin prints on one stream, read on a thread of its own so the plugin never blocks on a full pipe. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread reader;

        private Output(InputStream in, int keep) {
            reader = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (in) {
                    for (int n; (n = in.read(buffer)) >= 0;) {
                        synchronized (bytes) {
                            if (bytes.size() + n <= keep) {
                                bytes.write(buffer, 0, n);
                            }
                        }
                    }
                } catch (IOException e) {
                    // the plugin is gone; what was read is all there is
                }
            }, "kubereach-credential-plugin-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Output drain(InputStream in, int keep) {
            return new Output(in, keep);
        }

        /** What was printed, once the stream has ended (the plugin has exited by now). */
        String text(Duration patience) throws InterruptedException {
            reader.join(patience.toMillis());
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
