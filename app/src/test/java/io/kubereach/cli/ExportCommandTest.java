package io.kubereach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramStyle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("kubereach export")
class ExportCommandTest {

    @Test
    @DisplayName("writes a PNG of the demo that reads back at the size it reports, twice as large at --scale 2")
    void png(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("demo.png");
        Cli.Run run = Cli.run("export", "--demo", "--format", "png", "-o", one.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(one.toFile());
        assertThat(run.out()).startsWith("wrote " + one).contains(image.getWidth() + "×" + image.getHeight() + " px");
        Path two = dir.resolve("demo@2x.png");
        assertThat(Cli.run("export", "--demo", "-o", two.toString(), "--scale", "2").exitCode()).isZero();
        assertThat(ImageIO.read(two.toFile()).getWidth()).isBetween(image.getWidth() * 2 - 1, image.getWidth() * 2);
    }

    @Test
    @DisplayName("writes an SVG when the file name says so, grouped by node, with only the namespaces asked for")
    void svgByNodeAndNamespace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("demo.svg");
        Cli.Run run = Cli.run("export", "--demo", "-o", file.toString(), "--group-by", "node", "--show", "default", "--show", "shop");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String svg = Files.readString(file);
        assertThat(svg).contains(">node-a<", ">redis-0<", ">web-5f7c9b8d4-jx2lp<").doesNotContain(">prometheus-0<");
    }

    @Test
    @DisplayName("paints a white page by default and a dark one with --theme dark")
    void theme(@TempDir Path dir) throws Exception {
        Path light = dir.resolve("light.png");
        Path dark = dir.resolve("dark.png");
        assertThat(Cli.run("export", "--demo", "-o", light.toString()).exitCode()).isZero();
        Cli.Run run = Cli.run("export", "--demo", "-o", dark.toString(), "--theme", "dark");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(light.toFile()).getRGB(2, 2) & 0xFFFFFF).isEqualTo(DiagramStyle.LIGHT.background());
        assertThat(ImageIO.read(dark.toFile()).getRGB(2, 2) & 0xFFFFFF).isEqualTo(DiagramStyle.DARK.background());
    }

    @Test
    @DisplayName("refuses an unknown format, scale, grouping, namespace or theme with one line and exit code 2")
    void badArguments(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        assertError(Cli.run("export", "--demo", "-o", out, "--format", "gif"), "unknown format 'gif'");
        assertError(Cli.run("export", "--demo", "-o", out, "--scale", "3"), "--scale must be 1 or 2");
        assertError(Cli.run("export", "--demo", "-o", out, "--group-by", "zone"), "unknown --group-by 'zone'");
        assertError(Cli.run("export", "--demo", "-o", out, "--show", "nope"), "no namespace 'nope' in demo");
        assertError(Cli.run("export", "--demo", "-o", out, "--theme", "sepia"), "unknown --theme 'sepia'");
        assertThat(Files.exists(dir.resolve("x.png"))).isFalse();
    }

    @Test
    @DisplayName("draws the demo at the level asked for: the namespace level is smaller than the workload level, which is smaller than the pod level")
    void levels(@TempDir Path dir) throws Exception {
        int[] widths = new int[3];
        String[] levels = {"namespace", "workload", "pod"};
        for (int i = 0; i < levels.length; i++) {
            Path file = dir.resolve(levels[i] + ".png");
            Cli.Run run = Cli.run("export", "--demo", "-o", file.toString(), "--level", levels[i]);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains(levels[i] + " level");
            widths[i] = ImageIO.read(file.toFile()).getWidth();
        }
        assertThat(widths[0]).isLessThan(widths[1]);
        assertThat(widths[1]).isLessThan(widths[2]);
        Cli.Run auto = Cli.run("export", "--demo", "-o", dir.resolve("auto.png").toString());
        assertThat(auto.out()).as("the demo fits at pod level, the deepest").contains("pod level");
    }

    @Test
    @DisplayName("with --focus draws one workload and its peers only, and names a workload it does not know in one line")
    void focus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("focus.svg");
        Cli.Run run = Cli.run("export", "--demo", "-o", file.toString(), "--focus", "shop/web");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains(">web-5f7c9b8d4-jx2lp<");
        Cli.Run whole = Cli.run("export", "--demo", "-o", dir.resolve("whole.svg").toString());
        assertThat(count("boxes", run.out())).isLessThan(count("boxes", whole.out()));
        assertError(Cli.run("export", "--demo", "-o", dir.resolve("x.png").toString(), "--focus", "shop/nope"), "no workload or pod 'shop/nope' in demo");
    }

    @Test
    @DisplayName("with --verdict blocked leaves out the lines where everything is allowed")
    void verdict(@TempDir Path dir) {
        Cli.Run all = Cli.run("export", "--demo", "-o", dir.resolve("all.png").toString(), "--level", "workload");
        Cli.Run blocked = Cli.run("export", "--demo", "-o", dir.resolve("blocked.png").toString(), "--level", "workload", "--verdict", "blocked");
        assertThat(blocked.exitCode()).as(blocked.err()).isZero();
        assertThat(count("lines", blocked.out())).isLessThan(count("lines", all.out()));
    }

    @Test
    @DisplayName("refuses a picture larger than 16,384 pixels a side in one line that says how large and what to choose")
    void tooLarge(@TempDir Path dir) {
        String out = dir.resolve("huge.png").toString();
        String cluster = dir.resolve("medium").toString();
        assertThat(Cli.run("generate", "--shape", "medium", "-o", cluster).exitCode()).isZero();
        Cli.Run run = Cli.run("export", "-i", cluster, "-o", out, "--level", "pod");
        assertError(run, "the picture at pod level would be");
        assertThat(run.err()).contains("more than 16,384 a side", "--level");
        assertThat(Files.exists(dir.resolve("huge.png"))).isFalse();
    }

    private static int count(String what, String wrote) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) " + what + "[,)]").matcher(wrote);
        assertThat(m.find()).as(wrote).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @DisplayName("says which file it cannot write")
    void unwritable(@TempDir Path dir) {
        String out = dir.resolve("missing-folder").resolve("x.png").toString();
        assertError(Cli.run("export", "--demo", "-o", out), out + ": cannot be written: no such file or folder");
    }

    private static void assertError(Cli.Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kubereach: error: ").contains(message);
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("--diff-against draws how the traffic differs from another source: the one line a policy edit admits, as became allowed")
    void diffAgainst(@TempDir Path dir) throws Exception {
        Path before = io.kubereach.source.DemoCluster.extract();
        Path after = dir.resolve("edited");
        Files.createDirectories(after);
        try (var files = Files.list(before)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                if (f.getFileName().toString().equals("default.yaml")) {
                    text = text.replace("    - podSelector: {matchLabels: {role: frontend}}\n",
                            "    - podSelector: {matchLabels: {role: frontend}}\n    - podSelector: {matchLabels: {role: batch}}\n");
                }
                Files.writeString(after.resolve(f.getFileName()), text);
            }
        }
        assertThat(Files.readString(after.resolve("default.yaml"))).contains("role: batch}}");
        Path svg = dir.resolve("diff.svg");
        Cli.Run run = Cli.run("export", "-i", after.toString(), "--diff-against", before.toString(), "-o", svg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 changed against " + before);
        String picture = Files.readString(svg);
        assertThat(picture).contains("What if: became allowed").contains("What if: unchanged");

        Cli.Run same = Cli.run("export", "-i", before.toString(), "--diff-against", before.toString(), "-o", dir.resolve("same.png").toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("0 changed against");
        assertError(Cli.run("export", "--demo", "--diff-against", dir.resolve("nope").toString(), "-o", dir.resolve("x.png").toString()),
                "diff-against");
    }

    @Test
    @DisplayName("--exposure marks the exposed workloads at every level and says how many; without it the picture and summary are as before")
    void exposure(@TempDir Path dir) throws Exception {
        var graph = io.kubereach.diagram.DemoDiagram.graph();
        long exposed = new io.kubereach.report.ExposureAnalysis(graph.snapshot(), graph.engine()).ofEveryWorkload().stream()
                .filter(io.kubereach.report.Exposure::exposed).count();
        assertThat(exposed).isPositive();
        for (String level : new String[] {"namespace", "workload", "pod"}) {
            Path svg = dir.resolve(level + ".svg");
            Cli.Run run = Cli.run("export", "--demo", "--exposure", "--level", level, "-o", svg.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).as(level).contains(level + " level").endsWith(", " + exposed + " exposed workloads marked)\n");
            assertThat(Files.readString(svg)).as(level).contains("Exposure: reachable from outside the cluster");
        }
        Path plain = dir.resolve("plain.svg");
        Cli.Run run = Cli.run("export", "--demo", "-o", plain.toString());
        assertThat(run.out()).doesNotContain("exposed");
        assertThat(Files.readString(plain)).doesNotContain("Exposure:");
    }
}
