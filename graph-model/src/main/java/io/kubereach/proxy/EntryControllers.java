package io.kubereach.proxy;

import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.Container;
import io.kubereach.model.EntryKind;
import io.kubereach.model.Ingress;
import io.kubereach.model.Pod;
import io.kubereach.model.WorkloadRef;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pods that carry an entry point's traffic to its backends: to NetworkPolicy, a connection
 * that enters through an Ingress, a Route or a Gateway comes from these pods, not from the client.
 *
 * <p>Gateway API implementations label the pods of a Gateway with its name
 * ({@code gateway.networking.k8s.io/gateway-name}: Istio, NGINX Gateway Fabric, kgateway; Envoy
 * Gateway uses {@code gateway.envoyproxy.io/owning-gateway-name} and {@code -namespace}); a route
 * is carried by the pods of the Gateways it attaches to. OpenShift's router pods carry the
 * {@code ingresscontroller.operator.openshift.io/deployment-ingresscontroller} label. Ingress
 * controllers are known by their images (ingress-nginx, NGINX's, Traefik, HAProxy, Kong) and
 * matched to an Ingress by its class; an Ingress without class goes to the one kind of controller
 * the cluster runs.
 *
 * <p>When the source holds no such pods (manifests of an application alone), the controller is
 * judged as netpol-analyzer judges it: {@link #STAND_IN}, a pod without labels in a namespace of
 * its own, and {@link Controller#found()} says so.
 */
public final class EntryControllers {

    /** A controller pod that no selector of the cluster's describes: a pod without labels, in a namespace of its own. */
    public static final Pod STAND_IN = new Pod("ingress-controller-ns", "ingress-controller", Map.of(), List.of(), Optional.empty(),
            new WorkloadRef("ingress-controller-ns", "Pod", "ingress-controller"), false, List.of(), true);

    private static final String GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
    private static final String ENVOY_GATEWAY_NAME = "gateway.envoyproxy.io/owning-gateway-name";
    private static final String ENVOY_GATEWAY_NAMESPACE = "gateway.envoyproxy.io/owning-gateway-namespace";
    private static final String OPENSHIFT_ROUTER = "ingresscontroller.operator.openshift.io/deployment-ingresscontroller";

    /** Ingress controllers by a part of their image, with the class their Ingresses name. */
    private static final Map<String, String> INGRESS_IMAGES = Map.of(
            "ingress-nginx/controller", "nginx",
            "nginx/nginx-ingress", "nginx",
            "traefik", "traefik",
            "haproxy-ingress", "haproxy",
            "haproxytech/kubernetes-ingress", "haproxy",
            "kong/kubernetes-ingress-controller", "kong");

    /**
     * The pods that carry an entry point's traffic.
     *
     * @param pods the controller's pods; {@link #STAND_IN} alone when the source holds none
     * @param found whether they were found in the source
     * @param how how they were found, or why none was, as a message
     */
    public record Controller(List<Pod> pods, boolean found, Message how) {
        public Controller {
            pods = List.copyOf(pods);
        }
    }

    private final ClusterSnapshot snapshot;

    public EntryControllers(ClusterSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The controller of an entry point. */
    public Controller of(Ingress entry) {
        return switch (entry.kind()) {
            case INGRESS -> ingressController(entry);
            case ROUTE -> labelled(snapshot.pods().stream().filter(p -> p.labels().containsKey(OPENSHIFT_ROUTER)).toList(),
                    Message.of("entry.controller.router", OPENSHIFT_ROUTER));
            case GATEWAY -> gateway(entry.namespace(), entry.name());
            default -> routeOfGateways(entry);
        };
    }

    private Controller routeOfGateways(Ingress route) {
        Set<Pod> pods = new LinkedHashSet<>();
        for (String gateway : route.gateways()) {
            int slash = gateway.indexOf('/');
            pods.addAll(gateway(gateway.substring(0, slash), gateway.substring(slash + 1)).pods());
        }
        pods.remove(STAND_IN);
        return labelled(List.copyOf(pods), Message.of("entry.controller.gateways", Message.names(route.gateways())));
    }

    private Controller gateway(String namespace, String name) {
        List<Pod> pods = snapshot.pods().stream().filter(p ->
                (p.namespace().equals(namespace) && name.equals(p.labels().get(GATEWAY_NAME)))
                        || (name.equals(p.labels().get(ENVOY_GATEWAY_NAME)) && namespace.equals(p.labels().get(ENVOY_GATEWAY_NAMESPACE))))
                .toList();
        return labelled(pods, Message.of("entry.controller.gateway", GATEWAY_NAME, name));
    }

    private Controller ingressController(Ingress ingress) {
        List<Pod> pods = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>();
        for (Pod pod : snapshot.pods()) {
            Optional<String> podClass = ingressClass(pod);
            podClass.ifPresent(classes::add);
            if (podClass.isPresent() && (ingress.ingressClass().isEmpty() || podClass.get().equals(ingress.ingressClass()))) {
                pods.add(pod);
            }
        }
        if (ingress.ingressClass().isEmpty() && classes.size() > 1) {
            return notFound(Message.of("entry.controller.severalClasses", Message.names(List.copyOf(classes))));
        }
        return labelled(pods, Message.of("entry.controller.ingress", ingress.ingressClass().isEmpty() ? "-" : ingress.ingressClass()));
    }

    /** The class of the Ingresses a pod serves, when its image is a known ingress controller's. */
    private static Optional<String> ingressClass(Pod pod) {
        for (Container c : pod.containers()) {
            for (Map.Entry<String, String> known : INGRESS_IMAGES.entrySet()) {
                if (c.image().contains(known.getKey())) {
                    return Optional.of(known.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Controller labelled(List<Pod> pods, Message how) {
        return pods.isEmpty() ? notFound(how) : new Controller(pods, true, how);
    }

    private static Controller notFound(Message looked) {
        return new Controller(List.of(STAND_IN), false, Message.of("entry.controller.notFound", looked));
    }
}
