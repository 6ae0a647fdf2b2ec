/**
 * Model records written back as Kubernetes YAML: {@link io.kubereach.yaml.YamlText} lays out a
 * manifest tree as {@code kubectl get -o yaml} does and quotes every string a YAML reader would
 * take for something else; {@link io.kubereach.yaml.PolicyYaml} is the one writer of a
 * NetworkPolicy, for generated manifests and for the policy the app shows.
 *
 * <p>Place in the data flow: an output beside the views, and the writer of synthetic input (read
 * back like any manifests). Depends on {@code model}.
 */
package io.kubereach.yaml;
