package io.kubereach.report;

import io.kubereach.text.VisibleText;

/**
 * How the connlist and diff formats write a name, so that no name — however a hostile manifest or
 * API server spells it — breaks the format it is written in: in text, a line break or a terminal
 * escape is written visibly ({@link VisibleText}), so one connection stays one line; in Markdown,
 * {@code |} cannot cut a row and {@code <script>} stays text; in Graphviz, a quote cannot end a
 * string. Names the API server accepts have none of these characters and are written unchanged,
 * byte for byte as netpol-analyzer writes them.
 */
public final class FieldText {

    private FieldText() {
    }

    /** A name in a line of text. */
    public static String text(String name) {
        return VisibleText.of(name);
    }

    /** A name in a Markdown table cell: visible, {@code |} escaped, HTML's {@code & < >} as entities. */
    public static String markdown(String name) {
        String visible = VisibleText.of(name);
        if (visible.indexOf('|') < 0 && visible.indexOf('<') < 0 && visible.indexOf('>') < 0 && visible.indexOf('&') < 0) {
            return visible;
        }
        return visible.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }

    /**
     * A Graphviz double-quoted string: the name made visible (which also doubles its backslashes,
     * as Graphviz reads them) and its quotes escaped.
     */
    public static String dot(String name) {
        return '"' + VisibleText.of(name).replace("\"", "\\\"") + '"';
    }
}
