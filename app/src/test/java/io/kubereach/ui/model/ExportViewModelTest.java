package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.cli.DesktopApp;
import io.kubereach.cli.KubeReachCommand;
import io.kubereach.diagram.DetailLevel;
import io.kubereach.diagram.DiagramStyle;
import io.kubereach.diagram.LineClass;
import io.kubereach.diagram.PictureLevel;
import io.kubereach.diagram.TrafficShown;
import io.kubereach.graph.GraphVertex;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the Export dialog's choices and file (no JavaFX thread)")
class ExportViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();
    private final ExportViewModel export = app.export();

    private void write(ExportViewModel.Format format, Path file) {
        export.formatProperty().set(format);
        export.fileProperty().set(file.toString());
        export.export();
    }

    @Test
    @DisplayName("the choices draw the same picture as `kubereach export` with the same options")
    void sameAsTheCommandLine(@TempDir Path dir) throws Exception {
        export.open(DetailLevel.POD);
        write(ExportViewModel.Format.SVG, dir.resolve("window.svg"));
        assertThat(picture(dir.resolve("window.svg"))).isEqualTo(cli(dir.resolve("cli.svg")));

        export.levelProperty().set(PictureLevel.WORKLOAD);
        export.trafficProperty().set(TrafficShown.BLOCKED);
        write(ExportViewModel.Format.SVG, dir.resolve("blocked.svg"));
        assertThat(picture(dir.resolve("blocked.svg"))).isEqualTo(cli(dir.resolve("cli-blocked.svg"), "--level", "workload", "--verdict", "blocked"));

        app.selection().select(workload("shop", "web"));
        export.open(DetailLevel.POD);
        assertThat(export.selectionNameProperty().get()).isEqualTo("shop/web");
        assertThat(export.trafficProperty().get()).as("kept from the last opening").isEqualTo(TrafficShown.BLOCKED);
        export.focusOnSelectionProperty().set(true);
        export.exposureProperty().set(true);
        write(ExportViewModel.Format.SVG, dir.resolve("focus.svg"));
        assertThat(picture(dir.resolve("focus.svg")))
                .isEqualTo(cli(dir.resolve("cli-focus.svg"), "--focus", "shop/web", "--level", "pod", "--verdict", "blocked", "--exposure"))
                .isNotEqualTo(picture(dir.resolve("window.svg")));
        assertThat(export.problemProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("opens at the level shown, the file named after the source in the home folder, then in the folder of the last export")
    void prefilled(@TempDir Path dir) {
        export.open(DetailLevel.WORKLOAD);
        assertThat(export.levelProperty().get()).isEqualTo(PictureLevel.WORKLOAD);
        assertThat(Path.of(export.fileProperty().get())).isEqualTo(Path.of(System.getProperty("user.home"), "kubereach-demo.png"));
        export.formatProperty().set(ExportViewModel.Format.SVG);
        assertThat(export.fileProperty().get()).endsWith("kubereach-demo.svg");
        assertThat(export.selectionNameProperty().get()).as("nothing selected: no focus offered").isEmpty();
        app.selection().select("ns:default");
        export.open(DetailLevel.WORKLOAD);
        assertThat(export.selectionNameProperty().get()).as("a namespace is no --focus: none offered").isEmpty();

        write(ExportViewModel.Format.PNG, dir.resolve("first.png"));
        assertThat(export.writtenProperty().get()).isEqualTo(dir.resolve("first.png"));
        export.open(DetailLevel.NAMESPACE);
        assertThat(Path.of(export.fileProperty().get())).isEqualTo(dir.resolve("kubereach-demo.png"));
        assertThat(export.levelProperty().get()).isEqualTo(PictureLevel.NAMESPACE);
    }

    @Test
    @DisplayName("the level shown is read from the boxes open: none, the groups only, or some workload")
    void levelShown() {
        io.kubereach.diagram.DiagramLayout layout = app.workspace().layoutProperty().get();
        for (DetailLevel level : DetailLevel.values()) {
            assertThat(DetailLevel.shownBy(layout.boxes(), level)).isEqualTo(level);
        }
    }

    @Test
    @DisplayName("names files after the source: the folder, file or context read, in a form every file system takes")
    void baseNames() {
        assertThat(ExportViewModel.baseName(new io.kubereach.ui.source.ClusterSource.Snapshot(Path.of("/x/prod.snapshot.json"))))
                .isEqualTo("kubereach-prod.snapshot");
        assertThat(ExportViewModel.baseName(new io.kubereach.ui.source.ClusterSource.Kubeconfig(Optional.empty(), "arn:aws:eks/prod")))
                .isEqualTo("kubereach-arn-aws-eks-prod");
        assertThat(ExportViewModel.withExtension("/a/b.PNG", ExportViewModel.Format.SVG)).isEqualTo("/a/b.svg");
        assertThat(ExportViewModel.withExtension("/a/b", ExportViewModel.Format.SVG)).isEqualTo("/a/b");
    }

    @Test
    @DisplayName("the format follows the extension typed, and the extension follows the format chosen")
    void formatFollowsTheFile() {
        export.open(DetailLevel.POD);
        export.formatProperty().set(ExportViewModel.Format.PNG_2X);
        export.fileProperty().set("/tmp/a.SVG");
        assertThat(export.formatProperty().get()).isEqualTo(ExportViewModel.Format.SVG);
        export.fileProperty().set("/tmp/a.png");
        assertThat(export.formatProperty().get()).isEqualTo(ExportViewModel.Format.PNG);
        export.formatProperty().set(ExportViewModel.Format.PNG_2X);
        export.fileProperty().set("/tmp/b.png");
        assertThat(export.formatProperty().get()).as("a PNG name keeps the PNG scale chosen").isEqualTo(ExportViewModel.Format.PNG_2X);
        export.formatProperty().set(ExportViewModel.Format.SVG);
        assertThat(export.fileProperty().get()).isEqualTo("/tmp/b.svg");
    }

    @Test
    @DisplayName("writes PNG at 1× and 2× and SVG, in light colours unless dark ones are asked for, whatever the theme")
    void formatsAndColours(@TempDir Path dir) throws Exception {
        app.themeProperty().set(io.kubereach.ui.prefs.Theme.PRIMER_DARK);
        export.open(DetailLevel.POD);
        write(ExportViewModel.Format.PNG, dir.resolve("a.png"));
        write(ExportViewModel.Format.PNG_2X, dir.resolve("b.png"));
        export.darkColoursProperty().set(true);
        write(ExportViewModel.Format.PNG, dir.resolve("dark.png"));
        BufferedImage one = ImageIO.read(dir.resolve("a.png").toFile());
        BufferedImage two = ImageIO.read(dir.resolve("b.png").toFile());
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(one.getRGB(3, 3) & 0xFFFFFF).isEqualTo(DiagramStyle.LIGHT.background());
        assertThat(ImageIO.read(dir.resolve("dark.png").toFile()).getRGB(3, 3) & 0xFFFFFF).isEqualTo(DiagramStyle.DARK.background());
    }

    @Test
    @DisplayName("refuses a picture larger than 16,384 px a side, with the hint, and writes nothing")
    void tooLarge(@TempDir Path dir) throws Exception {
        Path big = Files.createDirectory(dir.resolve("big"));
        assertThat(cliRun("generate", "--shape", "medium", "-o", big.toString()).exitCode).isZero();
        AppViewModel medium = Workspaces.opened(big);
        ExportViewModel large = medium.export();
        large.open(DetailLevel.POD);
        large.formatProperty().set(ExportViewModel.Format.PNG_2X);
        large.fileProperty().set(dir.resolve("huge.png").toString());
        assertThat(large.sizeProperty().get()).as("known as soon as chosen, before Export").get().satisfies(size -> {
            assertThat(size.level()).isEqualTo(DetailLevel.POD);
            assertThat(size.fits()).isFalse();
        });
        assertThat(large.tooLargeProperty().get()).isTrue();
        large.export();
        assertThat(large.runningProperty().get()).isFalse();
        assertThat(large.problemProperty().get()).get().isInstanceOfSatisfying(ExportProblem.TooLarge.class, p -> {
            assertThat(p.level()).isEqualTo(DetailLevel.POD);
            assertThat(Math.max(p.width(), p.height())).isGreaterThan(16_384);
        });
        assertThat(dir.resolve("huge.png")).doesNotExist();
        large.levelProperty().set(PictureLevel.AUTO);
        assertThat(large.sizeProperty().get()).get().satisfies(size -> {
            assertThat(size.level()).as("the deepest that fits").isNotEqualTo(DetailLevel.POD);
            assertThat(size.fits()).isTrue();
        });
        assertThat(large.tooLargeProperty().get()).isFalse();
        large.export();
        assertThat(large.problemProperty().get()).isEmpty();
        assertThat(dir.resolve("huge.png")).exists();
    }

    @Test
    @DisplayName("the picture's level and size follow the choices as they are made: twice as wide at 2×, in units for SVG")
    void sizeFollowsTheChoices() {
        assertThat(export.sizeProperty().get()).as("nothing worked out while the dialog is closed").isEmpty();
        export.open(DetailLevel.POD);
        PictureSize one = export.sizeProperty().get().orElseThrow();
        assertThat(one.level()).isEqualTo(DetailLevel.POD);
        assertThat(one.pixels()).isTrue();
        assertThat(one.fits()).isTrue();
        export.formatProperty().set(ExportViewModel.Format.PNG_2X);
        PictureSize two = export.sizeProperty().get().orElseThrow();
        assertThat(two.width()).isBetween(2 * one.width() - 2, 2 * one.width() + 2);
        export.formatProperty().set(ExportViewModel.Format.SVG);
        assertThat(export.sizeProperty().get()).get().satisfies(svg -> assertThat(svg.pixels()).isFalse());
        export.levelProperty().set(PictureLevel.NAMESPACE);
        assertThat(export.sizeProperty().get()).get().satisfies(ns -> {
            assertThat(ns.level()).isEqualTo(DetailLevel.NAMESPACE);
            assertThat(ns.width() * ns.height()).isLessThan(one.width() * one.height());
        });
    }

    @Test
    @DisplayName("during a what-if, a picture laid out afresh for only the blocked lines or only the selection keeps the what-if's marks")
    void whatIfMarksKept(@TempDir Path dir) throws Exception {
        app.whatIf().add(io.kubereach.whatif.PolicyTemplate.DEFAULT_DENY, "shop");
        assertThat(app.whatIf().changes()).isNotEmpty();
        export.open(DetailLevel.POD);
        write(ExportViewModel.Format.SVG, dir.resolve("shown.svg"));
        assertThat(Files.readString(dir.resolve("shown.svg"))).as("the picture shown").contains("What if: became blocked");

        export.trafficProperty().set(TrafficShown.BLOCKED);
        write(ExportViewModel.Format.SVG, dir.resolve("blocked.svg"));
        String blocked = Files.readString(dir.resolve("blocked.svg"));
        assertThat(blocked).as("laid out afresh").contains("What if: became blocked");
        assertThat(occurrences(blocked, rgb(LineClass.BECAME_BLOCKED))).as("the lines marked, not only the legend").isGreaterThan(1);

        export.trafficProperty().set(TrafficShown.ALL);
        app.selection().select(workload("shop", "web"));
        export.open(DetailLevel.POD);
        export.focusOnSelectionProperty().set(true);
        write(ExportViewModel.Format.SVG, dir.resolve("focus.svg"));
        String focus = Files.readString(dir.resolve("focus.svg"));
        assertThat(focus).contains("What if: became blocked");
        assertThat(occurrences(focus, rgb(LineClass.BECAME_BLOCKED))).isGreaterThan(1);
        assertThat(focus).isNotEqualTo(Files.readString(dir.resolve("shown.svg")));
        assertThat(export.problemProperty().get()).isEmpty();
    }

    private static String rgb(LineClass line) {
        int c = DiagramStyle.LIGHT.classColor(line);
        return "rgb(" + (c >> 16 & 0xFF) + "," + (c >> 8 & 0xFF) + "," + (c & 0xFF) + ")";
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("a folder that does not exist, a file that is a folder, or an empty name is one problem naming it, and nothing runs")
    void unwritable(@TempDir Path dir) {
        export.open(DetailLevel.POD);
        write(ExportViewModel.Format.PNG, dir.resolve("missing-folder").resolve("x.png"));
        assertThat(export.problemProperty().get()).contains(new ExportProblem.NoFolder(dir.resolve("missing-folder")));
        write(ExportViewModel.Format.PNG, dir);
        assertThat(export.problemProperty().get()).contains(new ExportProblem.NoFile());
        export.fileProperty().set("  ");
        export.export();
        assertThat(export.problemProperty().get()).contains(new ExportProblem.NoFile());
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(export.writtenProperty().get()).isNull();
    }

    private String workload(String namespace, String name) {
        return app.workspace().analysisProperty().get().graph().vertices(GraphVertex.WorkloadVertex.class).stream()
                .filter(w -> w.ref().namespace().equals(namespace) && w.ref().name().equals(name))
                .map(GraphVertex::id).findFirst().orElseThrow();
    }

    /** The SVG's drawing, the minute in its title left out (two exports a minute apart draw the same picture). */
    private static String picture(Path svg) throws Exception {
        return Files.readString(svg).replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} [^<]*", "TIME");
    }

    private static String cli(Path file, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--demo", "--lang", "en", "-o", file.toString()));
        args.addAll(List.of(options));
        CliRun run = cliRun(args.toArray(String[]::new));
        assertThat(run.exitCode).as(run.err).isZero();
        return picture(file);
    }

    private record CliRun(int exitCode, String err) {
    }

    private static CliRun cliRun(String... args) {
        StringWriter err = new StringWriter();
        int code = KubeReachCommand.run(DesktopApp.NONE, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return new CliRun(code, err.toString());
    }
}
