package fr.metamut.workbook.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.domain.WorkbookReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Offres conjointes" sheet: one row per submitted offer with its decision; drafts stay private. */
@IntegrationTest
class OffersSheetExportTest {

    @Autowired
    WorkbookService workbooks;
    @Autowired
    OfferFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void validated_offers_appear_with_status_parties_budget_decision_and_coordinator_but_drafts_do_not() throws IOException {
        JointOffer validated = fixtures.offerIn(OfferStatus.VALIDEE);
        JointOffer draft = fixtures.offerIn(OfferStatus.BROUILLON);
        users.login(TestUsers.COORDINATOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(out);
        try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
            Sheet sheet = workbook.getSheet("Offres conjointes");
            assertThat(WorkbookReader.texts(sheet.getRow(0))).startsWith("Offre", "Statut", "Chef de file", "Partenaires");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row row = WorkbookReader.rowStartingWith(sheet, validated.getTitle()).orElseThrow();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Validée");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Somme Numérique");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Adico");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("62");
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(120000);
            assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("Motif de la décision");
            assertThat(row.getCell(12).getStringCellValue()).as("display name, not login").isEqualTo("Coordination Région");
            assertThat(WorkbookReader.rowStartingWith(sheet, draft.getTitle())).isEmpty();
        }
    }

    @Autowired
    fr.metamut.actionplan.service.ActionPlanService actionPlan;

    @Test
    void actions_generated_from_a_validated_offer_appear_in_the_action_plan_sheet() throws IOException {
        JointOffer validated = fixtures.offerIn(OfferStatus.VALIDEE);
        users.login(TestUsers.COORDINATOR);
        actionPlan.generateFromOffer(validated.getId());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.write(out);
            try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
                Sheet sheet = workbook.getSheet("Plan d’actions");
                assertThat(WorkbookReader.texts(sheet.getRow(0))).startsWith("N°", "Action", "Pilote", "Contributeurs", "Échéance");
                Row row = WorkbookReader.rowWith(sheet, 1, validated.getTitle()).orElseThrow();
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Somme Numérique");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Adico");
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getStringCellValue()).doesNotStartWith("!");
                assertThat(row.getCell(12).getStringCellValue()).contains(validated.getTitle());
            }
        } finally {
            actionPlan.actions().stream().filter(a -> a.title().equals(validated.getTitle()))
                    .forEach(a -> actionPlan.delete(a.id()));
        }
    }

    @Autowired
    fr.metamut.offer.service.OfferService offerService;
    @Autowired
    fr.metamut.offer.service.OfferWorkflowService workflow;
    @Autowired
    fr.metamut.catalog.service.CatalogService catalog;

    /** Issue 12: "links repeat their prefix (Offre conjointe : Offre conjointe : …)". */
    @Test
    void a_link_to_an_offer_titled_after_a_gap_does_not_repeat_its_prefix() throws IOException {
        users.login(OfferFixtures.LEAD);
        JointOffer offer = offerService.create(fixtures.content("Offre conjointe : Archivage électronique (62)"));
        workflow.submit(offer.getId());
        users.login(TestUsers.COORDINATOR);
        long owner = catalog.operatorByCode("SOMME_NUM").orElseThrow().getId();
        var action = actionPlan.create(fr.metamut.actionplan.domain.ActionContent.of("Archiver en 62", owner)
                .withLinks(offer.getId(), null, "ADS", "62"));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.write(out);
            try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
                Row row = WorkbookReader.rowWith(workbook.getSheet("Plan d’actions"), 1, "Archiver en 62").orElseThrow();
                assertThat(row.getCell(12).getStringCellValue()).isEqualTo(
                        "Offre conjointe : Archivage électronique (62)\nAbsence : Autorisation du droit des sols en 62");
            }
        } finally {
            actionPlan.delete(action.id());
        }
    }

    @Test
    void partnerships_and_swot_sheets_list_the_registry_and_the_board_with_french_labels() throws IOException {
        users.login(TestUsers.ADMIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(out);
        try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
            Sheet partnerships = workbook.getSheet("Partenariats");
            Row atexo = WorkbookReader.rowStartingWith(partnerships, "Plateforme mutualisée de marchés publics (ATEXO)").orElseThrow();
            assertThat(atexo.getCell(3).getStringCellValue()).contains("CDG59", "CDG62", "Somme Numérique");
            assertThat(atexo.getCell(1).getStringCellValue()).doesNotStartWith("!");
            Sheet swot = workbook.getSheet("AFOM");
            long items = java.util.stream.IntStream.rangeClosed(1, swot.getLastRowNum())
                    .mapToObj(swot::getRow).filter(r -> r != null && r.getCell(2) != null
                            && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.NUMERIC).count();
            assertThat(items).isGreaterThanOrEqualTo(19);
            assertThat(WorkbookReader.rowWith(swot, 2, "Archivage électronique")).isPresent();
            assertThat(swot.getRow(1).getCell(0).getStringCellValue()).doesNotStartWith("!");
        }
    }

    @Autowired
    fr.metamut.swot.service.SwotService swot;
    @Autowired
    fr.metamut.swot.domain.SwotItemRepository swotItems;

    @Test
    void the_swot_sheet_names_who_changed_an_item_by_display_name() throws IOException {
        users.login(TestUsers.DIRECTOR_ADICO);
        fr.metamut.swot.domain.SwotItem item = swot.add(fr.metamut.swot.domain.Quadrant.THREAT,
                new fr.metamut.swot.domain.SwotContent("Départs en retraite non remplacés", null, null));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.write(out);
            try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
                Row row = WorkbookReader.rowWith(workbook.getSheet("AFOM"), 2, item.getTitle()).orElseThrow();
                assertThat(row.getCell(7).getStringCellValue()).as("display name, not login").isEqualTo("Direction Adico");
            }
        } finally {
            swot.remove(item.getId(), swotItems.findById(item.getId()).orElseThrow().getVersion());
        }
    }
}
