package fr.metamut.actionplan.service;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPlanChangedEvent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.domain.PlanActionRepository;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferFixtures;
import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TableRows;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.SwotItemRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plan's rules through its service: validation, generation from offers, overdue, history, export, live. */
@IntegrationTest
class ActionPlanServiceTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 15);

    @Autowired
    ActionPlanService plan;
    @Autowired
    PlanActionRepository actions;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SwotItemRepository swotItems;
    @Autowired
    ChangeFeed feed;

    @AfterEach
    void cleanUp() {
        users.logout();
        fixtures.deleteAllActions();
    }

    static Stream<Arguments> invalidContents() {
        return Stream.of(
                Arguments.of("blank title", (UnaryOperator<ActionContent>) c -> c.withTitle("   "), "plan.error.titleRequired"),
                Arguments.of("title too long", (UnaryOperator<ActionContent>) c -> c.withTitle("x".repeat(201)), "plan.error.tooLong"),
                Arguments.of("no owner", (UnaryOperator<ActionContent>) c -> c.withOwner(null, Set.of()), "plan.error.ownerRequired"),
                Arguments.of("progress above 100", (UnaryOperator<ActionContent>) c -> c.withSchedule(null, ActionStatus.EN_COURS, ActionPriority.HAUTE, 101), "plan.error.progress"),
                Arguments.of("negative progress", (UnaryOperator<ActionContent>) c -> c.withSchedule(null, ActionStatus.EN_COURS, ActionPriority.HAUTE, -1), "plan.error.progress"),
                Arguments.of("no status", (UnaryOperator<ActionContent>) c -> c.withSchedule(null, null, ActionPriority.HAUTE, 0), "plan.error.statusRequired"),
                Arguments.of("due before the plan", (UnaryOperator<ActionContent>) c -> c.withSchedule(LocalDate.of(2019, 12, 31), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0), "plan.error.dueDate"),
                Arguments.of("due after the horizon", (UnaryOperator<ActionContent>) c -> c.withSchedule(LocalDate.of(2999, 1, 1), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0), "plan.error.dueDate"),
                Arguments.of("negative target", (UnaryOperator<ActionContent>) c -> c.withIndicator("Communes", new BigDecimal("-1"), null), "plan.error.indicatorNegative"),
                Arguments.of("negative current", (UnaryOperator<ActionContent>) c -> c.withIndicator("Communes", new BigDecimal("10"), new BigDecimal("-0.5")), "plan.error.indicatorNegative"),
                Arguments.of("three decimals", (UnaryOperator<ActionContent>) c -> c.withIndicator("Taux", new BigDecimal("1.125"), null), "plan.error.indicatorFormat"),
                Arguments.of("unnamed indicator", (UnaryOperator<ActionContent>) c -> c.withIndicator(" ", new BigDecimal("10"), null), "plan.error.indicatorName"),
                Arguments.of("gap without département", (UnaryOperator<ActionContent>) c -> c.withLinks(null, null, "ARCHIVAGE", null), "plan.error.gapIncomplete"),
                Arguments.of("unknown gap service", (UnaryOperator<ActionContent>) c -> c.withLinks(null, null, "NO_SUCH_SERVICE", "62"), "error.notFound"),
                Arguments.of("unknown SWOT item", (UnaryOperator<ActionContent>) c -> c.withLinks(null, -1L, null, null), "error.notFound"),
                Arguments.of("unknown contributor", (UnaryOperator<ActionContent>) c -> c.withOwner(c.ownerId(), Set.of(-5L)), "error.notFound"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContents")
    void an_invalid_action_is_refused_with_its_message_and_nothing_is_written(String what,
                                                                            UnaryOperator<ActionContent> spoil,
                                                                            String messageKey) {
        ActionContent valid = ActionContent.of("Action valable", fixtures.operatorId("SOMME_NUM"));
        Map<String, Integer> before = TableRows.count(jdbc);
        users.login(TestUsers.COORDINATOR);

        assertRefused(() -> plan.create(spoil.apply(valid)), messageKey);

        assertThat(TableRows.count(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidContents")
    void an_invalid_change_is_refused_and_the_action_stays_as_it_was(String what, UnaryOperator<ActionContent> spoil,
                                                                     String messageKey) {
        ActionRow action = fixtures.sommeNumAction("Action à garder intacte");
        Map<String, Integer> before = TableRows.count(jdbc);
        users.login(TestUsers.COORDINATOR);

        assertRefused(() -> plan.update(action.id(), action.version(), spoil.apply(action.toContent())), messageKey);

        assertThat(TableRows.count(jdbc)).isEqualTo(before);
        assertThat(plan.get(action.id())).isEqualTo(action);
    }

    @Test
    void progress_reports_are_checked_too() {
        ActionRow action = fixtures.sommeNumAction("Action suivie");
        users.login(TestUsers.DIRECTOR_ADICO);

        assertRefused(() -> plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 150, null), "plan.error.progress");
        assertRefused(() -> plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 50,
                new BigDecimal("-3")), "plan.error.indicatorNegative");
        assertRefused(() -> plan.reportProgress(action.id(), action.version() - 1, ActionStatus.EN_COURS, 50, null),
                "error.staleData");
        assertThat(plan.get(action.id())).isEqualTo(action);
    }

    @Test
    void a_done_action_is_at_full_progress() {
        ActionRow action = fixtures.sommeNumAction("Action terminée");
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        ActionRow done = plan.reportProgress(action.id(), action.version(), ActionStatus.FAIT, 30, null);

        assertThat(done.progress()).isEqualTo(100);
    }

    @Test
    void a_stale_edit_is_refused_instead_of_overwriting_someone_elses_change() {
        ActionRow action = fixtures.sommeNumAction("Action partagée");
        users.login(TestUsers.DIRECTOR_ADICO);
        plan.reportProgress(action.id(), action.version(), ActionStatus.EN_COURS, 20, null);
        users.login(TestUsers.DIRECTOR_SOMME_NUM);

        assertRefused(() -> plan.update(action.id(), action.version(), action.toContent().withTitle("Écrase")), "error.staleData");
        assertThat(plan.get(action.id()).progress()).isEqualTo(20);
    }

    @Test
    void a_validated_offer_generates_one_action_per_milestone_once() {
        JointOffer offer = fixtures.offerIn(OfferStatus.VALIDEE, List.of(
                new Milestone("Lancement du groupement", LocalDate.of(2027, 2, 1)),
                new Milestone("Choix du prestataire", LocalDate.of(2027, 6, 30)),
                new Milestone("Mise en service", LocalDate.of(2027, 12, 1))));
        users.login(OfferFixtures.LEAD);
        assertThat(plan.generationCandidates()).extracting(GenerationCandidate::offerId, GenerationCandidate::missingActions)
                .contains(org.assertj.core.groups.Tuple.tuple(offer.getId(), 3));

        GenerationResult first = plan.generateFromOffer(offer.getId());

        assertThat(first).isEqualTo(new GenerationResult(3, 0));
        List<ActionRow> generated = plan.actions().stream().filter(a -> offer.getId().equals(a.links().offerId())).toList();
        assertThat(generated).extracting(ActionRow::title, ActionRow::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lancement du groupement", LocalDate.of(2027, 2, 1)),
                org.assertj.core.groups.Tuple.tuple("Choix du prestataire", LocalDate.of(2027, 6, 30)),
                org.assertj.core.groups.Tuple.tuple("Mise en service", LocalDate.of(2027, 12, 1)));
        assertThat(generated).allSatisfy(a -> {
            assertThat(a.owner().name()).isEqualTo(offer.getLead().getName());
            assertThat(a.contributors()).extracting(ActionRow.OperatorRef::name).containsExactly("Adico");
            assertThat(a.links().offerTitle()).isEqualTo(offer.getTitle());
            assertThat(a.generated()).isTrue();
            assertThat(a.status()).isEqualTo(ActionStatus.A_FAIRE);
            assertThat(a.attribution().createdBy()).isEqualTo(OfferFixtures.LEAD);
        });
        assertThat(plan.generationCandidates()).extracting(GenerationCandidate::offerId).doesNotContain(offer.getId());

        long count = actions.count();
        assertThat(plan.generateFromOffer(offer.getId())).isEqualTo(new GenerationResult(0, 3));
        users.login(TestUsers.COORDINATOR);
        assertThat(plan.generateFromOffer(offer.getId())).isEqualTo(new GenerationResult(0, 3));
        assertThat(actions.count()).isEqualTo(count);
    }

    @Test
    void a_coordinator_generates_the_single_action_of_an_offer_without_milestones() {
        JointOffer offer = fixtures.offerIn(OfferStatus.VALIDEE, List.of());
        users.login(TestUsers.COORDINATOR);

        assertThat(plan.generateFromOffer(offer.getId())).isEqualTo(new GenerationResult(1, 0));

        ActionRow action = plan.actions().stream().filter(a -> offer.getId().equals(a.links().offerId())).findFirst().orElseThrow();
        assertThat(action.title()).isEqualTo(offer.getTitle());
        assertThat(action.dueDate()).isEqualTo(offer.getEndDate());
        assertThat(plan.generateFromOffer(offer.getId())).isEqualTo(new GenerationResult(0, 1));
    }

    @Test
    void generation_is_refused_for_an_offer_not_validated() {
        JointOffer offer = fixtures.offerIn(OfferStatus.EN_INSTRUCTION, List.of(new Milestone("Étape", LocalDate.of(2027, 3, 1))));
        Map<String, Integer> before = TableRows.count(jdbc);
        users.login(OfferFixtures.LEAD);

        assertRefused(() -> plan.generateFromOffer(offer.getId()), "plan.error.offerNotValidated");
        users.login(TestUsers.COORDINATOR);
        assertRefused(() -> plan.generateFromOffer(offer.getId()), "plan.error.offerNotValidated");
        assertThat(plan.generationCandidates()).extracting(GenerationCandidate::offerId).doesNotContain(offer.getId());
        assertThat(TableRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void overdue_means_due_before_today_and_not_done() {
        LocalDate today = LocalDate.now(clock);
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        ActionRow late = fixtures.create(ActionContent.of("En retard", sommeNum)
                .withSchedule(today.minusDays(1), ActionStatus.EN_COURS, ActionPriority.HAUTE, 50));
        ActionRow lateButDone = fixtures.create(ActionContent.of("Faite à temps", sommeNum)
                .withSchedule(today.minusDays(1), ActionStatus.FAIT, ActionPriority.HAUTE, 100));
        ActionRow dueToday = fixtures.create(ActionContent.of("Pour aujourd’hui", sommeNum)
                .withSchedule(today, ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0));
        ActionRow undated = fixtures.create(ActionContent.of("Sans échéance", sommeNum));
        users.login(TestUsers.ADMIN);

        Map<Long, Boolean> overdue = plan.actions().stream()
                .collect(java.util.stream.Collectors.toMap(ActionRow::id, ActionRow::overdue));

        assertThat(overdue).containsEntry(late.id(), true).containsEntry(lateButDone.id(), false)
                .containsEntry(dueToday.id(), false).containsEntry(undated.id(), false);
        assertThat(plan.workbookRows(Locale.FRENCH)).filteredOn(ActionPlanSheetRow::overdue)
                .extracting(ActionPlanSheetRow::id).containsExactly(late.id());
    }

    @Test
    void every_change_is_attributed_and_kept_in_the_history() {
        ActionRow action = fixtures.sommeNumAction("Action historisée");
        users.login(TestUsers.DIRECTOR_SOMME_NUM);
        ActionRow changed = plan.update(action.id(), action.version(), action.toContent().withTitle("Action renommée"));
        users.login(TestUsers.DIRECTOR_ADICO);
        plan.reportProgress(action.id(), changed.version(), ActionStatus.EN_COURS, 30, null);
        users.login(TestUsers.ADMIN);

        List<ActionRevision> history = plan.history(action.id());

        assertThat(history).extracting(ActionRevision::username, ActionRevision::title, ActionRevision::progress,
                ActionRevision::creation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TestUsers.DIRECTOR_ADICO, "Action renommée", 30, false),
                org.assertj.core.groups.Tuple.tuple(TestUsers.DIRECTOR_SOMME_NUM, "Action renommée", 0, false),
                org.assertj.core.groups.Tuple.tuple(TestUsers.COORDINATOR, "Action historisée", 0, true));
        ActionRow now = plan.get(action.id());
        assertThat(now.attribution().createdBy()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(now.attribution().updatedBy()).isEqualTo(TestUsers.DIRECTOR_ADICO);
        assertThat(now.attribution().updatedAt()).isNotNull();
    }

    @Test
    void the_workbook_rows_carry_everything_a_sheet_line_needs() {
        JointOffer offer = fixtures.offerIn(OfferStatus.VALIDEE, List.of());
        long swotId = swotItems.findAllByOrderByQuadrantAscPositionAsc().getFirst().getId();
        String swotTitle = swotItems.findById(swotId).orElseThrow().getTitle();
        long sommeNum = fixtures.operatorId("SOMME_NUM");
        ActionRow action = fixtures.create(ActionContent.of("Archiver pour les communes", sommeNum)
                .withOwner(sommeNum, Set.of(fixtures.operatorId("ADICO"), fixtures.operatorId("CDG59")))
                .withSchedule(LocalDate.of(2027, 3, 31), ActionStatus.EN_COURS, ActionPriority.HAUTE, 40)
                .withIndicator("Communes raccordées", new BigDecimal("120"), new BigDecimal("48.5"))
                .withLinks(offer.getId(), swotId, "ARCHIVAGE", "62"));
        users.login(TestUsers.DIRECTOR_CAP_OISE);

        ActionPlanSheetRow row = plan.workbookRows(Locale.FRENCH).stream().filter(r -> r.id() == action.id())
                .findFirst().orElseThrow();

        assertThat(row.title()).isEqualTo("Archiver pour les communes");
        assertThat(row.ownerName()).isEqualTo("Somme Numérique");
        assertThat(row.contributors()).isEqualTo("Adico, CDG59");
        assertThat(row.dueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(row.statusLabel()).isEqualTo("En cours");
        assertThat(row.priorityLabel()).isEqualTo("Haute");
        assertThat(row.indicatorName()).isEqualTo("Communes raccordées");
        assertThat(row.indicatorTarget()).isEqualByComparingTo("120");
        assertThat(row.indicatorCurrent()).isEqualByComparingTo("48.5");
        assertThat(row.progress()).isEqualTo(40);
        assertThat(row.links()).isEqualTo("Offre conjointe : " + offer.getTitle() + " ; AFOM : " + swotTitle
                + " ; Absence : Archivage électronique en 62");
        assertThat(row.lastChangedBy()).isEqualTo(TestUsers.COORDINATOR);
        assertThat(plan.workbookRows(Locale.ENGLISH).stream().filter(r -> r.id() == action.id()).findFirst().orElseThrow()
                .statusLabel()).isEqualTo("In progress");
    }

    @Test
    void open_pages_are_told_after_each_committed_change() {
        double before = feed.revision(ActionPlanChangedEvent.TOPIC).peek();

        ActionRow action = fixtures.sommeNumAction("Action annoncée");
        users.login(TestUsers.COORDINATOR);
        plan.delete(action.id());

        assertThat(feed.revision(ActionPlanChangedEvent.TOPIC).peek()).isEqualTo(before + 2);
    }
}
