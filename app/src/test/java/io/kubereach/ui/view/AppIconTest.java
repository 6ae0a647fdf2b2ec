package io.kubereach.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;

@DisplayName("the window's icons")
class AppIconTest {

    @Test
    @DisplayName("each icon is the code point of the Material Design constant of its name in Ikonli's materialdesign2 pack")
    void codesAreIkonlis() throws Exception {
        for (AppIcon icon : AppIcon.values()) {
            Class<?> letter = Class.forName("org.kordamp.ikonli.materialdesign2.MaterialDesign" + icon.name().charAt(0));
            Ikon ikonli = (Ikon) letter.getField(icon.name()).get(null);
            assertThat(icon.code()).as(icon.name()).isEqualTo(ikonli.getCode());
        }
    }

    @Test
    @DisplayName("the bundled icon font is on the class path and has a glyph for every icon")
    void fontHasEveryGlyph() throws Exception {
        try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.FONT)) {
            assertThat(in).as(AppIcon.FONT).isNotNull();
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            for (AppIcon icon : AppIcon.values()) {
                assertThat(font.canDisplay(icon.code())).as(icon.name()).isTrue();
            }
        }
    }
}
