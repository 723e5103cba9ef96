package fr.metamut.swot.service;

import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.CsvTable;
import fr.metamut.base.service.ReferenceDataSeeder;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Loads the report's SWOT synthesis: 7 forces, 5 faiblesses, 5 opportunités, 2 menaces. */
@Component
public class SwotSeeder implements ReferenceDataSeeder {

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
    public int load() {
        CsvTable table = CsvTable.fromClasspath("referencedata/swot.csv");
        for (Map<String, String> row : table.rows()) {
            items.save(new SwotItem(Quadrant.valueOf(row.get("quadrant")), Integer.parseInt(row.get("position")),
                    row.get("title"), Sources.REPORT_2021));
        }
        return table.size();
    }
}
