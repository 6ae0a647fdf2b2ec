package io.kubereach.model;

/** The {@code spec.type} of a Service. */
public enum ServiceType { CLUSTER_IP, NODE_PORT, LOAD_BALANCER, EXTERNAL_NAME }
