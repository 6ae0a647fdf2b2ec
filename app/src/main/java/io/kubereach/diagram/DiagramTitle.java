package io.kubereach.diagram;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The title block of an exported picture.
 *
 * @param source where the cluster was read from (a path, "demo", a cluster)
 * @param context the kubeconfig context, empty when there is none
 * @param time when the picture was drawn, as text
 */
public record DiagramTitle(String source, String context, String time) {

    /** A title for a source drawn now. */
    public static DiagramTitle now(String source, String context) {
        return new DiagramTitle(source, context, ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
    }
}
