package fr.metamut.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a server-side SVG as XML and checks that hostile text stayed text. */
public final class SvgSafety {

    /** A name with every character that could end an attribute or open an element. */
    public static final String HOSTILE = "Evil\" onclick='alert(1)' <script>x</script> & co";

    private static final Set<String> DRAWING = Set.of("svg", "g", "text", "tspan", "rect", "line", "path", "circle",
            "title");

    private SvgSafety() {
    }

    /**
     * The SVG is well-formed XML, holds only drawing elements, no {@code onclick} attribute, and reads
     * {@link #HOSTILE} back whole in each of {@code expectedPlaces} texts or attribute values.
     */
    public static void assertHostileTextStaysText(String svg, int expectedPlaces) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + svg, e);
        }
        List<String> values = new ArrayList<>();
        collect(document.getDocumentElement(), values);
        assertThat(values).as("texts and attribute values of %s", svg)
                .filteredOn(value -> value.contains(HOSTILE)).hasSize(expectedPlaces);
    }

    private static void collect(Element element, List<String> values) {
        assertThat(DRAWING).as("element <%s>", element.getLocalName()).contains(element.getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            assertThat(attributes.item(i).getLocalName()).isNotEqualTo("onclick");
            values.add(attributes.item(i).getNodeValue());
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                collect(childElement, values);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                values.add(child.getNodeValue());
            }
        }
    }
}
