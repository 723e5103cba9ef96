package fr.metamut.swot.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.base.domain.Sources;
import fr.metamut.support.IntegrationTest;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotItem;
import fr.metamut.swot.domain.SwotItemRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report's SWOT synthesis. */
@IntegrationTest
class SwotSeederTest {

    @Autowired
    SwotItemRepository items;

    @Test
    void loads_nineteen_items_seven_strengths_five_weaknesses_five_opportunities_two_threats() {
        Map<Quadrant, Long> perQuadrant = items.findAll().stream()
                .collect(Collectors.groupingBy(SwotItem::getQuadrant, Collectors.counting()));

        assertThat(items.count()).isEqualTo(19);
        assertThat(perQuadrant).containsExactlyInAnyOrderEntriesOf(Map.of(
                Quadrant.STRENGTH, 7L, Quadrant.WEAKNESS, 5L, Quadrant.OPPORTUNITY, 5L, Quadrant.THREAT, 2L));
    }

    @Test
    void keeps_the_report_order_within_each_quadrant() {
        Map<Quadrant, List<Integer>> positions = items.findAllByOrderByQuadrantAscPositionAsc().stream()
                .collect(Collectors.groupingBy(SwotItem::getQuadrant,
                        Collectors.mapping(SwotItem::getPosition, Collectors.toList())));

        positions.forEach((quadrant, list) -> assertThat(list).as(quadrant.name())
                .isEqualTo(IntStream.rangeClosed(1, list.size()).boxed().toList()));
        assertThat(items.findAllByOrderByQuadrantAscPositionAsc()).filteredOn(i -> i.getQuadrant() == Quadrant.STRENGTH)
                .first().extracting(SwotItem::getTitle).isEqualTo("Couverture de l'ensemble du territoire");
    }

    @Test
    void every_item_records_the_report_as_its_source() {
        assertThat(items.findAll()).extracting(SwotItem::getSource).containsOnly(Sources.REPORT_2021);
    }
}
