package io.kubereach.ui.view;

/**
 * The icons the window shows: glyphs of the Material Design Icons font that Ikonli's
 * materialdesign2 pack bundles, by code point (the same as Ikonli's {@code MaterialDesign*}
 * constants, which {@code AppIconTest} checks). Named here so a start loads neither Ikonli's
 * icon tables (thousands of constants each) nor its resolver, which instantiates a handler per
 * letter.
 */
enum AppIcon {
    ACCESS_POINT(0xF0003),
    ALERT_OUTLINE(0xF002A),
    CAMERA_OUTLINE(0xF0D5D),
    CLOSE_CIRCLE_OUTLINE(0xF015A),
    EXPORT_VARIANT(0xF0B93),
    FILE_DOCUMENT_MULTIPLE(0xF1517),
    FIT_TO_PAGE_OUTLINE(0xF0EF6),
    HELP_CIRCLE_OUTLINE(0xF0625),
    KUBERNETES(0xF10FE),
    MAGNIFY(0xF0349),
    MAGNIFY_MINUS_OUTLINE(0xF06EC),
    MAGNIFY_PLUS_OUTLINE(0xF06ED),
    NUMERIC_1_BOX_OUTLINE(0xF03A6),
    PLAY_CIRCLE_OUTLINE(0xF040D),
    REFRESH(0xF0450),
    SWAP_HORIZONTAL(0xF04E1),
    VIEW_DASHBOARD_OUTLINE(0xF0A1D);

    /** The bundled font, in the materialdesign2 pack's jar. */
    static final String FONT = "/META-INF/resources/materialdesign2/7.4.47/fonts/materialdesignicons-webfont.ttf";

    private final int code;

    AppIcon(int code) {
        this.code = code;
    }

    /** The glyph's code point in the font. */
    int code() {
        return code;
    }

    /** The glyph as text. */
    String glyph() {
        return new String(Character.toChars(code));
    }
}
