package fr.metamut.swot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwotOrderTest {

    @Test
    void renumbering_closes_gaps_and_breaks_ties_the_same_way_every_time() {
        SwotItem a = item(3, "a");
        SwotItem b = item(7, "b");
        SwotItem c = item(3, "c");

        List<SwotItem> first = SwotOrder.renumber(List.of(b, c, a));
        List<SwotItem> second = SwotOrder.renumber(List.of(c, a, b));

        assertThat(first).extracting(SwotItem::getPosition).containsExactly(1, 2, 3);
        assertThat(first).extracting(SwotItem::getTitle).containsExactlyElementsOf(
                second.stream().map(SwotItem::getTitle).toList());
        assertThat(first.getLast()).isSameAs(b);
    }

    @Test
    void shifting_moves_one_place_and_keeps_positions_contiguous() {
        List<SwotItem> quadrant = quadrant("a", "b", "c", "d");
        SwotItem c = quadrant.get(2);

        assertThat(SwotOrder.shift(quadrant, c, -1)).isTrue();
        assertThat(titlesInOrder(quadrant)).containsExactly("a", "c", "b", "d");
        assertThat(SwotOrder.shift(quadrant, c, -1)).isTrue();
        assertThat(titlesInOrder(quadrant)).containsExactly("c", "a", "b", "d");
        assertThat(quadrant).extracting(SwotItem::getPosition).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void the_first_item_does_not_move_up_nor_the_last_down() {
        List<SwotItem> quadrant = quadrant("a", "b");

        assertThat(SwotOrder.shift(quadrant, quadrant.get(0), -1)).isFalse();
        assertThat(SwotOrder.shift(quadrant, quadrant.get(1), 1)).isFalse();
        assertThat(titlesInOrder(quadrant)).containsExactly("a", "b");
    }

    @Test
    void a_new_item_goes_after_the_last() {
        assertThat(SwotOrder.nextPosition(quadrant("a", "b", "c"))).isEqualTo(4);
        assertThat(SwotOrder.nextPosition(List.of())).isEqualTo(1);
    }

    private static List<SwotItem> quadrant(String... titles) {
        List<SwotItem> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(item(i + 1, titles[i]));
        }
        return items;
    }

    private static SwotItem item(int position, String title) {
        return new SwotItem(Quadrant.STRENGTH, position, title, null);
    }

    private static List<String> titlesInOrder(List<SwotItem> items) {
        return items.stream().sorted(java.util.Comparator.comparingInt(SwotItem::getPosition)).map(SwotItem::getTitle)
                .toList();
    }
}
