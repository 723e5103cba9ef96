package fr.metamut.actionplan.domain;

import static fr.metamut.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.OperatorKind;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plan's pure rules and figures, on plain rows and a fixed clock: no Spring, no database. */
class PlanFiguresTest {

    /** 15 June 2026, 00:30 in Paris: still the 14th in UTC, so the clock's zone must be the one used. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-14T22:30:00Z"), ZoneId.of("Europe/Paris"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private static final ActionRow.OperatorRef SOMME = new ActionRow.OperatorRef(1, "Somme Numérique");
    private static final ActionRow.OperatorRef ADICO = new ActionRow.OperatorRef(2, "Adico");
    private static final ActionRow.OperatorRef CAP = new ActionRow.OperatorRef(3, "Cap’Oise");

    @Test
    void an_action_is_overdue_the_day_after_its_due_date_unless_done() {
        assertThat(TODAY).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(Deadlines.isOverdue(TODAY.minusDays(1), ActionStatus.EN_COURS, TODAY)).isTrue();
        assertThat(Deadlines.isOverdue(TODAY.minusDays(1), ActionStatus.BLOQUE, TODAY)).isTrue();
        assertThat(Deadlines.isOverdue(TODAY.minusMonths(3), ActionStatus.A_FAIRE, TODAY)).isTrue();
        assertThat(Deadlines.isOverdue(TODAY.minusDays(1), ActionStatus.FAIT, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(TODAY, ActionStatus.A_FAIRE, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(TODAY.plusDays(1), ActionStatus.A_FAIRE, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(null, ActionStatus.A_FAIRE, TODAY)).isFalse();
    }

    @Test
    void due_dates_stay_within_the_plans_horizon() {
        assertThat(ActionRules.lastDueDate(TODAY)).isEqualTo(LocalDate.of(2036, 12, 31));
        ActionRules.validateDueDate(LocalDate.of(2021, 1, 1), TODAY);
        ActionRules.validateDueDate(LocalDate.of(2036, 12, 31), TODAY);
        ActionRules.validateDueDate(null, TODAY);
        assertRefused(() -> ActionRules.validateDueDate(LocalDate.of(2020, 12, 31), TODAY), "plan.error.dueDate");
        assertRefused(() -> ActionRules.validateDueDate(LocalDate.of(2037, 1, 1), TODAY), "plan.error.dueDate");
    }

    @Test
    void filters_combine_status_owner_priority_overdue_and_text() {
        ActionRow late = row(1, "Déployer le SIG", SOMME, TODAY.minusDays(2), ActionStatus.EN_COURS, ActionPriority.HAUTE, 40, ADICO);
        ActionRow blocked = row(2, "Groupement de commandes", ADICO, TODAY.plusDays(9), ActionStatus.BLOQUE, ActionPriority.BASSE, 10);
        ActionRow done = row(3, "DPO mutualisé", CAP, TODAY.minusDays(30), ActionStatus.FAIT, ActionPriority.HAUTE, 100);
        List<ActionRow> rows = List.of(late, blocked, done);

        assertThat(rows.stream().filter(ActionFilter.NONE)).hasSize(3);
        assertThat(rows.stream().filter(new ActionFilter(ActionStatus.BLOQUE, null, null, false, ""))).containsExactly(blocked);
        assertThat(rows.stream().filter(new ActionFilter(null, 3L, null, false, null))).containsExactly(done);
        assertThat(rows.stream().filter(new ActionFilter(null, null, ActionPriority.HAUTE, false, ""))).containsExactly(late, done);
        assertThat(rows.stream().filter(new ActionFilter(null, null, null, true, ""))).containsExactly(late);
        assertThat(rows.stream().filter(new ActionFilter(null, null, null, false, "  sig "))).containsExactly(late);
        assertThat(rows.stream().filter(new ActionFilter(null, null, null, false, "adico"))).containsExactly(late, blocked);
        assertThat(rows.stream().filter(new ActionFilter(null, null, ActionPriority.BASSE, true, ""))).isEmpty();
    }

    @Test
    void kpis_count_done_and_overdue_actions_and_average_progress() {
        List<ActionRow> rows = List.of(
                row(1, "A", SOMME, TODAY.minusDays(1), ActionStatus.EN_COURS, ActionPriority.HAUTE, 50),
                row(2, "B", SOMME, TODAY.plusDays(1), ActionStatus.FAIT, ActionPriority.HAUTE, 100),
                row(3, "C", ADICO, null, ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0));

        assertThat(PlanFigures.kpis(rows)).isEqualTo(new PlanFigures.Kpis(3, 1, 1, 50));
        assertThat(PlanFigures.kpis(List.of())).isEqualTo(new PlanFigures.Kpis(0, 0, 0, 0));
        assertThat(PlanFigures.kpis(List.of(rows.get(0), rows.get(1), rows.get(2),
                row(4, "D", CAP, null, ActionStatus.A_FAIRE, ActionPriority.BASSE, 1))).meanProgress()).isEqualTo(38);
    }

    @Test
    void by_owner_groups_each_operators_actions_with_their_figures_and_contributions() {
        ActionRow a = row(1, "SIG", SOMME, TODAY.minusDays(1), ActionStatus.EN_COURS, ActionPriority.HAUTE, 20, ADICO);
        ActionRow b = row(2, "Archives", SOMME, TODAY.plusDays(3), ActionStatus.FAIT, ActionPriority.MOYENNE, 100, ADICO, CAP);
        ActionRow c = row(3, "DPO", ADICO, null, ActionStatus.A_FAIRE, ActionPriority.BASSE, 0);

        List<PlanFigures.OwnerGroup> groups = PlanFigures.byOwner(List.of(c, b, a));

        assertThat(groups).extracting(g -> g.owner().name()).containsExactly("Adico", "Somme Numérique");
        PlanFigures.OwnerGroup somme = groups.get(1);
        assertThat(somme.actions()).containsExactly(a, b);
        assertThat(somme.kpis()).isEqualTo(new PlanFigures.Kpis(2, 1, 1, 60));
        assertThat(somme.contributions()).isZero();
        assertThat(groups.get(0).contributions()).isEqualTo(2);
    }

    @Test
    void the_timeline_places_actions_in_their_due_month_with_the_empty_months_between() {
        ActionRow june = row(1, "Juin", SOMME, LocalDate.of(2026, 6, 30), ActionStatus.A_FAIRE, ActionPriority.BASSE, 0);
        ActionRow juneUrgent = row(2, "Juin urgent", ADICO, LocalDate.of(2026, 6, 30), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0);
        ActionRow september = row(3, "Septembre", SOMME, LocalDate.of(2026, 9, 1), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0);
        ActionRow undated = row(4, "Un jour", CAP, null, ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0);

        PlanFigures.Timeline timeline = PlanFigures.timeline(List.of(september, undated, june, juneUrgent));

        assertThat(timeline.months()).extracting(PlanFigures.Month::month).containsExactly(
                YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        assertThat(timeline.months().get(0).actions()).containsExactly(juneUrgent, june);
        assertThat(timeline.months().get(1).actions()).isEmpty();
        assertThat(timeline.months().get(3).actions()).containsExactly(september);
        assertThat(timeline.undated()).containsExactly(undated);
    }

    @Test
    void a_timeline_spanning_years_shows_only_the_months_with_actions() {
        ActionRow soon = row(1, "Bientôt", SOMME, LocalDate.of(2026, 7, 1), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0);
        ActionRow later = row(2, "Plus tard", SOMME, LocalDate.of(2031, 1, 1), ActionStatus.A_FAIRE, ActionPriority.HAUTE, 0);

        assertThat(PlanFigures.timeline(List.of(later, soon)).months()).extracting(PlanFigures.Month::month)
                .containsExactly(YearMonth.of(2026, 7), YearMonth.of(2031, 1));
        assertThat(PlanFigures.timeline(List.of()).months()).isEmpty();
    }

    @Test
    void an_offer_stands_for_one_action_per_distinct_milestone_or_one_for_the_whole_offer() {
        Operator lead = new Operator("SOMME_NUM", "Somme Numérique", OperatorKind.SYNDICAT_MIXTE, null);
        JointOffer offer = new JointOffer(lead, "Archivage mutualisé", "directeur", Instant.EPOCH);
        assertThat(OfferActions.planFor(offer)).containsExactly(
                new OfferActions.Planned(OfferActions.WHOLE_OFFER_KEY, "Archivage mutualisé", null));

        Milestone kickOff = new Milestone("Lancement", LocalDate.of(2027, 1, 15));
        Milestone committee = new Milestone("Comité", LocalDate.of(2027, 3, 1));
        Milestone secondCommittee = new Milestone("Comité", LocalDate.of(2027, 9, 1));
        offer.apply(new OfferContent("Archivage mutualisé", "", "", null, null, null, Set.of(), Set.of(), Set.of(),
                List.of(kickOff, committee, secondCommittee, kickOff), Set.of(), Set.of()), List.of(), List.of(), List.of(), "directeur");

        List<OfferActions.Planned> planned = OfferActions.planFor(offer);
        assertThat(planned).extracting(OfferActions.Planned::title, OfferActions.Planned::dueDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lancement", LocalDate.of(2027, 1, 15)),
                org.assertj.core.groups.Tuple.tuple("Comité", LocalDate.of(2027, 3, 1)),
                org.assertj.core.groups.Tuple.tuple("Comité", LocalDate.of(2027, 9, 1)));
        assertThat(OfferActions.missing(offer, Set.of(planned.get(1).originKey())))
                .extracting(OfferActions.Planned::title).containsExactly("Lancement", "Comité");
        assertThat(OfferActions.missing(offer, Set.of(planned.get(0).originKey(), planned.get(1).originKey(),
                planned.get(2).originKey()))).isEmpty();
    }

    private static ActionRow row(long id, String title, ActionRow.OperatorRef owner, LocalDate due, ActionStatus status,
                                 ActionPriority priority, int progress, ActionRow.OperatorRef... contributors) {
        return new ActionRow(id, 0, title, null, owner, List.of(contributors), due, status, priority, progress,
                new ActionRow.Indicator(null, null, null),
                new ActionRow.Links(null, null, null, null, null, null, null), false,
                new ActionRow.Attribution("coordinateur", Instant.EPOCH, null, null),
                Deadlines.isOverdue(due, status, TODAY));
    }
}
