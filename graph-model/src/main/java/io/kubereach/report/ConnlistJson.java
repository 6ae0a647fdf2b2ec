package io.kubereach.report;

import java.util.List;

/** Writes a connection list as a JSON array of {@code {"src","dst","conn"}} objects. */
final class ConnlistJson {

    private ConnlistJson() {
    }

    static String write(List<Connection> connections) {
        if (connections.isEmpty()) {
            return "[]\n";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < connections.size(); i++) {
            Connection c = connections.get(i);
            out.append("  {\n")
                    .append("    \"src\": ").append(JsonText.quote(c.src())).append(",\n")
                    .append("    \"dst\": ").append(JsonText.quote(c.dst())).append(",\n")
                    .append("    \"conn\": ").append(JsonText.quote(c.connections().toString())).append('\n')
                    .append(i + 1 < connections.size() ? "  },\n" : "  }\n");
        }
        return out.append("]\n").toString();
    }
}
