package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubereach.model.GapReason;
import io.kubereach.model.SourceGap;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a cluster kind by kind with get and list requests only: lists in pages of
 * {@link #PAGE} ({@code limit}/{@code continue}), each object reduced to the fields KubeReach
 * reads. A kind the user may not list (403) or the server does not serve (404) does not stop
 * the load: it becomes a {@link SourceGap} and a warning that says what the model lacks. A list
 * across all namespaces that is forbidden is retried namespace by namespace, for users who may
 * read only some. EndpointSlices that cannot be read are replaced by Endpoints.
 */
final class ResourceLister {

    /** The page size of every list, as kubectl's. */
    static final int PAGE = 500;

    /** What a load read. */
    record Loaded(ObjectStore store, List<SourceGap> gaps, List<Message> warnings, Map<Read, String> resourceVersions) {
    }

    /**
     * One read's objects.
     *
     * @param objects the objects, reduced to the fields KubeReach reads
     * @param resourceVersion the version of the list, to watch from
     * @param nameless how many objects came without a name, and were skipped
     */
    record Listing(List<HasMetadata> objects, String resourceVersion, int nameless) {
    }

    private final ClusterConnection connection;
    private final ClusterScope scope;
    private final LoadProgress progress;
    private final CancelToken cancel;

    ResourceLister(ClusterConnection connection, ClusterScope scope, LoadProgress progress, CancelToken cancel) {
        this.connection = connection;
        this.scope = scope;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** The reads of a load, kind by kind in {@link ResourceKind} order (Endpoints only when slices fail). */
    static Map<ResourceKind, List<Read>> plan(ClusterScope scope) {
        Map<ResourceKind, List<Read>> plan = new LinkedHashMap<>();
        for (ResourceKind kind : ResourceKind.values()) {
            List<Read> reads = new ArrayList<>();
            if (kind == ResourceKind.ENDPOINTS || kind.storageForm()) {
                continue; // read only in place of a refused EndpointSlice, an unserved Calico API
            } else if (kind == ResourceKind.CONFIG_MAP) {
                reads.add(Read.one(kind, Optional.of("kube-system"), "kube-proxy"));
            } else if (kind == ResourceKind.NAMESPACE && !scope.isAll()) {
                scope.namespaces().forEach(ns -> reads.add(Read.one(kind, Optional.empty(), ns)));
            } else if (!kind.namespaced() || scope.isAll()) {
                reads.add(Read.all(kind));
            } else {
                scope.namespaces().forEach(ns -> reads.add(Read.in(kind, ns)));
                if (kind == ResourceKind.DAEMON_SET && !scope.covers("kube-system")) {
                    reads.add(Read.in(kind, "kube-system")); // the CNI and kube-proxy run there
                }
            }
            plan.put(kind, reads);
        }
        return plan;
    }

    /**
     * Reads everything the scope covers, within the connection's deadline: when it passes, the
     * request in flight is aborted (the connection closed) and the load fails saying so.
     */
    Loaded read() throws ClusterAccessException {
        java.time.Duration limit = connection.limits().deadline();
        java.util.concurrent.atomic.AtomicBoolean passed = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.Timer timer = new java.util.Timer("kubereach-load-deadline", true);
        timer.schedule(new java.util.TimerTask() {
            @Override
            public void run() {
                passed.set(true);
                connection.close();
            }
        }, Math.max(1, limit.toMillis()));
        try (CancelToken.Registration abort = cancel.onCancel(connection::close)) { // aborts the request in flight
            return readAll();
        } catch (ClusterAccessException | RuntimeException e) {
            if (passed.get() && !cancel.isCancelled()) {
                throw connection.errors().deadlinePassed(limit, e);
            }
            throw e;
        } finally {
            timer.cancel();
        }
    }

    private Loaded readAll() throws ClusterAccessException {
        Loaded loaded = new Loaded(new ObjectStore(), new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        Map<ResourceKind, List<Read>> plan = plan(scope);
        int step = 0;
        for (Map.Entry<ResourceKind, List<Read>> entry : plan.entrySet()) {
            ResourceKind kind = entry.getKey();
            progress.started(kind, ++step, plan.size());
            List<Message> problems = readKind(kind, entry.getValue(), loaded);
            loaded.warnings().addAll(problems);
            int read = loaded.store().count(kind);
            if (kind == ResourceKind.ENDPOINT_SLICE) {
                read += loaded.store().count(ResourceKind.ENDPOINTS); // read instead where slices were refused
            }
            progress.finished(kind, read, MessageText.english(problems));
        }
        return new Loaded(loaded.store(), List.copyOf(loaded.gaps()), List.copyOf(loaded.warnings()), loaded.resourceVersions());
    }

    /** Makes the reads of one kind, and those that stand in for refused ones; returns the problems. */
    private List<Message> readKind(ResourceKind kind, List<Read> planned, Loaded loaded) throws ClusterAccessException {
        List<Message> problems = new ArrayList<>();
        List<Read> reads = new ArrayList<>(planned);
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            Optional<Integer> refused = attempt(read, loaded);
            if (refused.isEmpty()) {
                continue;
            }
            int status = refused.get();
            Set<String> known = loaded.store().namespaces();
            if (status == 403 && kind.namespaced() && read.namespace().isEmpty() && read.name().isEmpty() && !known.isEmpty()) {
                known.forEach(ns -> reads.add(Read.in(kind, ns))); // the user may read some namespaces
                continue;
            }
            if (kind == ResourceKind.ENDPOINT_SLICE) {
                read = new Read(ResourceKind.ENDPOINTS, read.namespace(), read.name());
                Optional<Integer> alsoRefused = attempt(read, loaded);
                if (alsoRefused.isEmpty()) {
                    continue;
                }
                status = alsoRefused.get();
            }
            if (status == 404 && kind.storageFallback().isPresent()) {
                read = new Read(kind.storageFallback().get(), read.namespace(), read.name());
                Optional<Integer> alsoRefused = attempt(read, loaded);
                if (alsoRefused.isEmpty()) {
                    continue;
                }
                status = alsoRefused.get();
            }
            if (status == 404 && kind == ResourceKind.NAMESPACE) {
                problems.add(Message.of("gap.noNamespace", read.name().orElse("")));
            }
            Optional<SourceGap> gap = refusal(read, status);
            if (gap.isPresent()) {
                loaded.gaps().add(gap.get());
                problems.add(problem(gap.get()));
            }
        }
        return problems;
    }

    /**
     * The gap a refused read leaves; none for an object that does not exist (kube-proxy's
     * ConfigMap is absent where the CNI replaces kube-proxy).
     */
    private static Optional<SourceGap> refusal(Read read, int status) {
        if (status == 404 && (read.name().isPresent() || read.kind().optional())) {
            return Optional.empty(); // e.g. a cluster without the CRDs of the cluster-wide policies: normal and silent
        }
        String namespace = read.kind() == ResourceKind.NAMESPACE ? read.name().orElse("") : read.namespace().orElse("");
        return Optional.of(new SourceGap(read.kind().gapKind(), namespace, GapReason.status(status)));
    }

    /** A gap in words: what could not be read, why, and what the model lacks. */
    static Message problem(SourceGap gap) {
        ResourceKind kind = java.util.Arrays.stream(ResourceKind.values()).filter(k -> k.gapKind().equals(gap.kind())).findFirst()
                .orElseThrow();
        Message what;
        if (kind == ResourceKind.NAMESPACE && !gap.namespace().isEmpty()) {
            what = Message.of("gap.readNamespace", gap.namespace());
        } else if (kind == ResourceKind.CONFIG_MAP) {
            what = Message.of("gap.readKubeProxy");
        } else if (!kind.namespaced()) {
            what = Message.of("gap.list", kind.plural());
        } else {
            what = gap.namespace().isEmpty() ? Message.of("gap.listAnywhere", kind.plural())
                    : Message.of("gap.listIn", kind.plural(), gap.namespace());
        }
        boolean everywhere = kind.namespaced() && gap.namespace().isEmpty() && kind != ResourceKind.CONFIG_MAP;
        return Message.of(everywhere ? "gap.problemEverywhere" : "gap.problem", what, gap.reason().message(), kind.consequence());
    }

    /** Makes one read into the store; the HTTP status when the server refused it with 403 or 404. */
    private Optional<Integer> attempt(Read read, Loaded loaded) throws ClusterAccessException {
        ObjectStore store = loaded.store();
        try {
            if (read.name().isPresent()) {
                HasMetadata object = read.resource(connection.client()).get();
                if (object == null) {
                    return Optional.of(404);
                }
                if (!ObjectKey.isNamed(object)) {
                    loaded.warnings().add(Message.of("gap.nameless", read.phrase(), 1));
                    return Optional.empty();
                }
                store.put(read.kind(), read.kind().keep(object, connection.errors()::clean));
                loaded.resourceVersions().put(read, "");
            } else {
                Listing listing = list(read, store.count(read.kind()));
                listing.objects().forEach(o -> store.put(read.kind(), o));
                if (listing.nameless() > 0) {
                    loaded.warnings().add(Message.of("gap.nameless", read.phrase(), listing.nameless()));
                }
                loaded.resourceVersions().put(read, listing.resourceVersion());
            }
            return Optional.empty();
        } catch (KubernetesClientException e) {
            cancel.check();
            int status = ClusterErrors.status(e);
            if (status == 403 || status == 404) {
                return Optional.of(status);
            }
            throw read.name().isPresent()
                    ? connection.errors().failure(Message.of("clusterError.doing.reading", read.phrase()),
                            Message.of("clusterError.may.read", read.phrase()), e)
                    : connection.errors().failure(Message.of("clusterError.doing.listing", read.phrase()),
                            Message.of("clusterError.may.list", read.phrase()), e);
        } catch (IllegalStateException e) {
            cancel.check(); // a request aborted by closing the client
            throw e;
        } catch (EndlessPaging e) {
            throw connection.errors().endlessPaging(read.phrase(), e.repeated, connection.limits().maxPages());
        }
    }

    /** A list that would never end: its continue token came back, or it has more pages than allowed. */
    static final class EndlessPaging extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean repeated;

        EndlessPaging(boolean repeated) {
            super(repeated ? "the same continue token twice" : "too many pages");
            this.repeated = repeated;
        }
    }

    /**
     * Lists one read page by page; a continue token that expired (410) restarts the list once.
     *
     * @param before how many objects of the kind were read before, for progress
     */
    Listing list(Read read, int before) {
        try {
            return pages(read, before);
        } catch (KubernetesClientException e) {
            if (ClusterErrors.status(e) != 410) {
                throw e;
            }
            return pages(read, before);
        }
    }

    private Listing pages(Read read, int before) {
        List<HasMetadata> objects = new ArrayList<>();
        java.util.Set<String> tokens = new java.util.HashSet<>();
        String token = null;
        String version = null;
        int pages = 0;
        int nameless = 0;
        do {
            cancel.check();
            if (++pages > connection.limits().maxPages()) {
                throw new EndlessPaging(false);
            }
            KubernetesResourceList<HasMetadata> page = read.operation(connection.client())
                    .list(new ListOptionsBuilder().withLimit((long) PAGE).withContinue(token).build());
            if (version == null) {
                version = page.getMetadata() == null ? "" : page.getMetadata().getResourceVersion();
            }
            for (HasMetadata item : page.getItems()) {
                if (ObjectKey.isNamed(item)) {
                    objects.add(read.kind().keep(item, connection.errors()::clean));
                } else {
                    nameless++;
                }
            }
            progress.advanced(read.kind(), before + objects.size());
            token = page.getMetadata() == null ? null : page.getMetadata().getContinue();
            if (token != null && !token.isEmpty() && !tokens.add(token)) {
                throw new EndlessPaging(true);
            }
        } while (token != null && !token.isEmpty());
        return new Listing(objects, version == null ? "" : version, nameless);
    }
}
