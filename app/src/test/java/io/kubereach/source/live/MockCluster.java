package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Kubernetes API server for tests: fabric8's mock server in CRUD mode over HTTPS on
 * 127.0.0.1, plus what CRUD mode lacks — {@code limit}/{@code continue} paging, refusals (403)
 * for chosen requests, watches that can be made to expire (410) — and a record of every request
 * that carries the test token, so tests can prove which verbs KubeReach sends. Objects are put
 * in and changed in-process, without going through HTTP.
 */
public final class MockCluster implements AutoCloseable {

    /** The bearer token of the kubeconfig the tests write. */
    public static final String TOKEN = "kr-test-token-5b1f0c2e9d";

    /** Held so that the logger's level is not lost to garbage collection. */
    private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

    static {
        SERVER_LOG.setLevel(Level.WARNING);
    }

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    /** One request the API server received with the test token. */
    public record Request(String method, String path) {
        public boolean isWatch() {
            return path.contains("watch=true");
        }
    }

    private final KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final List<RememberedWatch> watches = new CopyOnWriteArrayList<>();
    private final KubernetesMockServer server;
    private final ListPages pages = new ListPages(base -> crud.dispatch(request(HttpMethod.GET, base, null)));

    private record Refusal(Predicate<String> path, int status) {
    }

    public MockCluster() {
        Dispatcher dispatcher = new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        };
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, true);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server's URL: https on localhost. */
    public String url() {
        return server.url("/").replaceAll("/$", "");
    }

    /** Every request made with the test token, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers every request whose path contains {@code pathPart} with {@code status}. */
    public void refuse(String pathPart, int status) {
        refusals.add(new Refusal(p -> p.contains(pathPart), status));
    }

    /** Stops refusing. */
    public void allowAll() {
        refusals.clear();
    }

    /**
     * Ends every open watch as an API server ends one whose resource version is too old (410
     * Gone), and waits until the server has forgotten them (the mock drops a closed watch only
     * after it stopped its thread, and a change made in between would fail).
     */
    public void expireWatches() throws InterruptedException {
        String gone = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                + "\"message\":\"too old resource version\",\"reason\":\"Expired\",\"code\":410}}";
        List<RememberedWatch> expired = List.copyOf(watches);
        for (RememberedWatch watch : expired) {
            watch.socket.send(gone);
            watch.socket.close(1000, "expired");
        }
        for (RememberedWatch watch : expired) {
            if (!watch.closed.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("an expired watch was still open after 30 s");
            }
        }
    }

    /** How many watches are open now. */
    public int openWatches() {
        return watches.size();
    }

    /**
     * Waits until at least {@code count} watches are open. Unlike an API server, this mock does not
     * replay the events since a watch's resource version: a change made after a client listed
     * again but before its new watch opened is lost, so a test that needs the change to arrive by
     * a restored watch waits for the watches first.
     */
    public void awaitOpenWatches(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (watches.size() < count) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(watches.size() + " watches open after 30 s, not " + count);
            }
            Thread.sleep(20);
        }
    }

    /** Creates objects in-process, as if applied (watchers are told). */
    public void create(HasMetadata... objects) {
        create(List.of(objects));
    }

    public void create(List<? extends HasMetadata> objects) {
        for (HasMetadata object : objects) {
            MockResponse r = crud.handleCreate(request(HttpMethod.POST, collection(object), JSON.asJson(object)));
            if (r.code() >= 300) {
                throw new IllegalStateException("cannot create " + object.getMetadata().getName() + ": " + r.code());
            }
        }
    }

    /**
     * Stores objects straight in the server's store, skipping the checks of a create (which scan
     * the whole store, too slow for benchmark-sized clusters); watchers are not told.
     */
    public void fill(List<? extends HasMetadata> objects) {
        for (HasMetadata object : objects) {
            object.getMetadata().setResourceVersion("1");
            String json = JSON.asJson(object);
            var key = crud.getKey(collection(object)).add(new io.fabric8.mockwebserver.crud.Attribute(
                    io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor.NAME, object.getMetadata().getName()));
            crud.getMap().put(key, json);
        }
    }

    /** Creates every object of the YAML manifests in a folder (multi-document files read in name order). */
    public void createFromManifests(Path folder) throws IOException {
        create(readManifests(folder));
    }

    /** Stores every object of the YAML manifests in a folder, as {@link #fill} does. */
    public void fillFromManifests(Path folder) throws IOException {
        fill(readManifests(folder));
    }

    private static List<HasMetadata> readManifests(Path folder) throws IOException {
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (Path file : files) {
            for (Object document : new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
                    .setCodePointLimit(Integer.MAX_VALUE).build()).loadAllFromString(Files.readString(file))) {
                if (document instanceof Map<?, ?> map) {
                    objects.add(JSON.convertValue(map, HasMetadata.class));
                }
            }
        }
        return objects;
    }

    /** Replaces an object in-process. */
    public void update(HasMetadata object) {
        MockResponse r = crud.handleUpdate(request(HttpMethod.PUT, collection(object) + "/" + object.getMetadata().getName(),
                JSON.asJson(object)));
        if (r.code() >= 300) {
            throw new IllegalStateException("cannot update " + object.getMetadata().getName() + ": " + r.code());
        }
    }

    /** Deletes an object in-process. */
    public void delete(HasMetadata object) {
        crud.handleDelete(collection(object) + "/" + object.getMetadata().getName());
    }

    /**
     * Writes a kubeconfig with one context per name given, all pointing at this server with the
     * test token, TLS verification skipped (the mock's certificate is self-signed).
     */
    public Path kubeconfig(Path file, String currentContext, String... contexts) throws IOException {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Config\n");
        yaml.append("clusters:\n- name: mock\n  cluster:\n    server: ").append(url()).append("\n    insecure-skip-tls-verify: true\n");
        yaml.append("users:\n- name: tester\n  user:\n    token: ").append(TOKEN).append('\n');
        yaml.append("contexts:\n");
        for (String context : contexts) {
            yaml.append("- name: ").append(context).append("\n  context: {cluster: mock, user: tester}\n");
        }
        yaml.append("current-context: ").append(currentContext).append('\n');
        Files.writeString(file, yaml.toString());
        return file;
    }

    /**
     * Stops the server. On a loaded machine the mock can time out waiting for the client's last
     * connections to close ("Unable to close MockWebServer") after the test has asserted
     * everything; it is asked again once, and a second timeout only leaves a note on stderr, since
     * the server listens on a port of its own that no other test uses.
     */
    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (RuntimeException first) {
            try {
                Thread.sleep(500);
                server.shutdown();
            } catch (RuntimeException second) {
                System.err.println("mock cluster: " + second.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private MockResponse handle(RecordedRequest request) {
        String path = request.getPath();
        if (("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            requests.add(new Request(request.getMethod(), path));
        }
        for (Refusal refusal : refusals) {
            if (refusal.path().test(path)) {
                return status(refusal.status(), refusal.status() == 403 ? "Forbidden" : "Refused");
            }
        }
        if (path.equals("/version")) {
            return new MockResponse().setResponseCode(200).setBody("{\"major\":\"1\",\"minor\":\"31\",\"gitVersion\":\"v1.31.0\"}");
        }
        if (path.contains("watch=true")) {
            MockResponse response = crud.dispatch(request);
            WebSocketListener inner = response.getWebSocketListener();
            return inner == null ? response : response.withWebSocketUpgrade(new RememberedWatch(inner));
        }
        if (request.method() == HttpMethod.GET && path.contains("limit=")) {
            return pages.page(request);
        }
        return crud.dispatch(request);
    }

    private static MockResponse status(int code, String reason) {
        return new MockResponse().setResponseCode(code).setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},"
                + "\"status\":\"Failure\",\"message\":\"refused by the test\",\"reason\":\"" + reason + "\",\"code\":" + code + "}");
    }

    static RecordedRequest request(HttpMethod method, String path, String body) {
        Buffer buffer = new Buffer();
        if (body != null) {
            buffer.writeUtf8(body);
        }
        return new RecordedRequest("HTTP/1.1", method, path, Headers.builder().build(), buffer);
    }

    /** The collection path of an object: {@code /api/v1/namespaces/shop/pods}. */
    private static String collection(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String root = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
        String namespace = object.getMetadata().getNamespace();
        String plural = object instanceof io.fabric8.kubernetes.api.model.GenericKubernetesResource
                ? object.getKind().toLowerCase(java.util.Locale.ROOT).replaceAll("([^aeiou])y$", "$1ie") + "s"
                : HasMetadata.getPlural(object.getClass());
        return root + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + plural;
    }

    /** A watch whose socket the test can end. */
    private final class RememberedWatch extends WebSocketListener {
        private final WebSocketListener inner;
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile WebSocket socket;

        RememberedWatch(WebSocketListener inner) {
            this.inner = inner;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket = webSocket;
            watches.add(this);
            inner.onOpen(webSocket, response);
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            inner.onMessage(socket, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            watches.remove(this);
            inner.onClosing(webSocket, code, reason);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            watches.remove(this);
            inner.onClosed(webSocket, code, reason);
            closed.countDown();
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            watches.remove(this);
            inner.onFailure(webSocket, t, response);
            closed.countDown();
        }
    }
}
