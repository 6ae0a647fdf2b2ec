package io.kubereach.diagram;

import io.kubereach.engine.ConnectionSet;
import io.kubereach.graph.GraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The words of a line ({@link LineSet#label}) and where along its way they may be written. */
final class LineWords {

    private LineWords() {
    }

    /**
     * The words of a line: the ports its traffic may use (none for a blocked line or one that allows
     * nothing for sure) and the kinds of policy tier that decided it ("TCP 8443 · NP", "Admin"); the
     * Service's port mappings, a route's hosts, {@code lo}.
     */
    static String of(DrawnLine l, DiagramText text) {
        return switch (l.kind()) {
            case TRAFFIC -> {
                // a blocked line, or one that cannot be judged and allows nothing for sure, has no ports to name
                ConnectionSet allowed = l.allowed().orElseThrow();
                String ports = l.lineClass() == LineClass.BLOCKED || allowed.isEmpty() ? "" : text.connections(allowed);
                String badge = DecidedBadge.of(l, text);
                yield ports.isEmpty() || badge.isEmpty() ? ports + badge : ports + " · " + badge;
            }
            case BACKS -> joined(l, c -> ((GraphEdge.Backs) c.edge()).ports());
            case ROUTES -> joined(l, c -> ((GraphEdge.Routes) c.edge()).label());
            case LOOPBACK -> "lo";
        };
    }

    private static String joined(DrawnLine l, java.util.function.Function<Connection, String> words) {
        TreeSet<String> distinct = new TreeSet<>();
        for (Connection c : l.parts()) {
            String w = words.apply(c);
            if (!w.isEmpty()) {
                distinct.addAll(List.of(w.split(", ")));
            }
        }
        return String.join(", ", distinct);
    }

    /**
     * For each street map (by number), the indices of the lines whose words may be written in it:
     * along one of the last horizontal streets before the door they arrive at.
     */
    static int[][] places(List<DrawnLine> lines, StreetRouter router) {
        List<List<Integer>> byMap = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DrawnLine l = lines.get(i);
            boolean worth = l.kind() == LineKind.ROUTES || l.kind() == LineKind.TRAFFIC && l.lineClass() != LineClass.BLOCKED;
            int steps = l.stepCount();
            if (!worth || steps < 2) {
                continue;
            }
            for (int k = steps - 2, tried = 0; k >= 0 && tried < 4; k--, tried++) {
                long step = l.step(k);
                StreetMap m = router.map(StreetRoute.map(step));
                if (m.horizontal(StreetRoute.edge(step))) {
                    while (byMap.size() <= m.id) {
                        byMap.add(new ArrayList<>());
                    }
                    byMap.get(m.id).add(i);
                    break;
                }
            }
        }
        int[][] out = new int[byMap.size()][];
        for (int m = 0; m < out.length; m++) {
            out[m] = byMap.get(m).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}
