package fr.metamut.imports.service;

import static fr.metamut.support.Denials.assertDenied;
import static fr.metamut.imports.service.OfferingsImportFiles.addRow;
import static fr.metamut.imports.service.OfferingsImportFiles.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.LegacyText;
import fr.metamut.support.TestUsers;
import fr.metamut.imports.domain.GiantCell;
import fr.metamut.imports.domain.ImportError;
import fr.metamut.imports.domain.OfferingsImportPreview;
import fr.metamut.imports.domain.ImportRejection;
import fr.metamut.imports.domain.OfferingsTemplate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings round trip through Excel, on the database: bad files refused with their message and the
 * database unchanged; a good file previewed then applied, exactly.
 */
@IntegrationTest
@RecordApplicationEvents
class OfferingsImportServiceTest {

    @Autowired
    OfferingsImportService imports;
    @Autowired
    OfferingService offeringService;
    @Autowired
    CatalogService catalog;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void loginAsDirector() {
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            imports.writeTemplate(imports.template(), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void the_template_lists_the_directors_own_offerings_and_the_reference_codes() throws IOException {
        long own = offerings.findByOperator(operators.findByCode("SOMME_NUM").orElseThrow().getId()).size();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template()))) {
            Sheet sheet = workbook.getSheet(OfferingsTemplate.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Opérateur");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) own);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SOMME_NUM");
            assertThat(workbook.getSheet("Opérateurs")).isNotNull();
            assertThat(workbook.getSheet("Services").getProtect()).isTrue();
            assertThat(workbook.getSheet("Départements")).isNotNull();
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("a text file", t -> "Opérateur;Service;Département;Note\nSOMME_NUM;ARCHIVAGE;80;x\n"
                        .getBytes(StandardCharsets.UTF_8), "import.error.notXlsx"),
                bad("a .xls file", t -> {
                    try (HSSFWorkbook xls = new HSSFWorkbook()) {
                        xls.createSheet("Offres").createRow(0).createCell(0).setCellValue("Opérateur");
                        return OfferingsImportFiles.bytes(xls);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, "import.error.notXlsx"),
                bad("a file over the size limit", t -> new byte[2 * 1024 * 1024 + 1], "import.error.tooLarge"),
                bad("a zip bomb", t -> zipBomb(), "import.error.zipBomb"),
                bad("no sheet Offres", t -> edit(t, w -> w.setSheetName(0, "Feuil1")), "import.error.missingSheet"),
                bad("a missing column", t -> edit(t, w -> w.getSheet("Offres").getRow(0)
                        .removeCell(w.getSheet("Offres").getRow(0).getCell(3))), "import.error.header"),
                bad("a renamed column", t -> edit(t, w -> w.getSheet("Offres").getRow(0).createCell(1)
                        .setCellValue("Prestation")), "import.error.header"),
                bad("a formula where a value is expected", t -> edit(t, w -> w.getSheet("Offres").getRow(1)
                        .createCell(3).setCellFormula("1+1")), "import.error.formula"),
                bad("an unknown operator", t -> edit(t, w -> addRow(w, "INCONNU", "ARCHIVAGE", "80", null)),
                        "import.error.unknownOperator"),
                bad("an unknown service", t -> edit(t, w -> addRow(w, "SOMME_NUM", "TELEPORTATION", "80", null)),
                        "import.error.unknownService"),
                bad("an unknown département", t -> edit(t, w -> addRow(w, "SOMME_NUM", "ARCHIVAGE", "99", null)),
                        "import.error.unknownDepartement"),
                bad("a note over 500 characters", t -> edit(t, w -> w.getSheet("Offres").getRow(1)
                        .createCell(3).setCellValue("x".repeat(501))), "import.error.tooLong"),
                bad("a duplicated row", t -> edit(t, w -> {
                    Row first = w.getSheet("Offres").getRow(1);
                    addRow(w, first.getCell(0).getStringCellValue(), first.getCell(1).getStringCellValue(),
                            first.getCell(2).getStringCellValue(), "doublon");
                }), "import.error.duplicate"),
                bad("another operator’s row", t -> edit(t, w -> addRow(w, "ADICO", "ARCHIVAGE", "60", null)),
                        "import.error.foreignOperator"));
    }

    private static Arguments bad(String name, UnaryOperator<byte[]> file, String key) {
        return Arguments.of(name, file, key);
    }

    /** A small file whose sheet inflates a thousandfold: one long repeated text on thousands of rows. */
    private static byte[] zipBomb() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
            Sheet sheet = workbook.createSheet("Offres");
            Row header = sheet.createRow(0);
            List<String> titles = OfferingsTemplate.HEADERS;
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            String filler = "a".repeat(5000);
            for (int r = 1; r <= 3000; r++) {
                sheet.createRow(r).createCell(3).setCellValue(filler);
            }
            byte[] bytes = OfferingsImportFiles.bytes(workbook);
            assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void a_bad_file_is_refused_with_its_message_and_changes_nothing(String name, UnaryOperator<byte[]> make,
                                                                    String key) {
        byte[] file = make.apply(template());
        Snapshot before = snapshot();

        String previewKey;
        try {
            OfferingsImportPreview plan = imports.preview(file);
            assertThat(plan.hasErrors()).as(name).isTrue();
            previewKey = plan.rows().stream().filter(i -> i.status() == OfferingsImportPreview.Status.ERROR)
                    .map(i -> i.error().messageKey()).findFirst().orElseThrow();
        } catch (ImportRejection rejection) {
            previewKey = rejection.getMessageKey();
        }
        assertThat(previewKey).as(name).isEqualTo(key);
        assertThatThrownBy(() -> imports.apply(file, true, "offres.xlsx")).as(name).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).getMessageKey())
                        .isIn(key, "import.error.rowsInError"));
        assertThat(snapshot()).as(name).isEqualTo(before);
    }

    @Test
    void a_cell_of_46_million_characters_is_a_row_error_naming_the_column_and_the_limit_and_is_not_kept_whole() {
        byte[] file = GiantCell.inflate(edit(template(), w -> w.getSheet(OfferingsTemplate.SHEET).getRow(1)
                .createCell(3).setCellValue(PLACEHOLDER)), PLACEHOLDER, GiantCell.ISSUE_CHARS);
        assertThat(file.length).as("the issue's 1.46 MB file").isBetween(1_000_000, 2_000_000);

        OfferingsImportPreview plan = imports.preview(file);

        OfferingsImportPreview.Item item = plan.rows().stream().filter(i -> i.line() == 2).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(OfferingsImportPreview.Status.ERROR);
        assertThat(item.error()).isEqualTo(ImportError.of("Note", "import.error.tooLong", Offering.NOTE_MAX_LENGTH));
        assertThat(item.note()).as("what the preview grid gets").hasSizeLessThanOrEqualTo(Offering.NOTE_MAX_LENGTH + 1);
        assertThatThrownBy(() -> imports.apply(file, true, "offres.xlsx")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_note_stored_with_a_nul_exports_and_imports_back_unchanged() {
        Offering own = offerings.findByOperator(operators.findByCode("SOMME_NUM").orElseThrow().getId()).getFirst();
        // stored before the services refused such characters: written directly, bypassing them
        String stored = LegacyText.write(jdbc, "offering", "note", own.getId(), "Note \u0000 et \uDC00");
        try {
            byte[] file = template();

            OfferingsImportPreview plan = imports.preview(file);

            assertThat(plan.rows()).extracting(OfferingsImportPreview.Item::status).containsOnly(OfferingsImportPreview.Status.UNCHANGED);
            assertThat(imports.apply(file, false, "offres.xlsx").changed()).isZero();
            assertThat(offerings.findById(own.getId()).orElseThrow().getNote()).isEqualTo(stored);
        } finally {
            jdbc.update("update offering set note = ? where id = ?", own.getNote(), own.getId());
        }
    }

    @Test
    void an_import_applied_is_published_for_the_audit_log_with_who_the_file_and_the_rows() {
        byte[] file = edit(template(), w -> w.getSheet(OfferingsTemplate.SHEET).getRow(1).createCell(3)
                .setCellValue("Note changée par l’import " + System.nanoTime()));
        int rows = imports.preview(file).rows().size();
        assertThat(events.stream(AuditEvent.class)).as("a dry run is not an import applied").isEmpty();

        imports.apply(file, false, "offres-somme.xlsx");

        assertThat(events.stream(AuditEvent.class)).singleElement().isEqualTo(new AuditEvent("IMPORT_APPLIED",
                TestUsers.DIRECTOR_SOMME_NUM, "offres-somme.xlsx", rows
                        + " ligne(s) lue(s) dans la feuille Offres : 0 offre(s) ajoutée(s), 1 modifiée(s), 0 supprimée(s)."));
    }

    static final String PLACEHOLDER = "@@LONG@@";

    record Snapshot(long count, String sampleNote, Set<String> keys) {
    }

    Snapshot snapshot() {
        List<Offering> all = offerings.findAll();
        Offering sample = all.stream().min(java.util.Comparator.comparing(Offering::getId)).orElseThrow();
        return new Snapshot(all.size(), sample.getNote(), all.stream()
                .map(o -> o.getId() + ":" + o.getVersion() + ":" + o.getNote()).collect(Collectors.toSet()));
    }

    @Test
    void a_good_round_trip_changes_exactly_the_changed_note_and_adds_the_new_row() {
        byte[] template = template();
        Long sommeNum = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        List<Offering> own = offerings.findByOperator(sommeNum);
        Set<String> taken = own.stream().map(o -> o.getServiceLine().getCode() + "/" + o.getDepartement().getCode())
                .collect(Collectors.toSet());
        String[] free = catalog.services().stream().flatMap(s -> catalog.departements().stream()
                        .map(d -> new String[] {s.getCode(), d.getCode()}))
                .filter(p -> !taken.contains(p[0] + "/" + p[1])).findFirst().orElseThrow();
        long countBefore = offerings.count();
        String[] changedKey = new String[3];
        byte[] file = edit(template, w -> {
            Row row = w.getSheet("Offres").getRow(1);
            for (int i = 0; i < 3; i++) {
                changedKey[i] = row.getCell(i).getStringCellValue();
            }
            row.createCell(3).setCellValue("Note changée par l’import");
            addRow(w, "SOMME_NUM", free[0], free[1], "Nouvelle offre importée");
        });
        Offering changed = own.stream().filter(o -> o.getServiceLine().getCode().equals(changedKey[1])
                && o.getDepartement().getCode().equals(changedKey[2])).findFirst().orElseThrow();
        String originalNote = changed.getNote();

        OfferingsImportPreview plan = imports.preview(file);
        assertThat(plan.count(OfferingsImportPreview.Status.CHANGED)).isEqualTo(1);
        assertThat(plan.count(OfferingsImportPreview.Status.NEW)).isEqualTo(1);
        assertThat(plan.count(OfferingsImportPreview.Status.UNCHANGED)).isEqualTo(own.size() - 1);
        assertThat(plan.count(OfferingsImportPreview.Status.ERROR)).isZero();
        assertThat(plan.absent()).isEmpty();
        assertThat(offerings.count()).isEqualTo(countBefore);

        Set<String> untouched = offerings.findAll().stream().filter(o -> !o.getId().equals(changed.getId()))
                .map(o -> o.getId() + ":" + o.getVersion()).collect(Collectors.toSet());
        OfferingsImportService.Applied applied = imports.apply(file, false, "offres.xlsx");
        try {
            assertThat(applied).isEqualTo(new OfferingsImportService.Applied(1, 1, 0));
            assertThat(offerings.count()).isEqualTo(countBefore + 1);
            assertThat(offerings.findById(changed.getId()).orElseThrow().getNote())
                    .isEqualTo("Note changée par l’import");
            Offering added = offerings.findByOperator(sommeNum).stream()
                    .filter(o -> o.getServiceLine().getCode().equals(free[0])
                            && o.getDepartement().getCode().equals(free[1])).findFirst().orElseThrow();
            assertThat(added.getNote()).isEqualTo("Nouvelle offre importée");
            assertThat(offerings.findAll().stream().filter(o -> !o.getId().equals(changed.getId())
                    && !o.getId().equals(added.getId())).map(o -> o.getId() + ":" + o.getVersion())
                    .collect(Collectors.toSet())).isEqualTo(untouched);
        } finally {
            offerings.findByOperator(sommeNum).stream()
                    .filter(o -> o.getServiceLine().getCode().equals(free[0])
                            && o.getDepartement().getCode().equals(free[1]))
                    .forEach(o -> offeringService.remove(o.getId()));
            Offering now = offerings.findById(changed.getId()).orElseThrow();
            offeringService.changeNote(now.getId(), now.getVersion(), originalNote);
        }
        assertThat(offerings.count()).isEqualTo(countBefore);
    }

    @Test
    @Transactional
    void absent_offerings_are_removed_only_when_asked() {
        byte[] file = edit(template(), w -> w.getSheet("Offres").removeRow(w.getSheet("Offres").getRow(1)));
        OfferingsImportPreview plan = imports.preview(file);
        assertThat(plan.absent()).hasSize(1);
        long before = offerings.count();

        assertThat(imports.apply(file, false, "offres.xlsx").removed()).isZero();
        assertThat(offerings.count()).isEqualTo(before);
        assertThat(imports.apply(file, true, "offres.xlsx").removed()).isEqualTo(1);
        assertThat(offerings.count()).isEqualTo(before - 1);
    }

    @Test
    void an_administrator_may_import_any_operator_and_a_coordinator_none() {
        users.login(TestUsers.ADMIN);
        byte[] file = edit(template(), w -> addRow(w, "ADICO", "INCONNU", "60", null));
        assertThat(imports.preview(file).rows().stream().filter(i -> i.status() == OfferingsImportPreview.Status.ERROR)
                .map(i -> i.error().messageKey())).containsExactly("import.error.unknownService");

        users.login(TestUsers.COORDINATOR);
        assertDenied(() -> imports.preview(file));
        assertDenied(() -> imports.apply(file, true, "offres.xlsx"));
    }
}
