package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the boxes of the pictures shown before were, so the next picture of the same cluster
 * can put them in the same places: the top-level boxes at their coordinates, the boxes inside a
 * group at their place relative to it, and the pods of a workload in their order. Boxes that
 * left the picture (a namespace hidden, a filter, a focus) are remembered too, so they come back
 * where they were; a box unseen for {@value #FORGET_AFTER} pictures is forgotten. Pure geometry,
 * immutable: {@link #remember} returns a new memory.
 */
public final class LayoutMemory {

    /** A box not seen in this many pictures is forgotten. */
    static final int FORGET_AFTER = 100;

    private static final LayoutMemory EMPTY = new LayoutMemory(Optional.empty(), 0, Map.of(), Map.of(), List.of());

    /**
     * Where one box was.
     *
     * @param parent the id of the box it was in; empty for a top-level box
     * @param x its left edge, relative to its parent's (absolute for a top-level box)
     * @param y its top edge, relative to its parent's (absolute for a top-level box)
     * @param width its width
     * @param height its height
     * @param picture the number of the last picture it was in
     */
    record Place(String parent, double x, double y, double width, double height, int picture) {
    }

    private final Optional<Grouping> grouping;
    private final int picture;
    private final Map<String, Place> places;
    private final Map<String, List<String>> orders;
    private final List<String> colourOrder;

    private LayoutMemory(Optional<Grouping> grouping, int picture, Map<String, Place> places, Map<String, List<String>> orders,
            List<String> colourOrder) {
        this.grouping = grouping;
        this.picture = picture;
        this.places = places;
        this.orders = orders;
        this.colourOrder = colourOrder;
    }

    /** A memory of nothing: the next layout starts from scratch. */
    public static LayoutMemory empty() {
        return EMPTY;
    }

    /**
     * This memory after one more picture: the places of its boxes replace the remembered ones; the
     * places of boxes not in it are kept for when they come back, unless they are old. A picture
     * of another grouping starts the memory afresh.
     */
    public LayoutMemory remember(DiagramLayout layout, Grouping shownGrouping) {
        boolean same = grouping.filter(shownGrouping::equals).isPresent();
        int next = same ? picture + 1 : 1;
        Map<String, Place> nextPlaces = new HashMap<>();
        Map<String, List<String>> nextOrders = new HashMap<>();
        if (same) {
            places.forEach((id, place) -> {
                if (next - place.picture() < FORGET_AFTER) {
                    nextPlaces.put(id, place);
                }
            });
            orders.forEach((parent, order) -> {
                if (nextPlaces.containsKey(parent)) {
                    nextOrders.put(parent, order);
                }
            });
        }
        for (DiagramBox top : layout.boxes()) {
            nextPlaces.put(top.id(), new Place("", top.x(), top.y(), top.width(), top.height(), next));
            rememberInside(top, next, nextPlaces, nextOrders);
        }
        Set<String> colours = new LinkedHashSet<>(same ? colourOrder : List.of());
        colours.addAll(layout.colourOrder());
        return new LayoutMemory(Optional.of(shownGrouping), next, Map.copyOf(nextPlaces), Map.copyOf(nextOrders), List.copyOf(colours));
    }

    private static void rememberInside(DiagramBox parent, int picture, Map<String, Place> places, Map<String, List<String>> orders) {
        if (parent.kind() == BoxKind.POD) {
            return; // a pod's inside is always drawn the same way
        }
        List<String> shownOrder = new ArrayList<>();
        for (DiagramBox child : parent.children()) {
            places.put(child.id(), new Place(parent.id(), hundredths(child.x() - parent.x()), hundredths(child.y() - parent.y()), child.width(),
                    child.height(), picture));
            shownOrder.add(child.id());
            rememberInside(child, picture, places, orders);
        }
        // the order shown, with the children hidden now kept in their earlier places of the order
        Set<String> merged = new LinkedHashSet<>(orders.getOrDefault(parent.id(), List.of()));
        merged.addAll(shownOrder);
        orders.put(parent.id(), List.copyOf(merged));
    }

    /** Boxes lie on hundredths of a unit; so does a place relative to its parent, so the box lands on the same hundredth again. */
    private static double hundredths(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Whether this memory holds nothing for pictures of a grouping (another grouping starts afresh). */
    public boolean isEmptyFor(Grouping other) {
        return grouping.filter(other::equals).isEmpty() || places.isEmpty();
    }

    /** How many pictures this memory has seen since it was last started afresh. */
    public int pictures() {
        return picture;
    }

    /**
     * The namespaces of a picture in colour order: those remembered keep their colours, new ones
     * come after them. With nothing remembered, the namespaces as they are.
     */
    List<String> colourOrder(List<String> shown) {
        if (colourOrder.isEmpty()) {
            return shown;
        }
        Set<String> out = new LinkedHashSet<>(colourOrder);
        out.addAll(shown);
        return List.copyOf(out);
    }

    /** Where a box was, if it is remembered. */
    Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** Where a box was inside a parent, if it was there. */
    Optional<Place> placeIn(String id, String parent) {
        return place(id).filter(p -> p.parent().equals(parent));
    }

    /** Whether a box was in the last picture remembered. */
    boolean wasInLastPicture(Place place) {
        return place.picture() == picture;
    }

    /** Every remembered place inside a parent ({@code ""}: the top level), shown now or not. */
    List<Place> placesIn(String parent) {
        List<Place> out = new ArrayList<>();
        for (Place p : places.values()) {
            if (p.parent().equals(parent)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The children of a parent in the order remembered for it: those remembered first, in their
     * order, then the others in the order given.
     */
    <T> List<T> inOrder(String parent, List<T> children, java.util.function.Function<T, String> idOf) {
        List<String> order = orders.getOrDefault(parent, List.of());
        if (order.isEmpty()) {
            return children;
        }
        Map<String, T> byId = new LinkedHashMap<>();
        children.forEach(c -> byId.put(idOf.apply(c), c));
        List<T> out = new ArrayList<>(children.size());
        for (String id : order) {
            T c = byId.remove(id);
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(byId.values());
        return out;
    }
}
