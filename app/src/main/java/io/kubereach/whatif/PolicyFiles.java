package io.kubereach.whatif;

import io.kubereach.diff.ChangeKind;
import io.kubereach.graph.TrafficChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves a what-if's policies as manifests, one file per policy added or edited, ready for
 * {@code kubectl apply -f}, and a patch summary ({@value #SUMMARY}) that lists every edit, the
 * {@code kubectl delete} of every policy deleted, and the lines the edits change. Nothing is
 * written to a cluster, and each file is written whole or not at all
 * ({@link io.kubereach.files.AtomicFile}). The summary is in English, like the command line's output, since it is
 * meant for review and scripts.
 */
public final class PolicyFiles {

    /** The patch summary's file name. */
    public static final String SUMMARY = "what-if-summary.md";

    private PolicyFiles() {
    }

    /**
     * Writes the files into {@code folder} (created when missing), replacing files of the same names.
     *
     * @param changes the lines the edits change, for the summary; empty when not judged
     * @return the files written, the summary last
     */
    public static List<Path> save(Path folder, PolicyEdits edits, Optional<TrafficChanges> changes) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        StringBuilder summary = new StringBuilder("# What-if patch\n\n");
        for (EditedPolicy edit : edits.policies()) {
            if (edit.deleted()) {
                PolicyKey key = edit.replaces().orElseThrow();
                summary.append("- deleted ").append(key).append(": `kubectl delete ").append(key.kind().toLowerCase(java.util.Locale.ROOT))
                        .append(key.namespace().isEmpty() ? "" : " -n " + key.namespace()).append(' ').append(key.name()).append("`\n");
                continue;
            }
            Path file = folder.resolve(edit.key().fileName());
            String text = edit.text().endsWith("\n") ? edit.text() : edit.text() + "\n";
            write(file, text);
            written.add(file);
            String what = edit.added() ? "added " : "edited ";
            String renamed = edit.replaces().filter(r -> !r.equals(edit.key())).map(r -> " (was " + r + ", delete it)").orElse("");
            summary.append("- ").append(what).append(edit.key()).append(renamed).append(": `kubectl apply -f ")
                    .append(file.getFileName()).append("`\n");
        }
        changes.ifPresent(c -> appendChanges(summary, c));
        Path summaryFile = folder.resolve(SUMMARY);
        write(summaryFile, summary.toString());
        written.add(summaryFile);
        return written;
    }

    /** Writes a file whole or not at all: a failed save never leaves half a manifest behind. */
    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        io.kubereach.files.AtomicFile.write(file, out -> out.write(bytes));
    }

    private static void appendChanges(StringBuilder out, TrafficChanges changes) {
        Map<ChangeKind, Integer> counts = changes.counts();
        out.append("\n## Traffic\n\n").append('+').append(counts.get(ChangeKind.ADDED)).append(" allowed, -")
                .append(counts.get(ChangeKind.REMOVED)).append(" blocked, ").append(counts.get(ChangeKind.CHANGED)).append(" changed\n\n");
        for (TrafficChanges.EdgeChange c : changes.changes()) {
            out.append("- ").append(word(c.kind())).append(": ").append(c.sourceId()).append(" -> ").append(c.targetId()).append('\n');
        }
    }

    private static String word(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "allowed";
            case REMOVED -> "blocked";
            case CHANGED -> "changed";
            case UNCHANGED -> "unchanged";
        };
    }
}
