package fr.metamut.imports.service;

import static fr.metamut.imports.service.OfferingsImportFiles.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.LegacyText;
import fr.metamut.support.TestUsers;
import fr.metamut.actionplan.domain.PlanAction;
import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.imports.domain.GiantCell;
import fr.metamut.workbook.service.WorkbookService;
import fr.metamut.imports.domain.ImportError;
import fr.metamut.imports.domain.ImportRejection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The action plan's round trip through the workbook's "Plan d’actions" sheet: bad files refused and the
 * database unchanged; a changed status and progress previewed then applied, exactly; a contributor's
 * director refused a due date.
 */
@IntegrationTest
@RecordApplicationEvents
class ActionPlanImportServiceTest {

    static final String SHEET = "Plan d’actions";
    static final int ID = 0;
    static final int TITLE = 1;
    static final int OWNER = 2;
    static final int TARGET = 8;
    static final int DUE = 4;
    static final int STATUS = 5;
    static final int PRIORITY = 6;
    static final int CURRENT = 9;
    static final int PROGRESS = 10;

    @Autowired
    ActionPlanImportService imports;
    @Autowired
    ActionPlanService actions;
    @Autowired
    WorkbookService workbooks;
    @Autowired
    OperatorRepository operators;
    @Autowired
    TestUsers users;
    @Autowired
    fr.metamut.security.service.AccountDirectory accounts;
    @Autowired
    fr.metamut.security.service.AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    ActionRow action;

    @BeforeEach
    void createAnAction() {
        users.login(TestUsers.COORDINATOR);
        Long sommeNum = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        Long adico = operators.findByCode("ADICO").orElseThrow().getId();
        ActionContent content = ActionContent.of("Import du plan " + System.nanoTime(), sommeNum)
                .withOwner(sommeNum, Set.of(adico))
                .withSchedule(LocalDate.now().plusMonths(3), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 10)
                .withIndicator("Communes raccordées", new BigDecimal("40"), new BigDecimal("12.5"));
        action = actions.create(content);
    }

    @AfterEach
    void deleteTheAction() {
        users.login(TestUsers.COORDINATOR);
        actions.delete(action.id());
        users.logout();
    }

    byte[] exported() {
        users.login(TestUsers.COORDINATOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbooks.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The row of the action {@code id} in the sheet. */
    static Row rowOf(XSSFWorkbook workbook, long id) {
        for (Row row : workbook.getSheet(SHEET)) {
            Cell cell = row.getCell(ID);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row for action " + id);
    }

    /**
     * The cell replaced by an empty one: the export writes inline strings, which POI's setters leave as
     * read, and a formula set on a filled cell would keep its value as the cached result.
     */
    static Cell fresh(Row row, int column) {
        Cell old = row.getCell(column);
        if (old != null) {
            row.removeCell(old);
        }
        return row.createCell(column);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a text file", (f, id) -> "N°;Action\n1;x\n".getBytes(StandardCharsets.UTF_8), "import.error.notXlsx"),
                bad("a .xls file", (f, id) -> {
                    try (HSSFWorkbook xls = new HSSFWorkbook()) {
                        xls.createSheet(SHEET).createRow(0).createCell(0).setCellValue("N°");
                        return OfferingsImportFiles.bytes(xls);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, "import.error.notXlsx"),
                bad("a file over the size limit", (f, id) -> new byte[2 * 1024 * 1024 + 1], "import.error.tooLarge"),
                bad("a zip bomb", (f, id) -> zipBomb(), "import.error.zipBomb"),
                bad("no sheet Plan d'actions", (f, id) -> edit(f, w -> w.setSheetName(w.getSheetIndex(SHEET), "Plan")),
                        "import.error.missingSheet"),
                bad("a missing column", (f, id) -> edit(f, w -> w.getSheet(SHEET).shiftColumns(1, 12, -1)),
                        "import.error.header"),
                bad("a renamed column", (f, id) -> edit(f, w -> fresh(w.getSheet(SHEET).getRow(0), STATUS)
                        .setCellValue("État")), "import.error.header"),
                bad("a row without N°", (f, id) -> edit(f, w -> fresh(rowOf(w, id), ID).setBlank()),
                        "import.actions.error.noId"),
                bad("an unknown N°", (f, id) -> edit(f, w -> fresh(rowOf(w, id), ID).setCellValue(987654321)),
                        "import.actions.error.unknownId"),
                bad("an unknown status", (f, id) -> edit(f, w -> fresh(rowOf(w, id), STATUS).setCellValue("Presque")),
                        "import.actions.error.status"),
                bad("an unknown priority", (f, id) -> edit(f, w -> fresh(rowOf(w, id), PRIORITY)
                        .setCellValue("Urgente")), "import.actions.error.priority"),
                bad("a due date before 2021", (f, id) -> edit(f, w -> fresh(rowOf(w, id), DUE)
                        .setCellValue(LocalDate.of(2019, 5, 1))), "import.actions.error.dueRange"),
                bad("a progress over 100 %", (f, id) -> edit(f, w -> fresh(rowOf(w, id), PROGRESS).setCellValue(1.5)),
                        "import.actions.error.progress"),
                bad("a formula without a cached value", (f, id) -> edit(f, w -> fresh(rowOf(w, id), PROGRESS)
                        .setCellFormula("0.1+0.2")), "import.error.formula"),
                bad("a value that is not a number", (f, id) -> edit(f, w -> fresh(rowOf(w, id), CURRENT)
                        .setCellValue("beaucoup")), "import.actions.error.notNumeric"),
                bad("a changed title (not imported)", (f, id) -> edit(f, w -> fresh(rowOf(w, id), TITLE)
                        .setCellValue("Un autre intitulé")), "import.actions.error.notImported"),
                bad("a changed owner (not imported)", (f, id) -> edit(f, w -> fresh(rowOf(w, id), OWNER)
                        .setCellValue("ADICO")), "import.actions.error.notImported"),
                bad("a changed indicator target (not imported)", (f, id) -> edit(f, w -> fresh(rowOf(w, id), TARGET)
                        .setCellValue(99)), "import.actions.error.notImported"));
    }

    private static Arguments bad(String name, BiFunction<byte[], Long, byte[]> file, String key) {
        return Arguments.of(name, file, key);
    }

    /** A small file whose sheet inflates a thousandfold. */
    private static byte[] zipBomb() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            Sheet sheet = workbook.createSheet(SHEET);
            Row header = sheet.createRow(0);
            List<String> titles = ActionPlanImportPreview.HEADERS;
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            String filler = "a".repeat(5000);
            for (int r = 1; r <= 3000; r++) {
                sheet.createRow(r).createCell(1).setCellValue(filler);
            }
            byte[] bytes = OfferingsImportFiles.bytes(workbook);
            assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> snapshot() {
        return actions.actions().stream().map(a -> a.id() + ":" + a.version()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void a_bad_file_is_refused_with_its_message_and_changes_nothing(String name,
                                                                    BiFunction<byte[], Long, byte[]> make, String key) {
        byte[] file = make.apply(exported(), action.id());
        Set<String> before = snapshot();
        String previewKey;
        try {
            ActionPlanImportPreview plan = imports.preview(file);
            assertThat(plan.hasErrors()).as(name).isTrue();
            previewKey = plan.rows().stream().filter(i -> i.status() == ActionPlanImportPreview.Status.ERROR)
                    .map(i -> i.error().messageKey()).findFirst().orElseThrow();
        } catch (ImportRejection rejection) {
            previewKey = rejection.getMessageKey();
        }
        assertThat(previewKey).as(name).isEqualTo(key);
        assertThatThrownBy(() -> imports.apply(file, "plan.xlsx")).as(name).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).getMessageKey())
                        .isIn(key, "import.error.rowsInError"));
        assertThat(snapshot()).as(name).isEqualTo(before);
    }

    @Test
    void a_title_of_46_million_characters_is_a_row_error_naming_the_column_and_the_limit_and_is_not_kept_whole() {
        String placeholder = "@@LONG@@";
        byte[] file = GiantCell.inflate(edit(exported(), w -> fresh(rowOf(w, action.id()), TITLE)
                .setCellValue(placeholder)), placeholder, GiantCell.ISSUE_CHARS);

        ActionPlanImportPreview.Item item = itemOf(imports.preview(file));

        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.ERROR);
        assertThat(item.error()).isEqualTo(ImportError.of("Action", "import.error.tooLong",
                PlanAction.TITLE_MAX_LENGTH));
        assertThat(item.title()).as("what the preview grid gets").hasSizeLessThanOrEqualTo(PlanAction.TITLE_MAX_LENGTH + 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Titre avec un \u0000 nul", "Titre avec un \uD800 demi-caractère", "Titre _x0041_ littéral"})
    void a_title_stored_with_a_character_xml_cannot_hold_exports_and_imports_back_unchanged(String title) {
        // stored before the services refused such characters: written directly, bypassing them
        String stored = LegacyText.write(jdbc, "plan_action", "title", action.id(), title);
        byte[] file = exported();

        ActionPlanImportPreview plan = imports.preview(file);

        assertThat(plan.hasErrors()).as(String.valueOf(plan.rows().stream()
                .filter(i -> i.status() == ActionPlanImportPreview.Status.ERROR).toList())).isFalse();
        assertThat(itemOf(plan).status()).isEqualTo(ActionPlanImportPreview.Status.UNCHANGED);
        assertThat(imports.apply(file, "plan.xlsx").changed()).isZero();
        assertThat(actions.get(action.id()).title()).as("the stored title is left as it was").isEqualTo(stored);
    }

    @Test
    void an_import_applied_is_published_for_the_audit_log_with_who_the_file_and_the_rows() {
        byte[] file = edit(exported(), w -> fresh(rowOf(w, action.id()), PROGRESS).setCellValue(0.4));
        imports.preview(file);
        assertThat(events.stream(AuditEvent.class)).as("a dry run is not an import applied").isEmpty();

        imports.apply(file, "copil-mars.xlsx");

        assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("IMPORT_APPLIED");
            assertThat(event.actor()).isEqualTo(TestUsers.COORDINATOR);
            assertThat(event.target()).isEqualTo("copil-mars.xlsx");
            assertThat(event.detail()).contains("1 action(s) modifiée(s)").contains("Plan d’actions");
        });
    }

    @Test
    void a_good_round_trip_changes_exactly_the_changed_status_and_progress() {
        byte[] file = edit(exported(), w -> {
            Row row = rowOf(w, action.id());
            fresh(row, STATUS).setCellValue("En cours");
            fresh(row, PROGRESS).setCellValue(0.6);
        });
        Set<String> before = snapshot();

        ActionPlanImportPreview plan = imports.preview(file);

        assertThat(plan.hasErrors()).as(plan.rows().toString()).isFalse();
        assertThat(plan.count(ActionPlanImportPreview.Status.CHANGED)).isEqualTo(1);
        assertThat(plan.count(ActionPlanImportPreview.Status.UNCHANGED)).isEqualTo(plan.rows().size() - 1);
        ActionPlanImportPreview.Item changed = plan.rows().stream()
                .filter(i -> i.status() == ActionPlanImportPreview.Status.CHANGED).findFirst().orElseThrow();
        assertThat(changed.id()).isEqualTo(action.id());
        assertThat(changed.changedColumns()).containsExactly("Statut", "Avancement");
        assertThat(snapshot()).isEqualTo(before);

        assertThat(imports.apply(file, "plan.xlsx").changed()).isEqualTo(1);

        ActionRow after = actions.get(action.id());
        assertThat(after.status()).isEqualTo(ActionStatus.EN_COURS);
        assertThat(after.progress()).isEqualTo(60);
        assertThat(after.dueDate()).isEqualTo(action.dueDate());
        assertThat(after.priority()).isEqualTo(action.priority());
        assertThat(after.indicator().current()).isEqualByComparingTo(action.indicator().current());
        Set<String> others = snapshot();
        others.removeIf(s -> s.startsWith(action.id() + ":"));
        before.removeIf(s -> s.startsWith(action.id() + ":"));
        assertThat(others).isEqualTo(before);
    }

    @Test
    void a_contributor_director_may_not_change_the_due_date_but_may_report_progress() {
        byte[] dueChanged = edit(exported(), w -> fresh(rowOf(w, action.id()), DUE)
                .setCellValue(action.dueDate().plusMonths(1)));
        byte[] progressChanged = edit(exported(), w -> fresh(rowOf(w, action.id()), PROGRESS).setCellValue(0.3));
        users.login(TestUsers.DIRECTOR_ADICO);

        ActionPlanImportPreview plan = imports.preview(dueChanged);
        ActionPlanImportPreview.Item item = plan.rows().stream().filter(i -> action.id() == i.id()).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.ERROR);
        assertThat(item.error().column()).isEqualTo("Échéance");
        assertThat(item.error().messageKey()).isEqualTo("import.actions.error.progressOnly");
        assertThatThrownBy(() -> imports.apply(dueChanged, "plan.xlsx")).isInstanceOf(UserFacingException.class);
        assertThat(actions.get(action.id()).dueDate()).isEqualTo(action.dueDate());

        assertThat(imports.apply(progressChanged, "plan.xlsx").changed()).isEqualTo(1);
        assertThat(actions.get(action.id()).progress()).isEqualTo(30);
    }

    @Test
    void a_non_imported_column_changed_in_the_file_is_reported_with_the_imported_ones() {
        byte[] file = edit(exported(), w -> {
            Row row = rowOf(w, action.id());
            fresh(row, TITLE).setCellValue("Intitulé retouché dans Excel");
            fresh(row, PROGRESS).setCellValue(0.5);
        });

        ActionPlanImportPreview.Item item = itemOf(imports.preview(file));

        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.ERROR);
        assertThat(item.error().column()).isEqualTo("Action");
        assertThat(item.error().arguments()).containsExactly("Action", "Échéance, Statut, Priorité, Valeur, Avancement");
        assertThatThrownBy(() -> imports.apply(file, "plan.xlsx")).isInstanceOf(UserFacingException.class);
        assertThat(actions.get(action.id()).title()).isEqualTo(action.title());
        assertThat(actions.get(action.id()).progress()).isEqualTo(action.progress());
    }

    @Test
    void the_export_is_stamped_with_the_time_its_data_was_read() throws IOException {
        java.time.Instant before = java.time.Instant.now();
        byte[] file = exported();
        java.time.Instant after = java.time.Instant.now();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            String stamp = workbook.getProperties().getCustomProperties().getProperty(ActionPlanImportPreview.EXPORTED_AT)
                    .getLpwstr();
            assertThat(java.time.Instant.parse(stamp)).isBetween(before, after);
        }
    }

    @Test
    void an_action_changed_in_the_application_after_the_export_keeps_that_change_under_the_files_own() {
        byte[] file = edit(exported(), w -> fresh(rowOf(w, action.id()), STATUS).setCellValue("En cours"));
        ActionRow current = actions.get(action.id());
        actions.update(action.id(), current.version(), current.toContent().withSchedule(current.dueDate(),
                current.status(), ActionPriority.BASSE, current.progress()));

        ActionPlanImportPreview.Item item = itemOf(imports.preview(file));
        assertThat(item.status()).as(String.valueOf(item.error())).isEqualTo(ActionPlanImportPreview.Status.CHANGED);
        assertThat(item.changedColumns()).containsExactly("Statut");
        assertThat(imports.apply(file, "plan.xlsx").changed()).isEqualTo(1);

        ActionRow after = actions.get(action.id());
        assertThat(after.status()).isEqualTo(ActionStatus.EN_COURS);
        assertThat(after.priority()).as("the later change in the application is kept").isEqualTo(ActionPriority.BASSE);
    }

    @Test
    void a_row_left_as_exported_does_not_undo_a_later_change_in_the_application() {
        byte[] file = exported();
        ActionRow current = actions.get(action.id());
        actions.reportProgress(action.id(), current.version(), ActionStatus.EN_COURS, 70, current.indicator().current());

        assertThat(itemOf(imports.preview(file)).status()).isEqualTo(ActionPlanImportPreview.Status.UNCHANGED);
        imports.apply(file, "plan.xlsx");

        assertThat(actions.get(action.id()).progress()).isEqualTo(70);
        assertThat(actions.get(action.id()).status()).isEqualTo(ActionStatus.EN_COURS);
    }

    @Test
    void a_column_changed_both_in_the_file_and_in_the_application_since_the_export_is_refused_naming_who_changed_it() {
        byte[] file = edit(exported(), w -> fresh(rowOf(w, action.id()), PROGRESS).setCellValue(0.3));
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        ActionRow current = actions.get(action.id());
        actions.reportProgress(action.id(), current.version(), current.status(), 50, current.indicator().current());
        String director = accounts.find(TestUsers.DIRECTOR_SOMME_NUM).orElseThrow().displayName();
        users.login(TestUsers.COORDINATOR);

        ActionPlanImportPreview.Item item = itemOf(imports.preview(file));

        assertThat(item.status()).isEqualTo(ActionPlanImportPreview.Status.ERROR);
        assertThat(item.error().messageKey()).isEqualTo("import.actions.error.stale");
        assertThat(item.error().column()).isEqualTo("Avancement");
        assertThat(item.error().arguments()).last().isEqualTo(director);
        assertThatThrownBy(() -> imports.apply(file, "plan.xlsx")).isInstanceOf(UserFacingException.class);
        assertThat(actions.get(action.id()).progress()).isEqualTo(50);

        users.login(TestUsers.ADMIN);
        Long directorId = accountService.list().stream().filter(a -> a.getUsername().equals(TestUsers.DIRECTOR_SOMME_NUM))
                .findFirst().orElseThrow().getId();
        accountService.setEnabled(directorId, false);
        try {
            users.login(TestUsers.COORDINATOR);
            assertThat(itemOf(imports.preview(file)).error().arguments()).as("a disabled account keeps its name")
                    .last().isEqualTo(director);
        } finally {
            users.login(TestUsers.ADMIN);
            accountService.setEnabled(directorId, true);
        }
    }

    ActionPlanImportPreview.Item itemOf(ActionPlanImportPreview plan) {
        return plan.rows().stream().filter(i -> i.id() != null && action.id() == i.id()).findFirst().orElseThrow();
    }
}
