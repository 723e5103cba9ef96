package fr.metamut.imports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The action plan import's dry run, without a database: how cells are read and compared. */
class ActionPlanImportPreviewTest {

    static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    static final LocalDate LAST = LocalDate.of(2036, 12, 31);
    static final Map<String, String> STATUSES = Map.of("À faire", "A_FAIRE", "En cours", "EN_COURS", "A_FAIRE",
            "A_FAIRE", "EN_COURS", "EN_COURS");
    static final Map<String, String> PRIORITIES = Map.of("Haute", "HAUTE", "HAUTE", "HAUTE");
    static final ActionPlanImportPreview.Values VALUES = new ActionPlanImportPreview.Values(LocalDate.of(2027, 3, 15), "A_FAIRE",
            "HAUTE", new BigDecimal("12.5"), 10);

    static ImportFile.Value text(String text) {
        return new ImportFile.Value(text, null, false);
    }

    static ImportFile.Value number(double number) {
        return new ImportFile.Value(String.valueOf(number), number, false);
    }

    static ActionPlanImportPreview.Item one(ActionPlanImportPreview.Line line, ActionPlanImportPreview.Right right) {
        var existing = new ActionPlanImportPreview.Existing(7, 3, "Action", VALUES, right);
        return ActionPlanImportPreview.of(List.of(line), Map.of(7L, existing), STATUSES, PRIORITIES, FIRST, LAST).rows().get(0);
    }

    static ActionPlanImportPreview.Line line(ImportFile.Value due, String status, ImportFile.Value current,
                                      ImportFile.Value progress) {
        return new ActionPlanImportPreview.Line(2, number(7), "Action", due, text(status), text("Haute"), current, progress);
    }

    @Test
    void typed_texts_are_read_like_the_exported_cells() {
        var item = one(line(text("15/03/2027"), "en cours", text("12,50"), text("40 %")), ActionPlanImportPreview.Right.MANAGE);
        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.CHANGED);
        assertThat(item.changedColumns()).containsExactly("Statut", "Avancement");
        assertThat(item.values().progress()).isEqualTo(40);
    }

    @Test
    void the_same_values_are_unchanged_even_for_a_reader() {
        var item = one(line(text("2027-03-15"), "À faire", number(12.5), number(0.1)), ActionPlanImportPreview.Right.NONE);
        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.UNCHANGED);
    }

    @Test
    void a_reader_may_change_nothing_and_a_contributor_only_the_progress() {
        var changed = line(text("15/03/2027"), "En cours", number(12.5), number(0.1));
        assertThat(one(changed, ActionPlanImportPreview.Right.NONE).error().messageKey())
                .isEqualTo("import.actions.error.forbidden");
        assertThat(one(changed, ActionPlanImportPreview.Right.REPORT).status()).isEqualTo(ActionPlanImportPreview.Status.CHANGED);
        var redated = line(text("16/03/2027"), "À faire", number(12.5), number(0.1));
        assertThat(one(redated, ActionPlanImportPreview.Right.REPORT).error())
                .isEqualTo(ImportError.of("Échéance", "import.actions.error.progressOnly"));
    }

    @Test
    void values_out_of_their_range_are_errors_with_their_column() {
        assertThat(one(line(text("01/01/2037"), "À faire", number(12.5), number(0.1)), ActionPlanImportPreview.Right.MANAGE)
                .error()).isEqualTo(ImportError.of("Échéance", "import.actions.error.dueRange", "2021", "2036"));
        assertThat(one(line(text("le 3 mars"), "À faire", number(12.5), number(0.1)), ActionPlanImportPreview.Right.MANAGE)
                .error().messageKey()).isEqualTo("import.actions.error.date");
        assertThat(one(line(text("15/03/2027"), "À faire", number(12.5), number(-0.1)), ActionPlanImportPreview.Right.MANAGE)
                .error().column()).isEqualTo("Avancement");
        assertThat(one(line(text("15/03/2027"), "À faire", number(12.5), number(0.105)), ActionPlanImportPreview.Right.MANAGE)
                .error().messageKey()).isEqualTo("import.actions.error.progress");
        assertThat(one(line(text("15/03/2027"), "À faire", new ImportFile.Value(null, null, true), number(0.1)),
                ActionPlanImportPreview.Right.MANAGE).error()).isEqualTo(ImportError.of("Valeur", "import.error.formula"));
    }

    @Test
    void a_number_given_twice_is_an_error_on_the_second_row() {
        var first = line(text("15/03/2027"), "À faire", number(12.5), number(0.1));
        var second = new ActionPlanImportPreview.Line(3, number(7), "Action", first.due(), first.status(), first.priority(),
                first.current(), first.progress());
        var existing = new ActionPlanImportPreview.Existing(7, 3, "Action", VALUES, ActionPlanImportPreview.Right.MANAGE);
        var plan = ActionPlanImportPreview.of(List.of(first, second), Map.of(7L, existing), STATUSES, PRIORITIES, FIRST, LAST);
        assertThat(plan.rows().get(1).error()).isEqualTo(ImportError.of("N°", "import.error.duplicate", 2));
    }

    static final ActionPlanImportPreview.Fixed FIXED = new ActionPlanImportPreview.Fixed("Raccorder les communes", "Somme Numérique",
            "ADICO, Cap Oise", "Communes raccordées", number(40));

    @Test
    void the_columns_not_imported_compare_as_exported_spaces_and_number_formats_aside() {
        var same = new ActionPlanImportPreview.Fixed(" Raccorder  les communes ", "Somme Numérique", "ADICO, Cap Oise",
                "Communes raccordées", text("40,0"));
        assertThat(ActionPlanImportPreview.changedFixedColumns(FIXED, same)).isEmpty();
        var retitled = new ActionPlanImportPreview.Fixed("raccorder les communes", "Somme Numérique", "ADICO",
                "Communes raccordées", text("quarante"));
        assertThat(ActionPlanImportPreview.changedFixedColumns(FIXED, retitled)).containsExactly("Action", "Contributeurs", "Cible");
    }

    @Test
    void a_change_after_the_export_merges_with_the_files_changes_or_refuses_the_same_column() {
        java.time.Instant exported = java.time.Instant.parse("2027-01-10T09:00:00Z");
        var lastChange = new ActionPlanImportPreview.LastChange(exported.plusSeconds(3600), "Claire Coordination");
        var atExport = new ActionPlanImportPreview.State(VALUES, FIXED);
        var now = new ActionPlanImportPreview.Values(VALUES.due(), "EN_COURS", "HAUTE", VALUES.current(), 30);
        var existing = new ActionPlanImportPreview.Existing(7, 4, "Action", now, ActionPlanImportPreview.Right.MANAGE, FIXED,
                lastChange, atExport);
        var rules = new ActionPlanImportPreview.Rules(STATUSES, PRIORITIES, FIRST, LAST, exported);
        java.util.function.Function<ActionPlanImportPreview.Line, ActionPlanImportPreview.Item> plan = line ->
                ActionPlanImportPreview.of(List.of(line), Map.of(7L, existing), rules).rows().getFirst();

        var redated = plan.apply(withFixed(line(text("20/03/2027"), "À faire", number(12.5), number(0.1))));
        assertThat(redated.changedColumns()).containsExactly("Échéance");
        assertThat(redated.values()).isEqualTo(new ActionPlanImportPreview.Values(LocalDate.of(2027, 3, 20), "EN_COURS",
                "HAUTE", VALUES.current(), 30));

        var untouched = plan.apply(withFixed(line(text("15/03/2027"), "À faire", number(12.5), number(0.1))));
        assertThat(untouched.status()).isEqualTo(ActionPlanImportPreview.Status.UNCHANGED);

        var sameColumn = plan.apply(withFixed(line(text("15/03/2027"), "À faire", number(12.5), number(0.5))));
        assertThat(sameColumn.error()).isEqualTo(ImportError.of("Avancement", "import.actions.error.stale",
                "10/01/2027 11:00", "Claire Coordination"));
    }

    static ActionPlanImportPreview.Line withFixed(ActionPlanImportPreview.Line line) {
        return new ActionPlanImportPreview.Line(line.line(), line.id(), FIXED.title(), line.due(), line.status(),
                line.priority(), line.current(), line.progress(), FIXED);
    }
}
