package fr.metamut.workbook.service;

import fr.metamut.base.domain.Attribution;
import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.offer.service.OfferService;
import fr.metamut.coverage.service.SurveyService;
import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.WorkbookContent;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steering committee's workbook from the database. Needs an authenticated caller, like the
 * services it reads: the logged-in user for a download, the command's system authentication for
 * {@code java -jar metamut.jar export} (see {@link ExportCommand}).
 *
 * <p>The data is read in one read-only transaction (one consistent snapshot, one computation of the
 * matrix), then the workbook is streamed without holding a database connection.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkbookService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FILE_PREFIX = "metamut-copil-";

    private final CoverageService coverage;
    private final OfferService offers;
    private final fr.metamut.partnership.service.PartnershipService partnerships;
    private final fr.metamut.swot.service.SwotService swot;
    private final fr.metamut.actionplan.service.ActionPlanService actions;
    private final com.vaadin.flow.i18n.I18NProvider translations;
    private final SurveyService survey;
    private final PeopleDirectory people;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public WorkbookService(CoverageService coverage, SurveyService survey, OfferService offers,
                           fr.metamut.partnership.service.PartnershipService partnerships,
                           fr.metamut.swot.service.SwotService swot, com.vaadin.flow.i18n.I18NProvider translations,
                           fr.metamut.actionplan.service.ActionPlanService actions, PeopleDirectory people,
                           PlatformTransactionManager transactions, Clock clock) {
        this.offers = offers;
        this.partnerships = partnerships;
        this.swot = swot;
        this.actions = actions;
        this.translations = translations;
        this.coverage = coverage;
        this.survey = survey;
        this.people = people;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Writes the workbook to {@code out} (left open). */
    public void write(OutputStream out) throws IOException {
        write(content(), out);
    }

    /** Writes content already gathered, e.g. before a download response is committed. */
    public void write(WorkbookContent content, OutputStream out) throws IOException {
        CopilWorkbook.write(content, out);
    }

    /** What the workbook shows, read from the database now. */
    public WorkbookContent content() {
        // taken before the read: a change committed meanwhile counts as later, so an import errs on the safe side
        java.time.Instant readAt = clock.instant();
        return readOnly.execute(status -> gather(readAt));
    }

    /** The download's file name, with today's date: {@code metamut-copil-2026-11-28.xlsx}. */
    public String fileName() {
        return FILE_PREFIX + LocalDate.now(clock) + ".xlsx";
    }

    private WorkbookContent.Partnership toPartnership(fr.metamut.partnership.domain.Partnership p) {
        return new WorkbookContent.Partnership(p.getName(), french(p.getType().messageKey()),
                french(p.getStatus().messageKey()),
                p.getOperatorsByName().stream().map(o -> o.getName()).collect(java.util.stream.Collectors.joining(", ")),
                p.getServices().stream().map(s -> s.getName()).sorted().collect(java.util.stream.Collectors.joining(", ")),
                p.getDepartements().stream().map(d -> d.getCode()).sorted().collect(java.util.stream.Collectors.joining(", ")),
                p.getStartDate(), p.getEndDate(), p.getDescription(), p.getSource());
    }

    private static WorkbookContent.Action toAction(fr.metamut.actionplan.service.ActionPlanSheetRow a) {
        return new WorkbookContent.Action(a.id(), a.title(), a.ownerName(), a.contributors(), a.dueDate(), a.statusLabel(),
                a.status() == fr.metamut.actionplan.domain.ActionStatus.FAIT, a.priorityLabel(), a.indicatorName(),
                a.indicatorTarget(), a.indicatorCurrent(), a.progress(), a.overdue(), a.links());
    }

    private List<WorkbookContent.SwotEntry> swotEntries(DisplayNames names) {
        List<WorkbookContent.SwotEntry> entries = new java.util.ArrayList<>();
        swot.board().forEach((quadrant, cards) -> cards.forEach(card -> entries.add(
                swotEntry(french(quadrant.messageKey()), card, names))));
        return entries;
    }

    /**
     * One card of the board: who changed it last (by display name) and on which day (Paris time), or the
     * report it comes from.
     */
    private static WorkbookContent.SwotEntry swotEntry(String quadrant, fr.metamut.swot.service.SwotCard card,
                                                       DisplayNames names) {
        fr.metamut.swot.domain.SwotItem item = card.item();
        Attribution attribution = item.getAttribution();
        return new WorkbookContent.SwotEntry(quadrant, item.getPosition(), item.getTitle(), item.getDescription(),
                card.evidence().stream().filter(e -> e.label() != null).map(e -> e.label())
                        .collect(java.util.stream.Collectors.joining(" ; ")),
                attribution.getUpdatedBy() == null ? item.getSource() : names.of(attribution.getUpdatedBy()),
                attribution.getUpdatedAt() == null ? null
                        : attribution.getUpdatedAt().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate());
    }

    private String french(String key) {
        return translations.getTranslation(key, java.util.Locale.FRENCH);
    }

    private static WorkbookContent.Offer toOffer(fr.metamut.offer.domain.JointOffer o, DisplayNames names) {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        return new WorkbookContent.Offer(o.getTitle(), STATUS.get(o.getStatus()), o.getLead().getName(),
                o.getPartners().stream().map(p -> p.getName()).sorted().collect(java.util.stream.Collectors.joining(", ")),
                o.getServices().stream().map(s -> s.getName()).sorted().collect(java.util.stream.Collectors.joining(", ")),
                o.getDepartements().stream().map(d -> d.getCode()).sorted().collect(java.util.stream.Collectors.joining(", ")),
                o.getBudgetTotal(), o.getStartDate(), o.getEndDate(),
                o.getSubmittedAt() == null ? null : o.getSubmittedAt().atZone(paris).toLocalDate(),
                o.getDecidedAt() == null ? null : o.getDecidedAt().atZone(paris).toLocalDate(),
                o.getDecisionRationale(), names.of(o.getReviewer()));
    }

    /** Status labels as the committee reads them (the workbook is in French). */
    private static final java.util.Map<fr.metamut.offer.domain.OfferStatus, String> STATUS = java.util.Map.of(
            fr.metamut.offer.domain.OfferStatus.BROUILLON, "Brouillon",
            fr.metamut.offer.domain.OfferStatus.SOUMISE, "Soumise",
            fr.metamut.offer.domain.OfferStatus.EN_INSTRUCTION, "En instruction",
            fr.metamut.offer.domain.OfferStatus.VALIDEE, "Validée",
            fr.metamut.offer.domain.OfferStatus.REFUSEE, "Refusée",
            fr.metamut.offer.domain.OfferStatus.MODIFICATIONS_DEMANDEES, "Modifications demandées",
            fr.metamut.offer.domain.OfferStatus.RETIREE, "Retirée");

    private WorkbookContent gather(java.time.Instant readAt) {
        CoverageMatrix matrix = CoverageCalculator.compute(coverage.input());
        List<WorkbookContent.Need> needs = coverage.surveyNeeds().stream().map(WorkbookService::toNeed).toList();
        List<WorkbookContent.Fact> facts = survey.facts().stream()
                .map(f -> new WorkbookContent.Fact(f.getLabel(), f.getValue(), f.getUnit())).toList();
        DisplayNames names = people.names();
        return new WorkbookContent(matrix, PriorityRanking.rank(matrix),
                Reconciliation.compare(matrix, coverage.publishedValues()), needs, facts, Sources.REPORT_2021,
                LocalDate.now(clock), offers.forReport().stream().map(o -> toOffer(o, names)).toList(),
                partnerships.all().stream().map(this::toPartnership).toList(), swotEntries(names),
                actions.workbookRows(java.util.Locale.FRENCH).stream().map(WorkbookService::toAction).toList(), readAt);
    }

    private static WorkbookContent.Need toNeed(SurveyNeed need) {
        Map<String, BigDecimal> percents = new HashMap<>();
        need.getValues().forEach(v -> percents.put(v.getDepartement().getCode(), v.getPercent()));
        return new WorkbookContent.Need(need.getPosition(), need.getLabel(),
                need.getServiceLine() == null ? null : need.getServiceLine().getId(),
                need.getServiceLine() == null ? null : need.getServiceLine().getName(),
                percents, need.getRegionPercent(), need.getMappingNote());
    }
}
