package io.kubereach.source;

import io.kubereach.model.GapReason;
import io.kubereach.model.SourceGap;
import io.kubereach.text.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a manifest source does with a piece or an object it cannot read: a strict source fails
 * with it; a tolerant one skips it with a warning that names it, says why and hints at what it
 * may be, and records a {@link SourceGap} when what was lost may be a policy, so that the verdicts
 * it could change stay unknown rather than allowed; the gap's reason is the file, which the
 * warning explains.
 */
public final class SkippedInput {

    /** The keys of the warnings that say something was skipped (see {@link #count}). */
    private static final List<String> KEYS = List.of("sourceWarning.skipped", "sourceWarning.skippedHint");
    /** The kind a gap names for lost NetworkPolicies. */
    private static final String POLICY_KIND = "NetworkPolicy";
    /** The cluster-wide policy kinds, whose loss leaves every namespace unknown. */
    private static final Set<String> CLUSTER_POLICY_KINDS = Set.of("AdminNetworkPolicy", "BaselineAdminNetworkPolicy", "ClusterNetworkPolicy");
    private static final Pattern MENTIONS_POLICY = Pattern.compile(
            "(?m)^\\s*[\"']?kind[\"']?\\s*:\\s*[\"']?(NetworkPolicy|AdminNetworkPolicy|BaselineAdminNetworkPolicy|ClusterNetworkPolicy)\\b");
    private static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final boolean strict;
    private final ClusterConverter converter;

    SkippedInput(boolean strict, ClusterConverter converter) {
        this.strict = strict;
        this.converter = converter;
    }

    /** How many of these warnings say that a piece or an object was skipped. */
    public static int count(List<Message> warnings) {
        return (int) warnings.stream().filter(w -> w instanceof Message.Keyed k && KEYS.contains(k.key())).count();
    }

    /**
     * A piece that could not be read at all: fails when strict, else skipped (a cluster-wide gap for
     * each policy kind it mentions; for a kustomization that could not be built, any of its files does).
     */
    void piece(ParsedPiece piece) throws ManifestException {
        Optional<String> files = piece.piece() instanceof ManifestWalk.LeftOut left && left.unbuilt() ? Optional.of(filesOf(left.folder()))
                : piece.text();
        lost(piece.failure().orElseThrow(), piece.text(), files, piece.label());
    }

    /** The text of the YAML and JSON files below a folder, for the policy kinds they mention; what cannot be read is passed over. */
    private static String filesOf(Path folder) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)")).sorted().toList()) {
                try {
                    text.append(Files.readString(file)).append('\n');
                } catch (IOException | UncheckedIOException e) {
                    // a file that cannot be read mentions nothing
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be walked mentions nothing
        }
        return text.toString();
    }

    /** A document that could not be parsed while the rest of its piece could: as a piece of its own. */
    void document(ParsedPiece piece, ManifestFile.BrokenDocument document) throws ManifestException {
        lost(document.failure(), Optional.of(document.text()), Optional.of(document.text()), piece.label());
    }

    /** Skips what {@code text} held (its hint read from it), with a gap for each policy kind {@code policies} mentions. */
    private void lost(ManifestException failure, Optional<String> text, Optional<String> policies, String label) throws ManifestException {
        if (strict) {
            throw failure;
        }
        Optional<Message> hint = text.filter(ParsedPiece::looksLikeTemplate).map(t -> Message.of("sourceHint.helmTemplate"));
        converter.warning(skipped(failure.reason(), hint));
        Set<String> lost = new TreeSet<>();
        policies.ifPresent(t -> MENTIONS_POLICY.matcher(t).results().forEach(m -> lost.add(m.group(1))));
        lost.forEach(kind -> converter.gap(new SourceGap(kind, "", GapReason.unreadable(label))));
    }

    /**
     * An object that could not be read: fails when strict, else skipped; a lost NetworkPolicy
     * leaves its namespace unknown, a lost cluster-wide policy the whole cluster.
     */
    void object(ParsedPiece piece, ParsedPiece.Item item, ManifestException failure) throws ManifestException {
        if (strict) {
            throw failure;
        }
        Optional<Message> hint = isKustomizePatch(piece, item.raw()) ? Optional.of(Message.of("sourceHint.kustomizePatch")) : Optional.empty();
        converter.warning(skipped(failure.reason(), hint));
        String kind = item.raw().kind();
        if (kind.equals(POLICY_KIND) && ManifestKinds.readAs(item.raw()).isPresent()) {
            String namespace = item.raw().metadata("namespace");
            converter.gap(new SourceGap(POLICY_KIND, namespace.isBlank() ? io.kubereach.model.Namespace.DEFAULT : namespace,
                    GapReason.unreadable(piece.label())));
        } else if (CLUSTER_POLICY_KINDS.contains(kind) && ManifestKinds.readAs(item.raw()).isPresent()) {
            converter.gap(new SourceGap(kind, "", GapReason.unreadable(piece.label())));
        }
    }

    private static Message skipped(Message reason, Optional<Message> hint) {
        return hint.map(h -> Message.of("sourceWarning.skippedHint", reason, h)).orElse(Message.of("sourceWarning.skipped", reason));
    }

    /** Whether an object looks like a kustomize patch: it says {@code $patch}, or its file lies in a kustomization. */
    private static boolean isKustomizePatch(ParsedPiece piece, ManifestFile.RawObject raw) {
        if (saysPatch(raw.fields())) {
            return true;
        }
        if (!(piece.piece() instanceof ManifestWalk.ManifestFilePiece file)) {
            return false;
        }
        for (Path folder = file.file().toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            Path here = folder;
            if (KUSTOMIZATION_FILES.stream().anyMatch(name -> Files.isRegularFile(here.resolve(name)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysPatch(Object data) {
        if (data instanceof Map<?, ?> map) {
            return map.containsKey("$patch") || map.values().stream().anyMatch(SkippedInput::saysPatch);
        }
        return data instanceof List<?> list && list.stream().anyMatch(SkippedInput::saysPatch);
    }
}
