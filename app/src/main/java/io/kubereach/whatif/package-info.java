/**
 * What if: policies edited on top of a cluster read from any source, as an overlay applied to
 * each snapshot ({@link io.kubereach.whatif.PolicyEdits}), judged again only where an edit can
 * change a verdict ({@link io.kubereach.whatif.WhatIfJudgement}), proposals that admit one blocked
 * line, and the edited policies saved as manifests. Every policy kind the engine reads is one
 * {@link io.kubereach.whatif.PolicyKind} entry; nothing here is written to a cluster.
 */
package io.kubereach.whatif;
