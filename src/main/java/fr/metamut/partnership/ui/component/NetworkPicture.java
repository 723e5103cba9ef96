package fr.metamut.partnership.ui.component;

import static fr.metamut.base.ui.component.SvgPicture.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The partnership network as SVG text, without Vaadin: operators on a circle, one line per partnership
 * and pair of parties (parallel lines when two operators share several partnerships), coloured by type
 * and drawn by status. Every node carries {@code data-code} so a click tells which operator it was.
 */
final class NetworkPicture {

    /** An operator: code, label, tooltip, and how many partnerships it takes part in. */
    record Node(String code, String label, String tooltip, int partnerships) {
    }

    /** A partnership between two of its parties: CSS classes say its type and status. */
    record Edge(String fromCode, String toCode, String typeClass, String statusClass, String tooltip) {
    }

    static final int WIDTH = 600;
    static final int HEIGHT = 460;
    private static final double CENTER_X = WIDTH / 2.0;
    private static final double CENTER_Y = HEIGHT / 2.0;
    static final double RADIUS = 165;
    private static final double PARALLEL_GAP = 7;

    private NetworkPicture() {
    }

    static String svg(String title, List<Node> nodes, List<Edge> edges, String selectedCode) {
        Map<String, double[]> positions = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
            positions.put(nodes.get(i).code(),
                    new double[] {CENTER_X + RADIUS * Math.cos(angle), CENTER_Y + RADIUS * Math.sin(angle)});
        }
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("' aria-label='").append(escape(title)).append("'>");
        appendEdges(svg, edges, positions, selectedCode);
        for (Node node : nodes) {
            appendNode(svg, node, positions.get(node.code()), node.code().equals(selectedCode));
        }
        return svg.append("</svg>").toString();
    }

    private static void appendEdges(StringBuilder svg, List<Edge> edges, Map<String, double[]> positions,
                                     String selectedCode) {
        Map<String, List<Edge>> byPair = new LinkedHashMap<>();
        for (Edge edge : edges) {
            if (positions.containsKey(edge.fromCode()) && positions.containsKey(edge.toCode())) {
                byPair.computeIfAbsent(pairKey(edge), k -> new ArrayList<>()).add(edge);
            }
        }
        for (List<Edge> pair : byPair.values()) {
            for (int k = 0; k < pair.size(); k++) {
                Edge edge = pair.get(k);
                double[] a = positions.get(edge.fromCode());
                double[] b = positions.get(edge.toCode());
                double length = Math.max(1, Math.hypot(b[0] - a[0], b[1] - a[1]));
                double offset = (k - (pair.size() - 1) / 2.0) * PARALLEL_GAP;
                double dx = -(b[1] - a[1]) / length * offset;
                double dy = (b[0] - a[0]) / length * offset;
                boolean highlighted = selectedCode != null
                        && (selectedCode.equals(edge.fromCode()) || selectedCode.equals(edge.toCode()));
                svg.append(String.format(Locale.ROOT,
                        "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' class='net-edge %s %s%s'><title>%s</title></line>",
                        a[0] + dx, a[1] + dy, b[0] + dx, b[1] + dy, escape(edge.typeClass()), escape(edge.statusClass()),
                        highlighted ? " net-edge-highlighted" : selectedCode == null ? "" : " net-edge-faded",
                        escape(edge.tooltip())));
            }
        }
    }

    private static void appendNode(StringBuilder svg, Node node, double[] at, boolean selected) {
        double radius = 14 + 4 * Math.min(node.partnerships(), 4);
        String code = escape(node.code());
        svg.append(String.format(Locale.ROOT,
                "<g class='net-node%s%s'><circle id='net-node-%s' data-code='%s' cx='%.1f' cy='%.1f' r='%.1f'>"
                        + "<title>%s</title></circle>",
                selected ? " net-node-selected" : "", node.partnerships() == 0 ? " net-node-alone" : "",
                code, code, at[0], at[1], radius, escape(node.tooltip())));
        double labelY = at[1] < CENTER_Y - 1 ? at[1] - radius - 6 : at[1] + radius + 16;
        svg.append(String.format(Locale.ROOT,
                "<text data-code='%s' x='%.1f' y='%.1f' text-anchor='middle' class='net-label'>%s</text></g>",
                code, at[0], labelY, escape(node.label())));
    }

    private static String pairKey(Edge edge) {
        return edge.fromCode().compareTo(edge.toCode()) < 0
                ? edge.fromCode() + "|" + edge.toCode() : edge.toCode() + "|" + edge.fromCode();
    }
}
