package fr.metamut.base.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import fr.metamut.base.domain.ReferenceDataLoadRepository;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** The reference CSV reader: same rows as the files say, and a misspelt or missing column named at once. */
class ReferenceCsvTest {

    @Test
    void reads_rows_by_column_with_values_stripped_and_blank_lines_skipped() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv", "code;name;agents\n02; Aisne ;12\n\n59;Nord;\n",
                "code", "name", "agents");

        List<ReferenceCsv.Row> rows = csv.rows();

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Aisne", "Nord");
        assertThat(rows.getFirst().integer("agents")).isEqualTo(12);
        assertThat(rows.get(1).optional("agents")).isNull();
        assertThat(rows.get(1).get("agents")).isEmpty();
    }

    @Test
    void quoted_fields_keep_their_semicolons_commas_and_doubled_quotes() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv",
                "code;title\nA;\"Mutualiser; partager, \"\"ensemble\"\"\"\n", "code", "title");

        assertThat(csv.rows().getFirst().get("title")).isEqualTo("Mutualiser; partager, \"ensemble\"");
    }

    @Test
    void a_byte_order_mark_does_not_become_part_of_the_first_column_name() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv", "\uFEFFcode;name\n80;Somme\n", "code", "name");

        assertThat(csv.rows().getFirst().get("code")).isEqualTo("80");
    }

    @Test
    void a_misspelt_header_fails_naming_the_file_and_the_column() {
        ReferenceCsv csv = ReferenceCsv.text("referencedata/x.csv", "code;nmae\n80;Somme\n", "code", "name");

        assertThatThrownBy(csv::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("referencedata/x.csv").hasMessageContaining("'name'");
        assertThatThrownBy(csv::rows).hasMessageContaining("referencedata/x.csv").hasMessageContaining("'name'");
    }

    @Test
    void reading_a_column_the_code_did_not_declare_fails_instead_of_reading_null() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv", "code;name\n80;Somme\n", "code", "name");
        ReferenceCsv.Row row = csv.rows().getFirst();

        assertThatThrownBy(() -> row.get("nmae")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.csv").hasMessageContaining("'nmae'");
    }

    @Test
    void a_row_with_a_missing_field_fails_naming_the_line() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv", "code;name\n80;Somme\n02\n", "code", "name");

        assertThatThrownBy(csv::rows).hasMessageContaining("t.csv line 3");
    }

    @Test
    void a_duplicated_header_is_refused() {
        ReferenceCsv csv = ReferenceCsv.text("t.csv", "code;code\n80;02\n", "code");

        assertThatThrownBy(csv::rows).hasMessageContaining("t.csv");
    }

    @Test
    void a_missing_file_is_named() {
        assertThatThrownBy(() -> ReferenceCsv.classpath("referencedata/none.csv", "code").rows())
                .hasMessageContaining("referencedata/none.csv");
    }

    @Test
    void the_start_fails_on_a_missing_column_before_loading_anything() {
        ReferenceDataLoadRepository loads = mock(ReferenceDataLoadRepository.class);
        ReferenceDataSeeder seeder = new ReferenceDataSeeder() {
            @Override
            public String dataset() {
                return "test";
            }

            @Override
            public int order() {
                return 0;
            }

            @Override
            public List<ReferenceCsv> files() {
                return List.of(ReferenceCsv.text("referencedata/y.csv", "code;label\n", "code", "name"));
            }

            @Override
            public int load() {
                throw new AssertionError("must not load");
            }
        };
        ReferenceDataLoader loader = new ReferenceDataLoader(List.of(seeder), loads, mock(TransactionTemplate.class),
                Clock.systemUTC(), org.springframework.core.metrics.ApplicationStartup.DEFAULT);

        assertThatThrownBy(loader::start).hasMessageContaining("referencedata/y.csv").hasMessageContaining("'name'");
        verifyNoInteractions(loads);
    }
}
