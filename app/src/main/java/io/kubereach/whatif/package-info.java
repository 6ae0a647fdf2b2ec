/**
 * What if: policies edited on top of a cluster read from any source, as an overlay applied to
 * each snapshot ({@link io.kubereach.whatif.PolicyEdits}), judged again only where an edit can
 * change a verdict ({@link io.kubereach.whatif.WhatIfJudgement}), and the edited policies saved as
 * manifests ({@link io.kubereach.whatif.PolicyFiles}). Every policy kind the engine reads is one
 * {@link io.kubereach.whatif.PolicyKind} entry in {@link io.kubereach.whatif.PolicyKinds}; nothing
 * here is written to a cluster.
 *
 * <p>Place in the data flow: sources → ClusterSnapshot → <b>edited snapshot</b> → engine →
 * NetworkGraph → views. Depends on graph-model and {@code source} (texts are read through the
 * sources' converter); used by {@code ui.model}; no JavaFX.
 */
package io.kubereach.whatif;
