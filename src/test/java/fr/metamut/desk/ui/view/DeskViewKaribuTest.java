package fr.metamut.desk.ui.view;

import static fr.metamut.support.Denials.assertDenied;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionPriority;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.PlanFixtures;
import fr.metamut.base.domain.Amounts;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.service.CatalogLookup;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.collaboration.service.ChangeFeed;
import fr.metamut.coverage.domain.matrix.CoverageCell;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.CoverageRow;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.desk.service.DeskService;
import fr.metamut.desk.service.DirectorCoverage;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.ui.OfferKaribuTest;
import fr.metamut.partnership.domain.PartnershipContent;
import fr.metamut.partnership.domain.PartnershipStatus;
import fr.metamut.partnership.domain.PartnershipType;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.support.TestUsers;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page is each user's desk, filled from the report's data and offers, actions and partnerships
 * created here: each block lists what its user must see and nothing of what is not theirs.
 */
class DeskViewKaribuTest extends OfferKaribuTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    CoverageService coverage;
    @Autowired
    ActionPlanService actions;
    @Autowired
    PartnershipService partnerships;
    @Autowired
    DeskService desks;
    @Autowired
    PlanFixtures plan;
    @Autowired
    OfferingService offerings;
    @Autowired
    CatalogLookup lookup;
    @Autowired
    MeterRegistry meters;

    /** The plan's tests start from an empty plan (PlanFixtures): leave it as found. */
    private final List<fr.metamut.partnership.domain.Partnership> recorded = new java.util.ArrayList<>();

    @AfterEach
    void deleteActions() {
        plan.deleteAllActions();
        as(TestUsers.ADMIN, () -> recorded.forEach(p -> partnerships.remove(p.getId(), p.getVersion())));
    }

    @Test
    void a_directors_home_lists_the_gaps_of_its_territory_most_asked_first_with_a_proposal_link() {
        loginInFrench(TestUsers.DIRECTOR_SOMME_NUM);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeskView.class);

        CoverageMatrix matrix = coverage.matrix();
        List<String> territory = desks.directorDesk().territory().stream()
                .map(fr.metamut.coverage.domain.matrix.CoverageInput.Departement::code).toList();
        assertThat(territory).as("Somme Numérique works in the Somme").contains("80");
        record Gap(String service, String departement, BigDecimal demand) {
        }
        List<String> expected = matrix.rows().stream()
                .flatMap(row -> territory.stream().map(code -> {
                    CoverageCell cell = row.cell(code);
                    return cell.count() == 0 && cell.hasDemand()
                            ? new Gap(row.service().name(), code, cell.demand()) : null;
                }))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Gap::demand).reversed().thenComparing(Gap::service)
                        .thenComparing(Gap::departement))
                .limit(DeskService.GAPS_SHOWN)
                .map(gap -> gap.service() + " " + gap.departement())
                .toList();
        assertThat(expected).as("the report leaves gaps in the Somme").isNotEmpty();

        List<ListItem> lines = lines("desk-gaps");
        assertThat(lines).extracting(line -> line.getElement().getChild(0).getText() + " "
                        + line.getElement().getChild(1).getText().substring(0, 2))
                .containsExactlyElementsOf(expected);
        assertThat(lines.getFirst().getElement().getTextRecursively()).contains("Proposer une offre conjointe");
        assertThat(_find(lines.getFirst(), com.vaadin.flow.component.html.Anchor.class).getFirst().getHref())
                .startsWith("offres?service=").contains("&kind=GAP");
    }

    @Test
    void a_directors_desk_is_rebuilt_for_a_coverage_change_only_when_its_territory_or_gaps_change() {
        loginInFrench(TestUsers.DIRECTOR_SOMME_NUM);
        UI.getCurrent().navigate("");
        DirectorCoverage shown = desks.directorCoverage();
        PriorityGap firstGap = shown.gaps().getFirst();
        Div gapsBlock = _get(Div.class, spec -> spec.withId("desk-gaps"));
        CoverageMatrix matrix = coverage.matrix();
        long capOise = lookup.operator("CAP_OISE").orElseThrow().getId();
        String capOiseName = lookup.operator("CAP_OISE").orElseThrow().getName();
        // a cell that is no gap before or after: someone offers it already, Cap Oise does not
        java.util.function.BiPredicate<CoverageRow, String> offeredButNotByCapOise = (r, code) ->
                r.cell(code).count() >= 1 && !r.cell(code).operators().contains(capOiseName);
        CoverageRow row = matrix.rows().stream().filter(r -> matrix.departements().stream()
                .anyMatch(d -> offeredButNotByCapOise.test(r, d.code()))).findFirst().orElseThrow();
        String departement = matrix.departements().stream().filter(d -> offeredButNotByCapOise.test(row, d.code()))
                .findFirst().orElseThrow().code();
        long refreshed = refreshes();

        Offering elsewhere = as(TestUsers.ADMIN, () -> offerings.add(capOise, serviceId(row.service().code()),
                departementId(departement), null));
        Offering onTheGap = null;
        try {
            eventually(() -> assertThat(refreshes()).as("the desk looked again").isGreaterThan(refreshed));
            assertThat(_get(Div.class, spec -> spec.withId("desk-gaps"))).as("nothing it shows moved: not rebuilt")
                    .isSameAs(gapsBlock);

            onTheGap = as(TestUsers.ADMIN, () -> offerings.add(capOise, serviceId(firstGap.service().code()),
                    departementId(firstGap.departement().code()), null));
            eventually(() -> assertThat(text("desk-gaps")).as("the gap is filled")
                    .doesNotContain(firstGap.service().name() + firstGap.departement().code()));
            assertThat(_get(Div.class, spec -> spec.withId("desk-gaps"))).isNotSameAs(gapsBlock);
        } finally {
            Offering second = onTheGap;
            as(TestUsers.ADMIN, () -> {
                offerings.remove(elsewhere.getId());
                if (second != null) {
                    offerings.remove(second.getId());
                }
            });
        }
    }

    @Test
    void a_directors_desk_lists_the_offers_waiting_on_its_operator_and_not_those_waiting_on_the_region() {
        JointOffer draft = offerIn(OfferStatus.BROUILLON);
        JointOffer changes = offerIn(OfferStatus.MODIFICATIONS_DEMANDEES);
        JointOffer submitted = offerIn(OfferStatus.SOUMISE);

        loginInFrench(TestUsers.DIRECTOR_ADICO);
        UI.getCurrent().navigate("");
        String adico = text("desk-offers");
        assertThat(adico).as("the partner sees them too").contains(draft.getTitle(), changes.getTitle())
                .doesNotContain(submitted.getTitle());
        assertThat(text("desk-news")).as("the decision notified to the partner")
                .contains(changes.getTitle());

        loginInFrench(TestUsers.DIRECTOR_CAP_OISE);
        UI.getCurrent().navigate("");
        assertThat(text("desk-offers")).doesNotContain(draft.getTitle(), changes.getTitle());
    }

    @Test
    void a_directors_desk_lists_its_late_and_due_soon_actions_and_partnerships_ending_soon() {
        LocalDate today = LocalDate.now();
        long sommeNum = as(TestUsers.COORDINATOR, () -> catalog.operatorByCode("SOMME_NUM").orElseThrow().getId());
        long capOise = as(TestUsers.COORDINATOR, () -> catalog.operatorByCode("CAP_OISE").orElseThrow().getId());
        String late = "Action en retard " + System.nanoTime();
        String soon = "Action proche " + System.nanoTime();
        String later = "Action lointaine " + System.nanoTime();
        String done = "Action terminée " + System.nanoTime();
        String others = "Action d’un autre " + System.nanoTime();
        as(TestUsers.DIRECTOR_SOMME_NUM, () -> {
            actions.create(ActionContent.of(late, sommeNum).withSchedule(today.minusDays(3), ActionStatus.EN_COURS, ActionPriority.HAUTE, 40));
            actions.create(ActionContent.of(soon, sommeNum).withSchedule(today.plusDays(10), ActionStatus.A_FAIRE, ActionPriority.MOYENNE, 0));
            actions.create(ActionContent.of(later, sommeNum).withSchedule(today.plusDays(90), ActionStatus.A_FAIRE, ActionPriority.MOYENNE, 0));
            actions.create(ActionContent.of(done, sommeNum).withSchedule(today.minusDays(3), ActionStatus.FAIT, ActionPriority.MOYENNE, 100));
        });
        as(TestUsers.DIRECTOR_CAP_OISE, () -> actions.create(ActionContent.of(others, capOise)
                .withSchedule(today.minusDays(3), ActionStatus.EN_COURS, ActionPriority.HAUTE, 10)));
        String ending = "Convention qui s’achève " + System.nanoTime();
        String lasting = "Convention durable " + System.nanoTime();
        as(TestUsers.DIRECTOR_SOMME_NUM, () -> {
            recorded.add(partnerships.record(partnership(ending, today.plusDays(60), sommeNum, capOise)));
            recorded.add(partnerships.record(partnership(lasting, today.plusYears(2), sommeNum, capOise)));
        });

        loginInFrench(TestUsers.DIRECTOR_SOMME_NUM);
        UI.getCurrent().navigate("");

        assertThat(text("desk-late")).contains(late).doesNotContain(soon, later, others, done);
        assertThat(text("desk-due")).contains(soon).doesNotContain(late, later, others);
        assertThat(text("desk-partnerships")).contains(ending).doesNotContain(lasting);

        loginInFrench(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("");
        assertThat(text("desk-late")).as("the Région sees every late action").contains(late, others);
    }

    @Test
    void the_coordinators_desk_shows_the_queue_with_ages_resubmissions_and_the_portfolio_figures() {
        JointOffer submitted = offerIn(OfferStatus.SOUMISE);
        JointOffer underReview = offerIn(OfferStatus.EN_INSTRUCTION);
        JointOffer validated = offerIn(OfferStatus.VALIDEE);
        JointOffer draft = offerIn(OfferStatus.BROUILLON);

        loginInFrench(TestUsers.COORDINATOR);
        UI.getCurrent().navigate("");
        assertThat(text("desk-queue")).contains(submitted.getTitle(), underReview.getTitle())
                .doesNotContain(validated.getTitle(), draft.getTitle())
                .contains("soumise aujourd’hui");

        List<JointOffer> decidedOrPending = offers.forReport();
        long validatedCount = decidedOrPending.stream().filter(o -> o.getStatus() == OfferStatus.VALIDEE).count();
        BigDecimal budget = decidedOrPending.stream().filter(o -> o.getStatus() == OfferStatus.VALIDEE)
                .map(JointOffer::getBudgetTotal).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(kpi("desk-kpi-VALIDEE")).isEqualTo(String.valueOf(validatedCount));
        assertThat(kpi("desk-kpi-budget")).isEqualTo(Amounts.format(budget, Locale.FRENCH) + " €");
        assertThat(Integer.parseInt(kpi("desk-kpi-gaps"))).as("ARCHIVAGE in the 62, addressed by validated offers")
                .isGreaterThanOrEqualTo(1);
        assertThat(_find(Div.class, spec -> spec.withId("desk-kpi-BROUILLON"))).as("drafts are the operators’ own")
                .isEmpty();
    }

    @Test
    void the_director_desk_is_refused_to_whoever_is_not_a_director() {
        users.login(TestUsers.COORDINATOR);
        assertDenied(() -> desks.directorDesk());
        assertDenied(() -> desks.directorCoverage());
        users.login(TestUsers.ADMIN);
        assertDenied(() -> desks.directorDesk());
        assertDenied(() -> desks.directorCoverage());
    }

    private static PartnershipContent partnership(String name, LocalDate end, long... operators) {
        return new PartnershipContent(name, PartnershipType.CONVENTION, PartnershipStatus.ACTIVE, "",
                end.minusYears(3), end, "", java.util.Arrays.stream(operators).boxed().toList(), List.of(), List.of());
    }

    private long refreshes() {
        return meters.get(ChangeFeed.REFRESHED).timer().count();
    }

    private long serviceId(String code) {
        return lookup.service(code).orElseThrow().getId();
    }

    private long departementId(String code) {
        return lookup.departement(code).orElseThrow().getId();
    }

    private static List<ListItem> lines(String block) {
        return _find(_get(Div.class, spec -> spec.withId(block)), ListItem.class);
    }

    private static String text(String block) {
        return _get(Div.class, spec -> spec.withId(block)).getElement().getTextRecursively();
    }

    private static String kpi(String id) {
        return _get(_get(Div.class, spec -> spec.withId(id)), Span.class, spec -> spec.withClasses("kpi-value")).getText();
    }
}
