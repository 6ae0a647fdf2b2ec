package io.kubereach.source.live;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What fabric8's CRUD mock lacks: lists cut into pages with {@code limit} and {@code continue},
 * as a real API server cuts them. The first page takes the whole list from the store and keeps
 * it, sorted by namespace and name; the pages after it come from that copy, as etcd serves a
 * paged list from one revision.
 */
final class ListPages {

    private static final KubernetesSerialization JSON = new KubernetesSerialization();

    private final Function<String, MockResponse> wholeList;
    private final Map<String, Map<String, Object>> pagedLists = new ConcurrentHashMap<>();

    /** Pages of the lists that {@code wholeList} answers for a path without query. */
    ListPages(Function<String, MockResponse> wholeList) {
        this.wholeList = wholeList;
    }

    /** One page of a list, as a real API server cuts it. */
    @SuppressWarnings("unchecked")
    MockResponse page(RecordedRequest request) {
        String path = request.getPath();
        String base = path.substring(0, path.indexOf('?'));
        Map<String, String> query = new HashMap<>();
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, Object> list;
        List<Map<String, Object>> items;
        if (query.containsKey("continue") && pagedLists.containsKey(base)) {
            // later pages come from the list as it was at the first page, as etcd serves them
            list = new HashMap<>(pagedLists.get(base));
            items = (List<Map<String, Object>>) list.get("items");
        } else {
            MockResponse whole = wholeList.apply(base);
            if (whole.code() != 200) {
                return whole;
            }
            list = JSON.unmarshal(whole.getBody().readUtf8(), Map.class);
            items = new ArrayList<>((List<Map<String, Object>>) list.getOrDefault("items", List.of()));
            items.sort(Comparator.comparing(ListPages::key));
            list.put("items", items);
            pagedLists.put(base, new HashMap<>(list));
        }
        int limit = Integer.parseInt(query.get("limit"));
        int from = query.containsKey("continue")
                ? Integer.parseInt(new String(Base64.getDecoder().decode(query.get("continue")), StandardCharsets.UTF_8)) : 0;
        int to = Math.min(items.size(), from + limit);
        Map<String, Object> metadata = new HashMap<>((Map<String, Object>) list.getOrDefault("metadata", Map.of()));
        if (to < items.size()) {
            metadata.put("continue", Base64.getEncoder().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8)));
            metadata.put("remainingItemCount", items.size() - to);
        }
        list.put("metadata", metadata);
        list.put("items", items.subList(from, to));
        return new MockResponse().setResponseCode(200).setBody(JSON.asJson(list));
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> item) {
        Map<String, Object> meta = (Map<String, Object>) item.getOrDefault("metadata", Map.of());
        return meta.getOrDefault("namespace", "") + "/" + meta.getOrDefault("name", "");
    }
}
