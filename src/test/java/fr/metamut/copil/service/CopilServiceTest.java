package fr.metamut.copil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.PlanFixtures;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.Change;
import fr.metamut.copil.domain.ChangeKind;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingContent;
import fr.metamut.copil.domain.MeetingRepository;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Baselines and comparisons on the report's data: what a meeting freezes, and that between two meetings exactly
 * the changes made appear (a gap closed by a new offering, an offer decided, a deadline moved, an action
 * completed), nothing else.
 */
@IntegrationTest
@RecordApplicationEvents
class CopilServiceTest {

    @Autowired
    CopilService copil;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    OfferingService offerings;
    @Autowired
    CatalogService catalog;
    @Autowired
    fr.metamut.offer.service.OfferWorkflowService offers;
    @Autowired
    ActionPlanService plan;
    @Autowired
    OfferFixtures offerFixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    fr.metamut.workbook.service.WorkbookService workbooks;

    private Offering added;

    @AfterEach
    void cleanUp() {
        users.login(TestUsers.ADMIN);
        if (added != null) {
            offerings.remove(added.getId());
        }
        users.logout();
        meetings.deleteAll();
        planFixtures.deleteAllActions();
    }

    @Test
    void between_two_meetings_exactly_the_changes_made_appear() {
        JointOffer underReview = offerFixtures.offerIn(OfferStatus.EN_INSTRUCTION);
        ActionRow training = planFixtures.sommeNumAction("Former les agents au RGPD");
        ActionRow sig = planFixtures.create(ActionContent.of("Déployer le SIG", planFixtures.operatorId("SOMME_NUM"))
                .withSchedule(LocalDate.of(2030, 6, 30), ActionStatus.EN_COURS, ActionPriority.HAUTE, 20));
        Meeting first = recordAsCoordinator("COPIL de printemps");

        users.login(TestUsers.ADMIN);
        long ads = catalog.services().stream().filter(s -> s.getCode().equals("ADS")).findFirst().orElseThrow().getId();
        long pasDeCalais = catalog.departements().stream().filter(d -> d.getCode().equals("62")).findFirst().orElseThrow()
                .getId();
        added = offerings.add(catalog.operatorByCode("ADICO").orElseThrow().getId(), ads, pasDeCalais, null);
        users.login(TestUsers.COORDINATOR);
        offers.decide(underReview.getId(), OfferStatus.VALIDEE, "Offre cohérente avec les besoins");
        plan.update(sig.id(), sig.version(), plan.get(sig.id()).toContent()
                .withSchedule(LocalDate.of(2030, 12, 31), ActionStatus.EN_COURS, ActionPriority.HAUTE, 20));
        plan.update(training.id(), training.version(), plan.get(training.id()).toContent()
                .withSchedule(null, ActionStatus.FAIT, ActionPriority.MOYENNE, 100));
        Meeting second = recordAsCoordinator("COPIL d’été");

        users.login(TestUsers.DIRECTOR_ADICO);
        Comparison comparison = copil.compare(first.getId(), second.getId(), Locale.FRENCH);

        assertThat(comparison.changes()).containsExactly(
                new Change(ChangeKind.GAP_CLOSED, "Autorisation du droit des sols", "62", "0", "1", "Adico"),
                new Change(ChangeKind.OFFER_DECIDED, underReview.getTitle(), null, "En instruction", "Validée",
                        "Offre cohérente avec les besoins"),
                new Change(ChangeKind.ACTION_COMPLETED, "Former les agents au RGPD", null, "À faire", "Fait",
                        "Somme Numérique"),
                new Change(ChangeKind.DEADLINE_MOVED, "Déployer le SIG", null, "30/06/2030", "31/12/2030",
                        "Somme Numérique"));
        assertThat(comparison.budgetValidated()).isEqualByComparingTo(new BigDecimal("120000"));
        assertThat(copil.compare(second.getId(), second.getId(), Locale.FRENCH).changes()).isEmpty();
    }

    @Test
    void recording_freezes_the_state_that_matters_and_stores_it_compactly() {
        ActionRow action = planFixtures.sommeNumAction("Ouvrir la plateforme de marchés");
        Meeting meeting = recordAsCoordinator("COPIL de lancement");

        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        Baseline baseline = copil.baseline(meeting.getId());
        assertThat(baseline.format()).isEqualTo(Baseline.FORMAT);
        assertThat(baseline.frozenAt()).isEqualTo(meeting.getFrozenAt());
        assertThat(baseline.coverage().departements()).extracting(Baseline.Departement::code)
                .containsExactly("02", "59", "60", "62", "80");
        Baseline.Service marches = baseline.coverage().services().stream()
                .filter(s -> s.name().equals("Marchés publics")).findFirst().orElseThrow();
        assertThat(marches.offeredBy()).allSatisfy(operators -> assertThat(operators).hasSize(2));
        assertThat(baseline.actions()).extracting(Baseline.Action::id, Baseline.Action::status)
                .contains(org.assertj.core.groups.Tuple.tuple(action.id(), "A_FAIRE"));
        assertThat(baseline.partnerships()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(baseline.swot()).hasSizeGreaterThanOrEqualTo(19);
        assertThat(baseline.offers()).allSatisfy(o -> assertThat(o.submittedAt()).isNotNull());
        assertThat(copil.baselineSize(meeting.getId())).isBetween(1_000, 20_000);
        assertThat(events.stream(fr.metamut.base.domain.AuditEvent.class))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("COPIL_RECORDED"));
    }

    @Test
    void the_next_meeting_follows_up_the_decisions_of_the_previous_one() {
        ActionRow action = planFixtures.sommeNumAction("Mutualiser le DPO");
        users.login(TestUsers.COORDINATOR);
        Meeting first = copil.record(new MeetingContent(LocalDate.of(2027, 3, 14), "COPIL de printemps", null, List.of(),
                List.of(new MeetingContent.DecisionDraft("Lancer la mutualisation du DPO", DecisionLink.ACTION, action.id()),
                        MeetingContent.DecisionDraft.of("Revoir le budget en juin"))));
        plan.reportProgress(action.id(), plan.get(action.id()).version(), ActionStatus.EN_COURS, 60, null);
        Meeting second = recordAsCoordinator("COPIL d’été");

        users.login(TestUsers.DIRECTOR_ADICO);
        List<FollowUp> followUps = copil.followUps(first, second.getId(), Locale.FRENCH);

        assertThat(first.getDecisions().getFirst().getLinkLabel()).isEqualTo("Mutualiser le DPO");
        assertThat(followUps).extracting(FollowUp::state).containsExactly("En cours, 60 %", null);
        assertThat(copil.previous(second.getId())).contains(first);
        assertThat(copil.find(first.getId().toString())).isEqualTo(first);
        assertThat(copil.find("14/03/2027")).isEqualTo(first);
        assertThat(copil.find("2027-03-14")).isEqualTo(first);
        assertThatThrownBy(() -> copil.find("1999-01-01")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_workbook_of_a_meeting_has_its_comparison_sheet_and_without_one_compares_with_the_latest()
            throws java.io.IOException {
        ActionRow action = planFixtures.sommeNumAction("Mutualiser le DPO");
        users.login(TestUsers.COORDINATOR);
        Meeting first = copil.record(new MeetingContent(LocalDate.of(2027, 3, 14), "COPIL de printemps", null, List.of(),
                List.of(new MeetingContent.DecisionDraft("Lancer le DPO mutualisé", DecisionLink.ACTION, action.id()))));
        plan.reportProgress(action.id(), plan.get(action.id()).version(), ActionStatus.FAIT, 100, null);
        Meeting second = copil.record(new MeetingContent(LocalDate.of(2027, 6, 20), "COPIL d’été", null, List.of(),
                List.of(MeetingContent.DecisionDraft.of("Préparer l’appel à partenaires"))));

        users.login(TestUsers.DIRECTOR_ADICO);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = workbook(second.getId().toString())) {
            assertThat(fr.metamut.workbook.domain.WorkbookReader.sheetNames(book).subList(0, 3))
                    .containsExactly("Synthèse", "Depuis le dernier COPIL", "Couverture");
            var sheet = book.getSheet("Depuis le dernier COPIL");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(
                    "Du COPIL du 14/03/2027 (COPIL de printemps) au COPIL du 20/06/2027 (COPIL d’été)");
            var header = fr.metamut.workbook.domain.WorkbookReader.rowStartingWith(sheet, "Changement").orElseThrow();
            assertThat(fr.metamut.workbook.domain.WorkbookReader.texts(header))
                    .containsExactly("Changement", "Élément", "Dépt", "Avant", "Après", "Précisions");
            assertThat(fr.metamut.workbook.domain.WorkbookReader.texts(sheet.getRow(header.getRowNum() + 1)))
                    .containsExactly("Action terminée", "Mutualiser le DPO", null, "À faire", "Fait", "Somme Numérique");
            var followUp = fr.metamut.workbook.domain.WorkbookReader.rowStartingWith(sheet, "Action : Mutualiser le DPO")
                    .orElseThrow();
            assertThat(followUp.getCell(1).getStringCellValue()).isEqualTo("Lancer le DPO mutualisé");
            assertThat(followUp.getCell(5).getStringCellValue()).isEqualTo("Fait, 100 %");
            assertThat(fr.metamut.workbook.domain.WorkbookReader.rowWith(sheet, 1, "Préparer l’appel à partenaires"))
                    .isPresent();
            assertThat(sheet.getRowBreaks()).as("one change: the sheet stays on one page").isEmpty();
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = workbook(null)) {
            var sheet = book.getSheet("Depuis le dernier COPIL");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith(
                    "Du COPIL du 20/06/2027 (COPIL d’été) à l’export du ");
            assertThat(fr.metamut.workbook.domain.WorkbookReader.rowStartingWith(sheet, "Aucun changement.")).isPresent();
        }
        meetings.deleteAll();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = workbook(null)) {
            assertThat(book.getSheet("Depuis le dernier COPIL")).as("no meeting, no comparison").isNull();
        }
    }

    private org.apache.poi.xssf.usermodel.XSSFWorkbook workbook(String meeting) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        workbooks.write(workbooks.content(meeting), out);
        return fr.metamut.workbook.domain.WorkbookReader.open(out.toByteArray());
    }

    @Test
    void a_decision_about_an_item_that_does_not_exist_is_refused_on_its_field() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> copil.record(new MeetingContent(LocalDate.of(2027, 3, 14), "COPIL", null, List.of(),
                List.of(new MeetingContent.DecisionDraft("Décision", DecisionLink.OFFER, 999_999L)))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("copil.error.linkNotFound");
                    assertThat(e.getField()).contains("decisions");
                });
        assertThat(meetings.count()).isZero();
    }

    private Meeting recordAsCoordinator(String title) {
        users.login(TestUsers.COORDINATOR);
        try {
            return copil.record(new MeetingContent(LocalDate.of(2027, 6, 20), title, "Point d’étape", List.of(), List.of()));
        } finally {
            users.logout();
        }
    }
}
