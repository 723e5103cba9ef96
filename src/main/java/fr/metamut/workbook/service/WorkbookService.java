package fr.metamut.workbook.service;

import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.base.domain.Attribution;
import fr.metamut.base.domain.Sources;
import fr.metamut.base.service.DisplayNames;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.service.Translations;
import fr.metamut.coverage.domain.SurveyNeed;
import fr.metamut.coverage.domain.matrix.CoverageCalculator;
import fr.metamut.coverage.domain.matrix.CoverageMatrix;
import fr.metamut.coverage.domain.matrix.PriorityRanking;
import fr.metamut.coverage.domain.matrix.Reconciliation;
import fr.metamut.coverage.service.CoverageService;
import fr.metamut.coverage.service.SurveyService;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.service.OfferService;
import fr.metamut.partnership.domain.Partnership;
import fr.metamut.partnership.service.PartnershipService;
import fr.metamut.swot.service.SwotCard;
import fr.metamut.swot.service.SwotService;
import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.domain.WorkbookContent;
import fr.metamut.workbook.domain.WorkbookSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The steering committee's workbook from the database. Needs an authenticated caller, like the
 * services it reads: the logged-in user for a download, the command's system authentication for
 * {@code java -jar metamut.jar export} (see {@link ExportCommand}).
 *
 * <p>The data is read in one read-only transaction (one consistent snapshot, one computation of the
 * matrix), then the workbook is streamed without holding a database connection. Texts the data brings
 * (statuses, quadrants) are in French, like the sheets' own labels ({@link Labels#french}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WorkbookService {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FILE_PREFIX = "metamut-copil-";

    private final CoverageService coverage;
    private final OfferService offers;
    private final PartnershipService partnerships;
    private final SwotService swot;
    private final ActionPlanService actions;
    private final Translations translations;
    private final SurveyService survey;
    private final PeopleDirectory people;
    private final ObjectProvider<WorkbookSupplement> supplements;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Labels labels = Labels.french();

    public WorkbookService(CoverageService coverage, SurveyService survey, OfferService offers,
                           PartnershipService partnerships, SwotService swot, Translations translations,
                           ActionPlanService actions, PeopleDirectory people,
                           ObjectProvider<WorkbookSupplement> supplements, PlatformTransactionManager transactions,
                           Clock clock) {
        this.offers = offers;
        this.partnerships = partnerships;
        this.swot = swot;
        this.actions = actions;
        this.translations = translations;
        this.coverage = coverage;
        this.survey = survey;
        this.people = people;
        this.supplements = supplements;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** Writes the workbook to {@code out} (left open), compared with the latest meeting. */
    public void write(OutputStream out) throws IOException {
        write(content(), out);
    }

    /** Writes content already gathered, e.g. before a download response is committed. */
    public void write(WorkbookContent content, OutputStream out) throws IOException {
        CopilWorkbook.write(content, out);
    }

    /** What the workbook shows, read from the database now; its comparison is with the latest meeting, if any. */
    public WorkbookContent content() {
        return content(null);
    }

    /**
     * What the workbook for a meeting shows ({@code meeting}: its id or date, as typed; null for now compared with
     * the latest meeting), read from the database now.
     */
    public WorkbookContent content(@Nullable String meeting) {
        // taken before the read: a change committed meanwhile counts as later, so an import errs on the safe side
        Instant readAt = clock.instant();
        return readOnly.execute(status -> gather(readAt, meeting));
    }

    /** The download's file name, with today's date: {@code metamut-copil-2026-11-28.xlsx}. */
    public String fileName() {
        return FILE_PREFIX + LocalDate.now(clock) + ".xlsx";
    }

    private WorkbookContent gather(Instant readAt, @Nullable String meeting) {
        CoverageMatrix matrix = CoverageCalculator.compute(coverage.input());
        List<WorkbookContent.Need> needs = coverage.surveyNeeds().stream().map(WorkbookService::toNeed).toList();
        List<WorkbookContent.Fact> facts = survey.facts().stream()
                .map(f -> new WorkbookContent.Fact(f.getLabel(), f.getValue(), f.getUnit())).toList();
        DisplayNames names = people.names();
        List<ActionRow> plan = actions.actions();
        List<WorkbookSheet> added = new ArrayList<>();
        supplements.orderedStream().forEach(supplement -> added.addAll(supplement.sheets(meeting)));
        return new WorkbookContent(matrix, PriorityRanking.rank(matrix),
                Reconciliation.compare(matrix, coverage.publishedValues()), needs, facts, Sources.REPORT_2021,
                LocalDate.now(clock), offers.forReport().stream().map(o -> toOffer(o, names)).toList(),
                partnerships.all().stream().map(this::toPartnership).toList(), swotEntries(names, plan),
                plan.stream().map(this::toAction).toList(), readAt)
                .withPlanned(offers.plannedCells())
                .withSupplements(added);
    }

    private WorkbookContent.Partnership toPartnership(Partnership p) {
        return new WorkbookContent.Partnership(p.getName(), french(p.getType().messageKey()),
                french(p.getStatus().messageKey()), joined(p.getOperatorsByName().stream().map(o -> o.getName()).toList()),
                sortedJoined(p.getServices().stream().map(s -> s.getName()).toList()),
                sortedJoined(p.getDepartements().stream().map(d -> d.getCode()).toList()),
                p.getStartDate(), p.getEndDate(), p.getDescription(), p.getSource());
    }

    private WorkbookContent.Action toAction(ActionRow a) {
        return new WorkbookContent.Action(a.id(), a.title(), a.owner().name(), a.contributorNames(), a.dueDate(),
                french(a.status().messageKey()), a.done(), french(a.priority().messageKey()), a.indicator().name(),
                a.indicator().target(), a.indicator().current(), a.progress(), a.overdue(), links(a.links()),
                a.status().name());
    }

    /**
     * An action's links, one per line. A link names what it is ("Offre conjointe : …") unless the title already
     * says so: offers created from a gap are titled "Offre conjointe : <service> (<département>)".
     */
    @Nullable String links(ActionRow.Links links) {
        List<String> lines = new ArrayList<>();
        if (links.offerId() != null) {
            lines.add(prefixed("wb.link.offer", links.offerTitle()));
        }
        if (links.swotItemId() != null) {
            lines.add(prefixed("wb.link.swot", links.swotItemTitle()));
        }
        if (links.hasGap()) {
            lines.add(labels.text("wb.link.gap", links.gapServiceName(), links.gapDepartementCode()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private String prefixed(String key, @Nullable String title) {
        String prefix = labels.text(key, "").strip();
        String bare = prefix.endsWith(":") ? prefix.substring(0, prefix.length() - 1).strip() : prefix;
        return title != null && title.regionMatches(true, 0, bare, 0, bare.length()) ? title : labels.text(key, title);
    }

    private List<WorkbookContent.SwotEntry> swotEntries(DisplayNames names, List<ActionRow> plan) {
        Map<Long, List<ActionRow>> linked = plan.stream().filter(a -> a.links().swotItemId() != null)
                .collect(Collectors.groupingBy(a -> a.links().swotItemId()));
        List<WorkbookContent.SwotEntry> entries = new ArrayList<>();
        swot.board().forEach((quadrant, cards) -> cards.forEach(card -> entries.add(
                swotEntry(french(quadrant.messageKey()), card, names, linked.getOrDefault(card.item().getId(), List.of())))));
        return entries;
    }

    /**
     * One card of the board: who created or last changed it (by display name) and on which day (Paris time), or
     * nobody for an item as the report wrote it; the actions serving it, with their status and progress.
     */
    private WorkbookContent.SwotEntry swotEntry(String quadrant, SwotCard card, DisplayNames names,
                                                List<ActionRow> served) {
        var item = card.item();
        Attribution attribution = item.getAttribution();
        String by = attribution.getUpdatedBy() != null ? attribution.getUpdatedBy() : attribution.getCreatedBy();
        Instant at = attribution.getUpdatedAt() != null ? attribution.getUpdatedAt() : attribution.getCreatedAt();
        String actionLines = served.isEmpty() ? null : served.stream()
                .map(a -> labels.text("wb.swot.actionLine", a.title(), french(a.status().messageKey()), a.progress()))
                .collect(Collectors.joining("\n"));
        Integer progress = served.isEmpty() ? null
                : (int) Math.round(served.stream().mapToInt(ActionRow::progress).average().orElse(0));
        return new WorkbookContent.SwotEntry(quadrant, item.getPosition(), item.getTitle(), item.getDescription(),
                card.evidence().stream().filter(e -> e.label() != null).map(e -> e.label())
                        .collect(Collectors.joining(" ; ")),
                names.of(by), at == null ? null : at.atZone(clock.getZone()).toLocalDate(), actionLines, progress,
                item.getSource());
    }

    private String french(String key) {
        return translations.getTranslation(key, Locale.FRENCH);
    }

    private WorkbookContent.Offer toOffer(JointOffer o, DisplayNames names) {
        return new WorkbookContent.Offer(o.getTitle(), french("offer.status." + o.getStatus().name()),
                o.getLead().getName(), sortedJoined(o.getPartners().stream().map(p -> p.getName()).toList()),
                sortedJoined(o.getServices().stream().map(s -> s.getName()).toList()),
                sortedJoined(o.getDepartements().stream().map(d -> d.getCode()).toList()),
                o.getBudgetTotal(), o.getStartDate(), o.getEndDate(),
                o.getSubmittedAt() == null ? null : o.getSubmittedAt().atZone(clock.getZone()).toLocalDate(),
                o.getDecidedAt() == null ? null : o.getDecidedAt().atZone(clock.getZone()).toLocalDate(),
                o.getDecisionRationale(), names.of(o.getReviewer()), o.getStatus().name());
    }

    private static String joined(Collection<String> names) {
        return String.join(", ", names);
    }

    private static String sortedJoined(Collection<String> names) {
        return names.stream().sorted().collect(Collectors.joining(", "));
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
