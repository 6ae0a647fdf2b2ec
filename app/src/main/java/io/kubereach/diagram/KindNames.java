package io.kubereach.diagram;

import io.kubereach.graph.ServiceKind;
import io.kubereach.graph.TrafficVerdict;

/** The words for the kinds of boxes, lines, Services and verdicts, each key written out so the bundle test sees it. */
public final class KindNames {

    private final DiagramText text;

    public KindNames(DiagramText text) {
        this.text = text;
    }

    /** The name of a box kind. */
    public String of(BoxKind kind) {
        return text.get(switch (kind) {
            case NODE -> "kind.NODE";
            case NAMESPACE -> "kind.NAMESPACE";
            case WORKLOAD -> "kind.WORKLOAD";
            case POD -> "kind.POD";
            case PAUSE -> "kind.PAUSE";
            case CONTAINER -> "kind.CONTAINER";
            case SERVICE -> "kind.SERVICE";
            case INGRESS -> "kind.INGRESS";
            case OUTSIDE -> "kind.OUTSIDE";
            case ADDRESS_BLOCK -> "kind.ADDRESS_BLOCK";
        });
    }

    /** The name of a line kind. */
    public String of(LineKind kind) {
        return text.get(switch (kind) {
            case TRAFFIC -> "line.TRAFFIC";
            case BACKS -> "line.BACKS";
            case ROUTES -> "line.ROUTES";
            case LOOPBACK -> "line.LOOPBACK";
        });
    }

    /** The name of a Service kind. */
    public String of(ServiceKind kind) {
        return text.get(switch (kind) {
            case CLUSTER_IP -> "service.CLUSTER_IP";
            case NODE_PORT -> "service.NODE_PORT";
            case LOAD_BALANCER -> "service.LOAD_BALANCER";
            case HEADLESS -> "service.HEADLESS";
            case EXTERNAL_NAME -> "service.EXTERNAL_NAME";
            case SELECTORLESS -> "service.SELECTORLESS";
        });
    }

    /** The word for a class of line: its verdict, or its kind. */
    public String of(LineClass c) {
        return text.get(switch (c) {
            case ALLOWED -> "verdict.ALLOWED";
            case PARTIAL -> "verdict.PARTIAL";
            case BLOCKED -> "verdict.BLOCKED";
            case UNKNOWN -> "verdict.UNKNOWN";
            case BACKS -> "line.BACKS";
            case ROUTES -> "line.ROUTES";
            case LOOPBACK -> "line.LOOPBACK";
            case BECAME_ALLOWED -> "change.BECAME_ALLOWED";
            case BECAME_BLOCKED -> "change.BECAME_BLOCKED";
            case PORTS_CHANGED -> "change.PORTS_CHANGED";
        });
    }

    /** The word for a verdict. */
    public String of(TrafficVerdict verdict) {
        return text.get(switch (verdict) {
            case ALLOWED -> "verdict.ALLOWED";
            case PARTIAL -> "verdict.PARTIAL";
            case BLOCKED -> "verdict.BLOCKED";
        });
    }
}
