package io.kubereach.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the top-level boxes (groups, Services, Ingresses, the outside, address blocks) with
 * ELK's layered algorithm, left to right along the lines between them, so traffic flows from
 * the outside on the left into the cluster. Keeps the model order where it can, so the same
 * input gives the same picture.
 */
final class TopLevelPlacement {

    static {
        // registers ELK's option types (ElkReflect) and the layered algorithm's options once
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private TopLevelPlacement() {
    }

    /** Sets the position of every shape; {@code edges} are pairs of shape ids. Returns the total width and height. */
    static double[] place(List<DraftBox> shapes, List<String[]> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 40.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.ASPECT_RATIO, 1.6);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(20));
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (DraftBox s : shapes) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(s.id);
            n.setDimensions(s.width, s.height);
            nodes.put(s.id, n);
        }
        for (String[] e : edges) {
            ElkNode a = nodes.get(e[0]);
            ElkNode b = nodes.get(e[1]);
            if (a != null && b != null && a != b) {
                ElkGraphUtil.createSimpleEdge(a, b);
            }
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        for (DraftBox s : shapes) {
            ElkNode n = nodes.get(s.id);
            s.x = n.getX();
            s.y = n.getY();
        }
        return new double[] {root.getWidth(), root.getHeight()};
    }
}
