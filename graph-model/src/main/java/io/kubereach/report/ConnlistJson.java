package io.kubereach.report;

import java.io.IOException;
import java.util.List;

/** Writes a connection list as a JSON array of {@code {"src","dst","conn"}} objects. */
final class ConnlistJson {

    private ConnlistJson() {
    }

    static void write(List<Connection> connections, Appendable out) throws IOException {
        if (connections.isEmpty()) {
            out.append("[]\n");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            out.append("  {\n")
                    .append("    \"src\": ").append(JsonText.quote(c.src())).append(",\n")
                    .append("    \"dst\": ").append(JsonText.quote(c.dst())).append(",\n")
                    .append("    \"conn\": ").append(JsonText.quote(c.connections().toString())).append('\n')
                    .append(i + 1 < connections.size() ? "  },\n" : "  }\n");
        }
        out.append("]\n");
    }
}
