package fr.metamut.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.WorkbookContent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Keeps the benchmark's data generator honest (sizes, real codes), without timing anything. */
class SyntheticCoverageTest {

    @Test
    void national_data_has_the_benchmark_sizes() {
        CoverageInput input = SyntheticCoverage.national().input();

        assertThat(input.departements()).hasSize(101);
        assertThat(input.departements().stream().map(CoverageInput.Departement::code))
                .contains("01", "2A", "2B", "59", "95", "976").doesNotContain("20");
        assertThat(input.services()).hasSize(60);
        assertThat(input.offerings()).hasSize(20_000);
        assertThat(new HashSet<>(input.offerings())).hasSize(20_000);
        assertThat(input.offerings().stream().map(CoverageInput.Offer::operatorId).distinct().count()).isEqualTo(300);
        assertThat(input.demand()).as("every (service, département) and the region").hasSize(60 * (101 + 1));
    }

    @Test
    void a_small_synthetic_workbook_is_written() throws IOException {
        WorkbookContent content = SyntheticCoverage.of(12, 20, 8, 300, 7).content();

        assertThat(content.discrepancies()).as("the published table disagrees in a few cells").isNotEmpty();
        assertThat(content.priorities()).isNotEmpty();
        assertThat(content.needs()).hasSize(8);
        CopilWorkbook.write(content, OutputStream.nullOutputStream());
    }
}
