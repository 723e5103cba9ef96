package fr.metamut.coverage.ui.component;

import static fr.metamut.base.ui.component.SvgSafety.HOSTILE;
import static fr.metamut.base.ui.component.SvgSafety.assertHostileTextStaysText;

import fr.metamut.coverage.service.MapOutlines;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A name typed by a user cannot break out of the chart's or the map's SVG. */
class SvgEscapingTest {

    @Test
    void bar_chart_keeps_hostile_title_label_suffix_and_legend_as_text() {
        String svg = BarChart.svg(HOSTILE, List.of(new BarChart.Bar(HOSTILE, 3, 2.0)), HOSTILE, HOSTILE);

        // aria-label and title, the bar's label, the legend; the suffix follows the value in one text
        assertHostileTextStaysText(svg, 5);
    }

    @Test
    void departement_map_keeps_hostile_tooltip_fill_and_class_inside_their_attribute_or_title() {
        DepartementMap map = new DepartementMap(new MapOutlines(), code -> { });

        map.paint(Map.of("59", new DepartementMap.Paint(HOSTILE, HOSTILE, HOSTILE)));

        // the Nord's class, fill and tooltip
        assertHostileTextStaysText(map.getElement().getProperty("innerHTML"), 3);
    }
}
