package io.kubereach.source;

import io.kubereach.text.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the inputs of a {@link ManifestSource} hold, as the pieces to read: files of YAML or JSON
 * (folders searched recursively, in path order, hidden folders such as {@code .git} left out),
 * texts, and kustomization folders to build.
 *
 * <p>A folder with a {@code kustomization.yaml} is a kustomization: it is built by the
 * {@link KustomizeRenderer}, never read file by file, since its files are bases, patches and
 * components that only the build puts together. A kustomize component and a Helm chart
 * ({@code Chart.yaml}) are templates, not a cluster: met inside a folder they are skipped with a
 * warning saying how to render them; named on their own they are an error.
 */
final class ManifestWalk {

    /** The names kustomize looks for, in its order. */
    private static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final List<String> CHART_FILES = List.of("Chart.yaml", "Chart.yml");
    private static final Pattern COMPONENT = Pattern.compile("(?m)^kind:\\s*[\"']?Component[\"']?\\s*$");

    /** One piece to read. */
    sealed interface Piece {
        /** What names it in messages. */
        String label();
    }

    /**
     * A manifest file.
     *
     * @param file the file
     */
    record ManifestFilePiece(Path file) implements Piece {
        @Override
        public String label() {
            return file.toString();
        }
    }

    /**
     * A text given as it is.
     *
     * @param label its name
     * @param text its manifests
     */
    record TextPiece(String label, String text) implements Piece {
    }

    /**
     * A kustomization folder, to be built.
     *
     * @param folder the folder
     * @param renderer what builds it
     */
    record Kustomization(Path folder, KustomizeRenderer renderer) implements Piece {
        @Override
        public String label() {
            return folder + " (" + renderer.name() + ")";
        }
    }

    /**
     * A folder left out, and why.
     *
     * @param folder the folder
     * @param why the warning that says so
     * @param unbuilt whether what it holds is lost to the answers: a kustomization no renderer could build (a
     *        component is read through the kustomization that enables it; a chart is the user's to render)
     */
    record LeftOut(Path folder, Message why, boolean unbuilt) implements Piece {
        @Override
        public String label() {
            return folder.toString();
        }
    }

    private final Optional<KustomizeRenderer> renderer;

    ManifestWalk(Optional<KustomizeRenderer> renderer) {
        this.renderer = renderer;
    }

    /** The pieces of the inputs, each input's in path order; fails on a missing path or a template named on its own. */
    List<Piece> pieces(List<ManifestInput> inputs) throws ManifestException {
        List<Piece> out = new ArrayList<>();
        for (ManifestInput input : inputs) {
            if (input instanceof ManifestInput.Text t) {
                out.add(new TextPiece(t.label(), t.text()));
                continue;
            }
            Path path = ((ManifestInput.Location) input).path();
            if (!Files.exists(path)) {
                throw new ManifestException(Message.of("sourceError.noSuchPath", path.toString()));
            }
            if (Files.isDirectory(path)) {
                out.addAll(named(path));
            } else if (isOneOf(path, KUSTOMIZATION_FILES) || isOneOf(path, CHART_FILES)) {
                out.addAll(named(parentOf(path)));
            } else if (!Files.isRegularFile(path)) {
                // a FIFO, socket or device may never end (or never start): reading it would hang
                throw new ManifestException(Message.of("sourceError.notAFile", path.toString()));
            } else {
                out.add(new ManifestFilePiece(path)); // a file named explicitly is read whatever its extension
            }
        }
        return out;
    }

    /** A folder named on its own: a kustomization or chart in it is an error when it cannot be built. */
    private List<Piece> named(Path folder) throws ManifestException {
        Optional<Piece> special = special(folder);
        if (special.isPresent() && special.get() instanceof LeftOut left) {
            throw new ManifestException(left.why());
        }
        if (special.isPresent()) {
            return List.of(special.get());
        }
        List<Piece> out = new ArrayList<>();
        try {
            walk(folder, out);
        } catch (IOException | UncheckedIOException e) {
            throw new ManifestException(Message.of("sourceError.unlistable", folder.toString(), String.valueOf(e.getMessage())), e);
        }
        out.sort(Comparator.comparing(p -> p instanceof ManifestFilePiece f ? f.file().toString() : p.label()));
        return out;
    }

    private void walk(Path folder, List<Piece> out) throws IOException, ManifestException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                if (entry.getFileName().toString().startsWith(".")) {
                    continue; // .git, .github: never a cluster's manifests
                }
                Optional<Piece> special = special(entry);
                if (special.isPresent()) {
                    out.add(special.get());
                } else {
                    walk(entry, out);
                }
            } else if (Files.isRegularFile(entry) && isManifest(entry)) {
                out.add(new ManifestFilePiece(entry));
            }
        }
    }

    /** A kustomization (to build, or left out when it cannot be), or a Helm chart (left out); empty for a plain folder. */
    private Optional<Piece> special(Path folder) throws ManifestException {
        Optional<Path> kustomization = KUSTOMIZATION_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
        if (kustomization.isPresent()) {
            if (isComponent(kustomization.get())) {
                return Optional.of(new LeftOut(folder, Message.of("sourceError.kustomizeComponent", folder.toString()), false));
            }
            return Optional.of(renderer.<Piece>map(r -> new Kustomization(folder, r))
                    .orElseGet(() -> new LeftOut(folder, Message.of("sourceError.noKustomize", folder.toString()), true)));
        }
        if (CHART_FILES.stream().map(folder::resolve).anyMatch(Files::isRegularFile)) {
            return Optional.of(new LeftOut(folder, Message.of("sourceError.helmChart", folder.toString()), false));
        }
        return Optional.empty();
    }

    private static boolean isComponent(Path kustomization) throws ManifestException {
        try {
            return COMPONENT.matcher(Files.readString(kustomization)).find();
        } catch (IOException | UncheckedIOException e) {
            throw new ManifestException(Message.of("sourceError.unreadable", kustomization.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return file.getParent() != null ? file.getParent() : parent;
    }

    private static boolean isOneOf(Path file, List<String> names) {
        return file.getFileName() != null && names.contains(file.getFileName().toString());
    }

    static boolean isManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
