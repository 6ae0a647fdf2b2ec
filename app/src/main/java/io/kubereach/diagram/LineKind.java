package io.kubereach.diagram;

/** What a line of the diagram stands for. */
public enum LineKind {
    /** Who may open connections to whom; coloured by its verdict. */
    TRAFFIC,
    /** A Service to a backend. */
    BACKS,
    /** Traffic entering from outside or through an Ingress. */
    ROUTES,
    /** The pause container's network namespace shared with an app container ({@code lo}). */
    LOOPBACK
}
