package fr.metamut.swot.service;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.ReferenceCsv;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** Loads the report's SWOT synthesis: 7 forces, 5 faiblesses, 5 opportunités, 2 menaces. */
@Component
public class SwotSeeder implements ReferenceDataSeeder {

    public static final ReferenceCsv SWOT = ReferenceCsv.classpath("referencedata/swot.csv",
            "quadrant", "position", "title");

    private final SwotItemRepository items;

    public SwotSeeder(SwotItemRepository items) {
        this.items = items;
    }

    @Override
    public String dataset() {
        return "afom-rapport-2021";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<ReferenceCsv> files() {
        return List.of(SWOT);
    }

    @Override
    public int load() {
        List<ReferenceCsv.Row> rows = SWOT.rows();
        for (ReferenceCsv.Row row : rows) {
            items.save(new SwotItem(Quadrant.valueOf(row.get("quadrant")), row.integer("position"),
                    row.get("title"), Sources.REPORT_2021));
        }
        return rows.size();
    }
}
