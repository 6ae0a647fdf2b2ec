package io.kubereach.source.live;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A broken or hostile Kubernetes API server for tests: plain HTTP/1.1 written by hand on a raw
 * socket on 127.0.0.1, so it can do what no real server does — send a body that never ends, a
 * {@code continue} token forever, nothing at all, or garbage. Every other request gets an empty
 * list (a NotFound for a named object), so a load can get as far as the misbehaviour.
 */
public final class HostileApiServer implements AutoCloseable {

    /** What the server does wrong. */
    public enum Behaviour {
        /** Answers like a healthy, empty cluster. */
        HEALTHY,
        /** Lists of pods get a 200 whose chunked body never ends. */
        ENDLESS_BODY,
        /** Lists of pods get one pod and the same {@code continue} token, forever. */
        SAME_CONTINUE,
        /** Lists of pods get one pod and a new {@code continue} token, forever. */
        NEW_CONTINUE_EVERY_PAGE,
        /** Accepts connections and never answers. */
        SILENT,
        /** Answers {@code /version}, then never answers a list. */
        SILENT_AFTER_VERSION,
        /** Answers every request with random bytes. */
        GARBAGE,
        /** Answers lists with a 500 whose message repeats the request's Authorization header. */
        ECHO_AUTHORIZATION,
        /** Reports a version string that holds the Authorization header and a terminal escape. */
        HOSTILE_VERSION,
        /** Lists a pod whose metadata has no name, a pod without metadata, and a node and a namespace without a name. */
        NAMELESS,
        /** Lists pods with names the API server would refuse (a newline, markup, an escape). */
        HOSTILE_NAMES
    }

    private final Behaviour behaviour;
    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-api-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();

    public HostileApiServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        threads.execute(this::accept);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The request lines received, e.g. {@code GET /api/v1/pods?limit=500}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many pages of pods were sent. */
    public int pages() {
        return pages.get();
    }

    /**
     * Writes a kubeconfig whose one context {@code hostile} reaches this server as the user
     * described by {@code userYaml} (indented fields of {@code user:}, e.g. {@code "    token: t"}).
     */
    public Path kubeconfig(Path file, String userYaml) throws IOException {
        return kubeconfig(file, url(), userYaml);
    }

    /** A kubeconfig for any server URL, in the same shape. */
    public static Path kubeconfig(Path file, String server, String userYaml) throws IOException {
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                current-context: hostile
                clusters: [{name: k, cluster: {server: "%s"}}]
                contexts: [{name: hostile, context: {cluster: k, user: u}}]
                users:
                - name: u
                  user:
                %s
                """.formatted(server, userYaml));
        return file;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            BufferedInputStream raw = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            raw.mark(1);
            if (behaviour != Behaviour.SILENT && raw.read() == 0x16) {
                // a TLS handshake sent to this plain server: answer as a plain HTTP server does
                out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            raw.reset();
            BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.ISO_8859_1));
            while (true) {
                if (behaviour == Behaviour.SILENT) {
                    Thread.sleep(Long.MAX_VALUE);
                }
                if (behaviour == Behaviour.GARBAGE) {
                    byte[] noise = new byte[4096];
                    new Random(7).nextBytes(noise);
                    out.write(noise);
                    out.flush();
                    return;
                }
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                String header;
                while ((header = in.readLine()) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    if (colon > 0) {
                        lastHeaders.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
                    }
                }
                requests.add(line);
                String path = line.split(" ")[1];
                answer(path, out);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the server is closing
        }
    }

    private void answer(String path, OutputStream out) throws IOException, InterruptedException {
        String authorization = lastHeaders.getOrDefault("authorization", "none");
        if (path.startsWith("/version")) {
            String version = behaviour == Behaviour.HOSTILE_VERSION ? "v1.31.0\\u001b[31m " + authorization + "\\nnext line" : "v1.31.0";
            json(out, 200, "{\"major\":\"1\",\"minor\":\"31\",\"gitVersion\":\"" + version + "\"}");
            return;
        }
        if (behaviour == Behaviour.SILENT_AFTER_VERSION) {
            Thread.sleep(Long.MAX_VALUE);
        }
        if (behaviour == Behaviour.ECHO_AUTHORIZATION) {
            json(out, 500, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":500,\"message\":\"you sent "
                    + authorization + "\"}");
            return;
        }
        boolean pods = path.contains("/pods");
        if (pods && behaviour == Behaviour.ENDLESS_BODY) {
            endless(out);
            return;
        }
        if (pods && (behaviour == Behaviour.SAME_CONTINUE || behaviour == Behaviour.NEW_CONTINUE_EVERY_PAGE)) {
            int page = pages.incrementAndGet();
            String token = behaviour == Behaviour.SAME_CONTINUE ? "again" : "page-" + page;
            json(out, 200, list("PodList", "\"continue\":\"" + token + "\",", pod("p" + page, "default")));
            return;
        }
        if (behaviour == Behaviour.NAMELESS && (pods || path.contains("/nodes") || path.endsWith("/namespaces?limit=500"))) {
            json(out, 200, list("List", "", pods ? pod(null, "default") + ",{\"apiVersion\":\"v1\",\"kind\":\"Pod\"}"
                    : "{\"apiVersion\":\"v1\",\"kind\":\"" + (path.contains("/nodes") ? "Node" : "Namespace") + "\",\"metadata\":{}}"));
            return;
        }
        if (pods && behaviour == Behaviour.HOSTILE_NAMES) {
            json(out, 200, list("PodList", "", pod("evil\\n=> forged : All Connections", "default") + ","
                    + pod("<script>x</script>", "default") + "," + pod("red\\u001b[31m", "default")));
            return;
        }
        if (path.matches(".*/namespaces/[^/?]+/[^/?]+/[^/?]+.*")) {
            json(out, 404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"NotFound\",\"code\":404}");
            return;
        }
        json(out, 200, list("List", "", ""));
    }

    private static String list(String kind, String continueField, String items) {
        return "{\"kind\":\"" + kind + "\",\"apiVersion\":\"v1\",\"metadata\":{" + continueField + "\"resourceVersion\":\"7\"},\"items\":["
                + items + "]}";
    }

    private static String pod(String name, String namespace) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{" + (name == null ? "" : "\"name\":\"" + name + "\",")
                + "\"namespace\":\"" + namespace + "\",\"labels\":{\"app\":\"x\"}},"
                + "\"spec\":{\"nodeName\":\"n1\",\"containers\":[{\"name\":\"c\",\"image\":\"i\",\"ports\":[{\"containerPort\":80}]}]},"
                + "\"status\":{\"phase\":\"Running\",\"podIP\":\"10.0.0.5\"}}";
    }

    private static void json(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static void endless(OutputStream out) throws IOException {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[".getBytes(StandardCharsets.US_ASCII));
        byte[] blanks = new byte[1 << 16];
        java.util.Arrays.fill(blanks, (byte) ' ');
        while (true) {
            chunk(out, blanks);
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        });
        threads.shutdownNow();
    }
}
