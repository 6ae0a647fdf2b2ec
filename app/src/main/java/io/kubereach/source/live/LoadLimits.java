package io.kubereach.source.live;

import java.time.Duration;

/**
 * How much a cluster read may take, so that a broken or hostile API server (or credential plugin)
 * can neither hang KubeReach nor exhaust its memory. Each limit is far beyond what a real cluster
 * needs; passing one is an error that names it.
 *
 * @param deadline how long a whole load (every kind, every page) may take
 * @param maxResponseBytes the most bytes one answer may have (a page of 500 objects is a few MB)
 * @param maxPages the most pages one list may have (500 objects each)
 * @param pluginTimeout how long an exec credential plugin may take to give a credential
 */
public record LoadLimits(Duration deadline, long maxResponseBytes, int maxPages, Duration pluginTimeout) {

    /**
     * The limits every load has: 5 minutes (a 50,000-pod cluster reads in well under one), 128 MiB
     * per answer but never more than a quarter of the heap (an answer is held whole before it is
     * parsed), 2,000 pages (a million objects of one kind), 8 s for a credential plugin (the same
     * patience as for the server's first answer, so bad credentials fail within 10 s).
     */
    public static final LoadLimits DEFAULT = new LoadLimits(Duration.ofMinutes(5),
            Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 4), 2_000, Duration.ofSeconds(8));
}
