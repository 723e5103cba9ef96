package fr.metamut.copil.service;

import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.actionplan.service.LinkOption;
import fr.metamut.base.domain.AuditEvent;
import fr.metamut.base.domain.Role;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.AppUser;
import fr.metamut.base.service.CurrentUser;
import fr.metamut.base.service.Translations;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.copil.domain.Baseline;
import fr.metamut.copil.domain.BaselineCodec;
import fr.metamut.copil.domain.Comparison;
import fr.metamut.copil.domain.CopilChangedEvent;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.FollowUp;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingBaseline;
import fr.metamut.copil.domain.MeetingBaselineRepository;
import fr.metamut.copil.domain.MeetingContent;
import fr.metamut.copil.domain.MeetingRepository;
import fr.metamut.copil.domain.MeetingRules;
import fr.metamut.workbook.domain.Labels;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * Steering-committee meetings: every logged-in user reads them, their baselines and their comparisons; only a
 * Région coordinator records, changes or removes one (DOMAIN.md: coordinators follow the plan and decide;
 * administrators manage accounts and the catalogue, not the committee), whatever the UI shows. Recording a meeting
 * freezes a {@link Baseline} of the current state in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CopilService {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    private final MeetingRepository meetings;
    private final MeetingBaselineRepository baselines;
    private final BaselineReader reader;
    private final CatalogService catalog;
    private final ActionPlanService plan;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final Clock clock;

    public CopilService(MeetingRepository meetings, MeetingBaselineRepository baselines, BaselineReader reader,
                        CatalogService catalog, ActionPlanService plan, CurrentUser currentUser,
                        ApplicationEventPublisher events, Translations translations, Clock clock) {
        this.meetings = meetings;
        this.baselines = baselines;
        this.reader = reader;
        this.catalog = catalog;
        this.plan = plan;
        this.currentUser = currentUser;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
    }

    /** Every meeting, oldest first. */
    public List<Meeting> meetings() {
        return meetings.findAllByOrderByDateAscIdAsc();
    }

    public Optional<Meeting> get(Long id) {
        return id == null ? Optional.empty() : meetings.findById(id);
    }

    /** The most recent meeting, if any. */
    public Optional<Meeting> latest() {
        List<Meeting> all = meetings();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** The meeting before this one, if any. */
    public Optional<Meeting> previous(Long id) {
        List<Meeting> all = meetings();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).getId().equals(id)) {
                return Optional.of(all.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A meeting as typed on a command line: its id ({@code 12}) or its date ({@code 2027-03-14} or
     * {@code 14/03/2027}; the last recorded that day).
     */
    public Meeting find(@Nullable String idOrDate) {
        String text = idOrDate == null ? "" : idOrDate.strip();
        Optional<Meeting> found;
        if (text.matches("\\d{1,18}")) {
            found = meetings.findById(Long.valueOf(text));
        } else {
            LocalDate day = parse(text);
            found = meetings().stream().filter(m -> m.getDate().equals(day)).reduce((first, second) -> second);
        }
        return found.orElseThrow(() -> new UserFacingException("copil.error.unknownMeeting", text));
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new UserFacingException("copil.error.unknownMeeting", text);
    }

    public boolean canRecord() {
        return currentUser.get().map(CopilService::mayRecord).orElse(false);
    }

    private static boolean mayRecord(AppUser user) {
        return user.hasRole(Role.COORDINATOR);
    }

    private AppUser requireCoordinator() {
        AppUser me = currentUser.require();
        if (!mayRecord(me)) {
            throw new AccessDeniedException("Seul un coordinateur de la Région enregistre les COPIL");
        }
        return me;
    }

    /** A coordinator records a meeting; the current state is frozen as its baseline. */
    @Transactional
    public Meeting record(MeetingContent content) {
        AppUser me = requireCoordinator();
        validate(content);
        Instant now = clock.instant();
        Meeting meeting = Meeting.recordedBy(me.getUsername(), now);
        meeting.apply(content, attendees(content), decisions(content), me.getUsername(), now);
        Meeting saved = meetings.saveAndFlush(meeting);
        baselines.save(new MeetingBaseline(saved.getId(), Baseline.FORMAT, BaselineCodec.encode(reader.read(now))));
        events.publishEvent(new CopilChangedEvent(saved.getId()));
        events.publishEvent(new AuditEvent("COPIL_RECORDED", me.getUsername(), "copil " + saved.getId(),
                saved.getDate() + " " + saved.getTitle()));
        return saved;
    }

    /** A coordinator corrects a meeting's texts, attendees or decisions; its baseline stays as frozen. */
    @Transactional
    public Meeting update(Long id, long expectedVersion, MeetingContent content) {
        AppUser me = requireCoordinator();
        validate(content);
        Meeting meeting = require(id, expectedVersion);
        meeting.apply(content, attendees(content), decisions(content), me.getUsername(), clock.instant());
        try {
            Meeting saved = meetings.saveAndFlush(meeting);
            events.publishEvent(new CopilChangedEvent(id));
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("error.staleData");
        }
    }

    /** A coordinator removes a meeting recorded by mistake, with its baseline. */
    @Transactional
    public void delete(Long id, long expectedVersion) {
        AppUser me = requireCoordinator();
        Meeting meeting = require(id, expectedVersion);
        baselines.deleteById(id);
        meetings.delete(meeting);
        meetings.flush();
        events.publishEvent(new CopilChangedEvent(id));
        events.publishEvent(new AuditEvent("COPIL_REMOVED", me.getUsername(), "copil " + id,
                meeting.getDate() + " " + meeting.getTitle()));
    }

    private Meeting require(Long id, long expectedVersion) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (meeting.getVersion() != expectedVersion) {
            throw new UserFacingException("error.staleData");
        }
        return meeting;
    }

    private static void validate(MeetingContent content) {
        MeetingRules.check(content).stream().findFirst().ifPresent(v -> {
            throw new UserFacingException(v.messageKey(), v.arguments().toArray()).onField(v.field());
        });
    }

    private List<Operator> attendees(MeetingContent content) {
        Map<Long, Operator> operators = catalog.operators().stream()
                .collect(Collectors.toMap(Operator::getId, Function.identity()));
        List<Operator> present = new ArrayList<>();
        for (Long id : content.attendeeIds()) {
            Operator operator = operators.get(id);
            if (operator == null) {
                throw new UserFacingException("error.notFound").onField("attendees");
            }
            present.add(operator);
        }
        return present;
    }

    private List<Decision> decisions(MeetingContent content) {
        Map<DecisionLink, Map<Long, String>> labels = new java.util.EnumMap<>(DecisionLink.class);
        List<Decision> decisions = new ArrayList<>();
        for (MeetingContent.DecisionDraft draft : content.decisions()) {
            String label = null;
            if (draft.linkKind() != null) {
                label = labels.computeIfAbsent(draft.linkKind(), this::linkLabels).get(draft.linkId());
                if (label == null) {
                    throw new UserFacingException("copil.error.linkNotFound").onField("decisions");
                }
            }
            decisions.add(new Decision(draft.text().strip(), draft.linkKind(), draft.linkId(), label));
        }
        return decisions;
    }

    private Map<Long, String> linkLabels(DecisionLink kind) {
        return linkOptions(kind).stream().collect(Collectors.toMap(LinkOption::id, LinkOption::label, (a, b) -> a));
    }

    /** What a decision may be about, of one kind: the offers the user may read, the plan's actions, the SWOT items. */
    public List<LinkOption> linkOptions(DecisionLink kind) {
        return switch (kind) {
            case OFFER -> plan.offerOptions();
            case ACTION -> plan.actions().stream().map(a -> new LinkOption(a.id(), a.title())).toList();
            case SWOT -> plan.swotOptions();
        };
    }

    /** The baseline frozen when the meeting was recorded. */
    public Baseline baseline(Long meetingId) {
        MeetingBaseline stored = baselines.findById(meetingId).orElseThrow(() -> new UserFacingException("error.notFound"));
        return BaselineCodec.decode(stored.getFormat(), stored.getContent());
    }

    /** The stored size of a meeting's baseline, in bytes (compressed). */
    public int baselineSize(Long meetingId) {
        return baselines.findById(meetingId).map(MeetingBaseline::size).orElse(0);
    }

    /** The current state, as a baseline recorded now would freeze it (not stored). */
    public Baseline current() {
        return reader.read(clock.instant());
    }

    /** What changed from meeting {@code fromId} to meeting {@code toId}, or to now when {@code toId} is null. */
    public Comparison compare(Long fromId, @Nullable Long toId, Locale locale) {
        Baseline to = toId == null ? current() : baseline(toId);
        return Comparison.of(baseline(fromId), to, labels(locale));
    }

    /** What became of the decisions of a meeting, as of another meeting's baseline, or now when {@code atId} is null. */
    public List<FollowUp> followUps(Meeting meeting, @Nullable Long atId, Locale locale) {
        Baseline at = atId == null ? current() : baseline(atId);
        Labels labels = labels(locale);
        return meeting.getDecisions().stream().map(d -> FollowUp.of(d, at, labels)).toList();
    }

    /** The application's texts in a language, as the comparison and the follow-ups need them. */
    public Labels labels(Locale locale) {
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }
}
