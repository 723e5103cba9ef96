package fr.metamut.offer.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The history shows values in the application's one French format, and names instead of ids and codes. */
class OfferHistoryFormatTest {

    private static final OfferHistoryService.Names NAMES = new OfferHistoryService.Names(
            Map.of(7L, "Adico"), Map.of(3L, "Archivage électronique"), Map.of("ARCHIVAGE", "Archivage électronique"),
            Map.of("62", "Pas-de-Calais"));

    @Test
    void amounts_dates_and_milestones_read_as_in_the_rest_of_the_application() {
        assertThat(format(OfferField.BUDGET_TOTAL, new BigDecimal("120000.00"))).isEqualTo("120 000 €");
        assertThat(format(OfferField.BUDGET_TOTAL, new BigDecimal("1500.5"))).isEqualTo("1 500,50 €");
        assertThat(format(OfferField.END_DATE, LocalDate.of(2027, 3, 1))).isEqualTo("01/03/2027");
        assertThat(format(OfferField.MILESTONES, List.of(new Milestone("Lancement", LocalDate.of(2027, 2, 1)))))
                .isEqualTo("01/02/2027 Lancement");
    }

    @Test
    void operators_services_departements_and_cells_are_named() {
        assertThat(format(OfferField.PARTNERS, Set.of(7L))).isEqualTo("Adico");
        assertThat(format(OfferField.SERVICES, Set.of(3L))).isEqualTo("Archivage électronique");
        assertThat(format(OfferField.DEPARTEMENTS, Set.of("62"))).isEqualTo("62 Pas-de-Calais");
        assertThat(format(OfferField.ADDRESSED_CELLS, Set.of(new AddressedCell("ARCHIVAGE", "62", AddressedCell.Kind.GAP))))
                .isEqualTo("Archivage électronique · 62 Pas-de-Calais (absence)");
        assertThat(format(OfferField.BUDGET_SHARES, Set.of(new BudgetShare(7L, new BigDecimal("30000")))))
                .isEqualTo("Adico : 30 000 €");
    }

    private static String format(OfferField field, Object value) {
        return OfferHistoryService.format(field, value, NAMES);
    }
}
