package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.diagram.DiagramStyle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("export of the diagram shown (no JavaFX thread)")
class ExportViewModelTest {

    private final AppViewModel app = Workspaces.demoApp();

    @Test
    @DisplayName("writes the whole picture as PNG at 1× and 2×, and as SVG")
    void writes(@TempDir Path dir) throws Exception {
        app.export().export(ExportViewModel.Format.PNG, dir.resolve("a.png"));
        app.export().export(ExportViewModel.Format.PNG_2X, dir.resolve("b.png"));
        app.export().export(ExportViewModel.Format.SVG, dir.resolve("c.svg"));
        BufferedImage one = ImageIO.read(dir.resolve("a.png").toFile());
        BufferedImage two = ImageIO.read(dir.resolve("b.png").toFile());
        assertThat(one.getWidth()).isGreaterThan((int) app.workspace().layoutProperty().get().width());
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(Files.readString(dir.resolve("c.svg"))).startsWith("<?xml").contains("redis-0");
        assertThat(app.export().writtenProperty().get()).isEqualTo(dir.resolve("c.svg"));
        assertThat(app.export().problemProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("exports in light colours by default, and in dark ones when asked, whatever the theme")
    void darkColoursOnlyWhenAsked(@TempDir Path dir) throws Exception {
        app.themeProperty().set(io.kubereach.ui.prefs.Theme.PRIMER_DARK);
        assertThat(app.export().darkColoursProperty().get()).isFalse();
        app.export().export(ExportViewModel.Format.PNG, dir.resolve("light.png"));
        app.export().darkColoursProperty().set(true);
        app.export().export(ExportViewModel.Format.PNG, dir.resolve("dark.png"));
        int light = ImageIO.read(dir.resolve("light.png").toFile()).getRGB(3, 3) & 0xFFFFFF;
        int dark = ImageIO.read(dir.resolve("dark.png").toFile()).getRGB(3, 3) & 0xFFFFFF;
        assertThat(light).isEqualTo(DiagramStyle.LIGHT.background());
        assertThat(dark).isEqualTo(DiagramStyle.DARK.background());
    }

    @Test
    @DisplayName("a file that cannot be written is reported in a line naming it")
    void failure(@TempDir Path dir) {
        Path target = dir.resolve("missing-folder").resolve("x.png");
        app.export().export(ExportViewModel.Format.PNG, target);
        assertThat(app.export().problemProperty().get()).startsWith(target.toString()).doesNotContain("\n");
    }
}
