package fr.metamut.partnership.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.ui.component.SvgSafety;
import fr.metamut.partnership.ui.component.NetworkPicture.Edge;
import fr.metamut.partnership.ui.component.NetworkPicture.Node;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NetworkPictureTest {

    private static final List<Node> NODES = List.of(new Node("A", "Adica", "Adica : 1", 1),
            new Node("B", "Adico", "Adico : 2", 2), new Node("C", "Cap'Oise <SPL>", "Cap'Oise", 0));

    @Test
    void every_operator_is_a_clickable_node_carrying_its_code() {
        String svg = NetworkPicture.svg("Réseau", NODES, List.of(), null);

        assertThat(count(svg, "<circle ")).isEqualTo(3);
        assertThat(svg).contains("data-code='A'", "data-code='B'", "data-code='C'", "id='net-node-B'");
        assertThat(svg).contains("net-node-alone").contains("Cap&#39;Oise &lt;SPL&gt;").doesNotContain("<SPL>");
    }

    @Test
    void two_partnerships_between_the_same_operators_are_drawn_side_by_side() {
        List<Edge> edges = List.of(new Edge("A", "B", "net-type-dpd-mutualise", "net-status-active", "DPO"),
                new Edge("B", "A", "net-type-convention", "net-status-en-projet", "Convention"));

        String svg = NetworkPicture.svg("Réseau", NODES, edges, "A");

        assertThat(count(svg, "<line ")).isEqualTo(2);
        assertThat(svg).contains("net-type-dpd-mutualise net-status-active net-edge-highlighted")
                .contains("net-node-selected");
        List<String> firstPoints = Pattern.compile("x1='([^']+)' y1='([^']+)'").matcher(svg).results()
                .map(m -> m.group(1) + "," + m.group(2)).toList();
        assertThat(firstPoints).doesNotHaveDuplicates();
    }

    @Test
    void nodes_sit_on_a_circle_inside_the_picture() {
        String svg = NetworkPicture.svg("Réseau", NODES, List.of(), null);
        Pattern.compile("cx='([^']+)' cy='([^']+)'").matcher(svg).results().forEach(m -> {
            double x = Double.parseDouble(m.group(1)) - NetworkPicture.WIDTH / 2.0;
            double y = Double.parseDouble(m.group(2)) - NetworkPicture.HEIGHT / 2.0;
            assertThat(Math.hypot(x, y)).isCloseTo(NetworkPicture.RADIUS, org.assertj.core.data.Offset.offset(0.2));
        });
    }

    @Test
    void hostile_names_and_tooltips_stay_text() {
        List<Node> nodes = List.of(new Node("A", SvgSafety.HOSTILE, SvgSafety.HOSTILE, 1), new Node("B", "B", "B", 1));
        List<Edge> edges = List.of(new Edge("A", "B", "net-type-convention", "net-status-active", SvgSafety.HOSTILE));

        // the picture's label, the node's tooltip and label, the edge's tooltip
        SvgSafety.assertHostileTextStaysText(NetworkPicture.svg(SvgSafety.HOSTILE, nodes, edges, null), 4);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
