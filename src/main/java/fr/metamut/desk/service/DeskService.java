package fr.metamut.desk.service;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.coverage.domain.matrix.CoverageInput;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityGap;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.notification.domain.Notification;
import fr.metamut.notification.service.NotificationService;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferStatus;
import fr.metamut.offer.service.OfferService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.service.PartnershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desks' contents. Each list is read through its feature's service, so a desk shows exactly what its
 * user may see elsewhere; the director's desk is refused to anyone who is not a director.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DeskService {

    /** How far ahead an action counts as due soon. */
    public static final int DUE_SOON_DAYS = 30;
    /** How far ahead a partnership counts as ending soon. */
    public static final int ENDING_SOON_DAYS = 180;
    /** How many gaps the director's desk lists. */
    public static final int GAPS_SHOWN = 10;

    private static final Set<OfferStatus> WAITING_ON_OPERATOR = Set.of(OfferStatus.BROUILLON,
            OfferStatus.MODIFICATIONS_DEMANDEES);
    private static final Set<OfferStatus> WAITING_ON_REGION = Set.of(OfferStatus.SOUMISE, OfferStatus.EN_INSTRUCTION);

    private final CurrentUser currentUser;
    private final CatalogService catalog;
    private final CoverageService coverage;
    private final OfferService offers;
    private final ActionPlanService actions;
    private final PartnershipService partnerships;
    private final NotificationService notifications;
    private final Clock clock;

    public DeskService(CurrentUser currentUser, CatalogService catalog, CoverageService coverage, OfferService offers,
                       ActionPlanService actions, PartnershipService partnerships, NotificationService notifications,
                       Clock clock) {
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.coverage = coverage;
        this.offers = offers;
        this.actions = actions;
        this.partnerships = partnerships;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Whether the current user has a director's desk (a director of an operator). */
    public boolean hasDirectorDesk() {
        return currentUser.get().map(user -> user.directs(user.getOperatorId()))
                .orElse(false);
    }

    /** The current user's name, for the desk to follow their notifications. */
    public java.util.Optional<String> username() {
        return currentUser.get().map(AppUser::getUsername);
    }

    public DirectorDesk directorDesk() {
        long operatorId = directorsOperator();
        Operator operator = ownOperator(operatorId);
        LocalDate today = LocalDate.now(clock);
        DirectorCoverage covered = coverageOf(operator);
        List<OfferLine> waiting = offers.visible().stream()
                .filter(offer -> offer.involves(operatorId) && WAITING_ON_OPERATOR.contains(offer.getStatus()))
                .map(OfferLine::of).sorted(Comparator.comparing(OfferLine::since)).toList();
        List<ActionRow> mine = actions.actions().stream().filter(a -> a.involves(operatorId) && !a.done()).toList();
        List<ActionRow> late = mine.stream().filter(ActionRow::overdue).toList();
        List<ActionRow> dueSoon = mine.stream().filter(a -> !a.overdue() && a.dueDate() != null
                && !a.dueDate().isAfter(today.plusDays(DUE_SOON_DAYS))).toList();
        List<Partnership> ending = partnerships.all().stream()
                .filter(p -> p.involves(operatorId) && p.getEndDate() != null && !p.getEndDate().isBefore(today)
                        && !p.getEndDate().isAfter(today.plusDays(ENDING_SOON_DAYS)))
                .sorted(Comparator.comparing(Partnership::getEndDate)).toList();
        return new DirectorDesk(operator.getName(), covered.territory(), covered.gaps(), waiting, unread(), late,
                dueSoon, ending);
    }

    /** What the director's desk shows of the coverage matrix, read again after the matrix changed. */
    public DirectorCoverage directorCoverage() {
        return coverageOf(ownOperator(directorsOperator()));
    }

    /** The operator of the current user, refused unless they direct it. */
    private long directorsOperator() {
        AppUser me = currentUser.require();
        if (!hasDirectorDesk()) {
            throw new AccessDeniedException("Bureau réservé aux directeurs d’un opérateur");
        }
        return me.getOperatorId();
    }

    private Operator ownOperator(long operatorId) {
        return catalog.operators().stream().filter(o -> o.getId() == operatorId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Opérateur inconnu"));
    }

    private DirectorCoverage coverageOf(Operator operator) {
        CoverageMatrix matrix = coverage.matrix();
        List<CoverageInput.Departement> territory = territory(matrix, operator);
        List<PriorityGap> gaps = PriorityRanking.rank(matrix).stream()
                .filter(gap -> gap.operatorCount() == 0 && territory.contains(gap.departement()))
                .limit(GAPS_SHOWN).toList();
        return new DirectorCoverage(territory, gaps);
    }

    public CoordinatorDesk coordinatorDesk() {
        currentUser.require();
        List<JointOffer> all = offers.visible().stream().filter(o -> o.getStatus() != OfferStatus.BROUILLON).toList();
        List<OfferLine> queue = all.stream().filter(o -> WAITING_ON_REGION.contains(o.getStatus()))
                .map(OfferLine::of).sorted(Comparator.comparing(OfferLine::since)).toList();
        Map<OfferStatus, Long> byStatus = new EnumMap<>(OfferStatus.class);
        all.forEach(o -> byStatus.merge(o.getStatus(), 1L, Long::sum));
        List<JointOffer> validated = all.stream().filter(o -> o.getStatus() == OfferStatus.VALIDEE).toList();
        BigDecimal budget = validated.stream().map(JointOffer::getBudgetTotal).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long gapsAddressed = validated.stream().flatMap(o -> o.getAddressedCells().stream())
                .filter(cell -> cell.getKind() == AddressedCell.Kind.GAP)
                .map(cell -> cell.getServiceCode() + "/" + cell.getDepartementCode()).distinct().count();
        List<ActionRow> late = actions.actions().stream().filter(a -> a.overdue() && !a.done()).toList();
        return new CoordinatorDesk(queue, byStatus, budget, gapsAddressed, unread(), late);
    }

    private List<Notification> unread() {
        return notifications.mine().stream().filter(n -> !n.isRead()).toList();
    }

    /** The operator's home département and every département where it offers at least one service. */
    private static List<CoverageInput.Departement> territory(CoverageMatrix matrix, Operator operator) {
        String home = operator.getHomeDepartement() == null ? null : operator.getHomeDepartement().getCode();
        List<CoverageInput.Departement> present = matrix.departementsOf(operator.getName());
        return matrix.departements().stream()
                .filter(departement -> departement.code().equals(home) || present.contains(departement)).toList();
    }
}
