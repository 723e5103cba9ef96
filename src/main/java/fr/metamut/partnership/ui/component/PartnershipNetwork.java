package fr.metamut.partnership.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.metamut.base.ui.component.SvgPicture;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.domain.PartnershipType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Operators as nodes, partnerships as edges, drawn on the server as SVG. Clicking an operator (in the
 * picture, or its button below, which keyboards and screen readers reach) selects it; clicking the
 * selected one again clears the selection.
 */
public class PartnershipNetwork extends Div {

    private final SvgPicture picture = new SvgPicture();
    private final Div nodeButtons = new Div();
    private final Consumer<Operator> onSelect;
    private List<Operator> operators = List.of();
    private Operator selected;

    public PartnershipNetwork(Consumer<Operator> onSelect) {
        this.onSelect = onSelect;
        addClassName("partnership-network");
        picture.setId("partnership-network");
        picture.addClassName("network-picture");
        picture.onCodeClick(code ->
                operators.stream().filter(o -> o.getCode().equals(code)).findFirst().ifPresent(this::toggle));
        nodeButtons.setId("network-nodes");
        nodeButtons.addClassName("network-nodes");
        Paragraph help = new Paragraph(getTranslation("network.help"));
        help.addClassName("view-subtitle");
        Div side = new Div(new H3(getTranslation("network.title")), help, legend(), nodeButtons);
        side.addClassName("network-side");
        add(picture, side);
    }

    /** Draws the operators and the given partnerships, with the selected operator highlighted. */
    public void show(List<Operator> allOperators, List<Partnership> partnerships, Operator selectedOperator) {
        this.operators = List.copyOf(allOperators);
        this.selected = selectedOperator;
        List<NetworkPicture.Node> nodes = new ArrayList<>();
        nodeButtons.removeAll();
        for (Operator operator : operators) {
            int count = (int) partnerships.stream().filter(p -> p.involves(operator.getId())).count();
            String tooltip = getTranslation("network.node", operator.getName(), count);
            nodes.add(new NetworkPicture.Node(operator.getCode(), operator.getName(), tooltip, count));
            nodeButtons.add(nodeButton(operator, tooltip));
        }
        List<NetworkPicture.Edge> edges = new ArrayList<>();
        for (Partnership partnership : partnerships) {
            List<Operator> parties = partnership.getOperatorsByName();
            String tooltip = partnership.getName() + " · " + getTranslation(partnership.getType().messageKey());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    edges.add(new NetworkPicture.Edge(parties.get(i).getCode(), parties.get(j).getCode(),
                            typeClass(partnership.getType()), "net-status-" + css(partnership.getStatus().name()),
                            tooltip));
                }
            }
        }
        picture.draw(NetworkPicture.svg(getTranslation("network.title"), nodes, edges,
                selected == null ? null : selected.getCode()));
    }

    private Button nodeButton(Operator operator, String tooltip) {
        Button button = new Button(operator.getName(), click -> toggle(operator));
        button.setId("network-node-" + operator.getCode());
        button.addThemeVariants(ButtonVariant.SMALL);
        boolean pressed = operator.equals(selected);
        button.addThemeVariants(pressed ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        button.setTooltipText(tooltip);
        return button;
    }

    private void toggle(Operator operator) {
        onSelect.accept(operator.equals(selected) ? null : operator);
    }

    private Div legend() {
        Div legend = new Div();
        legend.setId("network-legend");
        legend.addClassName("network-legend");
        for (PartnershipType type : PartnershipType.values()) {
            Span swatch = new Span();
            swatch.addClassNames("network-swatch", typeClass(type));
            Span item = new Span(swatch, new Span(getTranslation(type.messageKey())));
            item.addClassName("network-legend-item");
            legend.add(item);
        }
        return legend;
    }

    static String typeClass(PartnershipType type) {
        return "net-type-" + css(type.name());
    }

    private static String css(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
