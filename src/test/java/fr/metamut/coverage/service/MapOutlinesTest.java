package fr.metamut.coverage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MapOutlinesTest {

    @Test
    void the_label_of_a_square_sits_in_its_centre() {
        double[] centre = MapOutlines.centroid("m 0,0 10,0 0,10 -10,0 z");
        assertThat(centre[0]).isCloseTo(5, within(1e-9));
        assertThat(centre[1]).isCloseTo(5, within(1e-9));
    }

    @Test
    void the_label_goes_on_the_largest_piece_of_an_outline() {
        // a small island, then a big square starting again from the island's first point
        double[] centre = MapOutlines.centroid("m 100,100 1,0 0,1 -1,0 z m -100,-100 20,0 0,20 -20,0 z");
        assertThat(centre[0]).isCloseTo(10, within(1e-9));
        assertThat(centre[1]).isCloseTo(10, within(1e-9));
    }

    @Test
    void every_departement_label_falls_inside_the_map_and_apart_from_the_others() {
        MapOutlines outlines = new MapOutlines();
        String[] box = outlines.viewBox().split(" ");
        double minX = Double.parseDouble(box[0]);
        double minY = Double.parseDouble(box[1]);
        double maxX = minX + Double.parseDouble(box[2]);
        double maxY = minY + Double.parseDouble(box[3]);
        assertThat(outlines.outlines()).hasSize(5).allSatisfy(o -> {
            assertThat(o.labelX()).as(o.code()).isBetween(minX, maxX);
            assertThat(o.labelY()).as(o.code()).isBetween(minY, maxY);
        });
        for (MapOutlines.Outline a : outlines.outlines()) {
            for (MapOutlines.Outline b : outlines.outlines()) {
                if (a != b) {
                    assertThat(Math.hypot(a.labelX() - b.labelX(), a.labelY() - b.labelY()))
                            .as(a.code() + " / " + b.code()).isGreaterThan(15);
                }
            }
        }
    }
}
