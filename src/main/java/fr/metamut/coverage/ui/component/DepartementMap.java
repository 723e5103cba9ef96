package fr.metamut.coverage.ui.component;

import static fr.metamut.base.ui.component.SvgPicture.escape;

import fr.metamut.base.ui.component.SvgPicture;
import fr.metamut.coverage.service.MapOutlines;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The five départements drawn from their real outlines as server-side SVG, each filled with a colour
 * chosen by the page and labelled with its code and name; a click on a département reports its code.
 */
public class DepartementMap extends SvgPicture {

    /** How to draw one département: fill colour, optional extra CSS class, and its tooltip. */
    public record Paint(String fill, String cssClass, String tooltip) {
    }

    private final MapOutlines outlines;

    public DepartementMap(MapOutlines outlines, Consumer<String> onClick) {
        this.outlines = outlines;
        setId("departement-map");
        addClassName("departement-map");
        onCodeClick(onClick);
    }

    public void paint(Map<String, Paint> paints) {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='")
                .append(escape(outlines.viewBox())).append("' role='img'>");
        for (MapOutlines.Outline outline : outlines.outlines()) {
            Paint paint = paints.getOrDefault(outline.code(), new Paint("#e5e7eb", "", outline.name()));
            String code = escape(outline.code());
            svg.append("<path id='map-").append(code).append("' data-code='").append(code)
                    .append("' class='map-dep ").append(escape(paint.cssClass())).append("' fill='")
                    .append(escape(paint.fill())).append("' d='").append(escape(outline.path())).append("'><title>")
                    .append(escape(paint.tooltip())).append("</title></path>");
        }
        for (MapOutlines.Outline outline : outlines.outlines()) {
            // the code and the name, drawn over the shapes; clicks go through to the département
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text class='map-label' x='%.1f' y='%.1f' text-anchor='middle' pointer-events='none'>"
                            + "<tspan class='map-label-code' x='%.1f'>%s</tspan><tspan x='%.1f' dy='1.1em'>%s</tspan></text>",
                    outline.labelX(), outline.labelY() - 2, outline.labelX(), escape(outline.code()), outline.labelX(),
                    escape(outline.name())));
        }
        draw(svg.append("</svg>").toString());
    }
}
