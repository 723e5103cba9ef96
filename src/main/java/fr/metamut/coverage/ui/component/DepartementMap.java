package fr.metamut.coverage.ui.component;

import com.vaadin.flow.component.html.Div;
import fr.metamut.coverage.service.MapOutlines;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The five départements drawn from their real outlines as server-side SVG, each filled with a colour
 * chosen by the page and labelled with its code and name; a click on a département reports its code.
 */
public class DepartementMap extends Div {

    /** How to draw one département: fill colour, optional extra CSS class, and its tooltip. */
    public record Paint(String fill, String cssClass, String tooltip) {
    }

    private final MapOutlines outlines;

    public DepartementMap(MapOutlines outlines, Consumer<String> onClick) {
        this.outlines = outlines;
        setId("departement-map");
        addClassName("departement-map");
        getElement().addEventListener("click", event -> {
            var node = event.getEventData().get("event.target.dataset.code");
            String code = node == null || node.isNull() ? "" : node.asString();
            if (!code.isEmpty()) {
                onClick.accept(code);
            }
        }).addEventData("event.target.dataset.code");
    }

    public void paint(Map<String, Paint> paints) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='")
                .append(outlines.viewBox()).append("' role='img'>");
        for (MapOutlines.Outline outline : outlines.outlines()) {
            Paint paint = paints.getOrDefault(outline.code(), new Paint("#e5e7eb", "", outline.name()));
            svg.append("<path id='map-").append(outline.code()).append("' data-code='").append(outline.code())
                    .append("' class='map-dep ").append(paint.cssClass()).append("' fill='").append(paint.fill())
                    .append("' d='").append(outline.path()).append("'><title>")
                    .append(BarChart.escape(paint.tooltip())).append("</title></path>");
        }
        for (MapOutlines.Outline outline : outlines.outlines()) {
            // the code and the name, drawn over the shapes; clicks go through to the département
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text class='map-label' x='%.1f' y='%.1f' text-anchor='middle' pointer-events='none'>"
                            + "<tspan class='map-label-code' x='%.1f'>%s</tspan><tspan x='%.1f' dy='1.1em'>%s</tspan></text>",
                    outline.labelX(), outline.labelY() - 2, outline.labelX(), outline.code(), outline.labelX(),
                    BarChart.escape(outline.name())));
        }
        getElement().setProperty("innerHTML", svg.append("</svg>").toString());
    }
}
