package fr.metamut.coverage.ui.component;

import static fr.metamut.base.ui.component.SvgPicture.escape;

import fr.metamut.base.ui.component.SvgPicture;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as server-side SVG (no chart library, no npm build): one bar per label,
 * an optional second series drawn as a thin marker (e.g. the report's published value).
 */
public class BarChart extends SvgPicture {

    /** One bar: a label, its value, and an optional comparison value. */
    public record Bar(String label, double value, Double reference) {
    }

    private static final int ROW_HEIGHT = 28;
    private static final int LABEL_WIDTH = 170;
    private static final int CHART_WIDTH = 360;

    public BarChart(String id, String title, List<Bar> bars, String valueSuffix, String referenceLabel) {
        setId(id);
        addClassName("bar-chart");
        draw(svg(title, bars, valueSuffix, referenceLabel));
    }

    static String svg(String title, List<Bar> bars, String valueSuffix, String referenceLabel) {
        double max = bars.stream().mapToDouble(b -> Math.max(b.value(), b.reference() == null ? 0 : b.reference()))
                .max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int height = 34 + bars.size() * ROW_HEIGHT + (referenceLabel == null ? 0 : 20);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ")
                .append(LABEL_WIDTH + CHART_WIDTH + 60).append(' ').append(height)
                .append("' aria-label='").append(escape(title)).append("'>");
        svg.append("<text x='0' y='16' class='chart-title'>").append(escape(title)).append("</text>");
        int y = 30;
        for (Bar bar : bars) {
            double width = CHART_WIDTH * bar.value() / max;
            svg.append("<text x='0' y='").append(y + 17).append("' class='chart-label'>").append(escape(bar.label()))
                    .append("</text>");
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='20' rx='3' class='chart-bar'/>",
                    LABEL_WIDTH, y + 3, width));
            if (bar.reference() != null) {
                double x = LABEL_WIDTH + CHART_WIDTH * bar.reference() / max;
                svg.append(String.format(Locale.ROOT,
                        "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' class='chart-reference'/>", x, x, y, y + 26));
            }
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' class='chart-value'>%s%s</text>",
                    LABEL_WIDTH + width + 6, y + 17, format(bar.value()), escape(valueSuffix)));
            y += ROW_HEIGHT;
        }
        if (referenceLabel != null) {
            svg.append("<line x1='").append(LABEL_WIDTH).append("' x2='").append(LABEL_WIDTH + 14).append("' y1='")
                    .append(y + 10).append("' y2='").append(y + 10).append("' class='chart-reference'/>");
            svg.append("<text x='").append(LABEL_WIDTH + 20).append("' y='").append(y + 14)
                    .append("' class='chart-label'>").append(escape(referenceLabel)).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.FRENCH, "%.1f", value);
    }
}
