package fr.metamut.copil.domain;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.base.domain.Attribution;
import fr.metamut.catalog.domain.Operator;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A steering-committee meeting as a coordinator recorded it: date, title, agenda, the operators present and the
 * decisions taken. Recording it froze a {@link Baseline} of the state that matters ({@link MeetingBaseline}, kept
 * apart so lists of meetings do not load it); {@code frozenAt} is when. Editing the record later changes its
 * texts, never its baseline.
 */
@Entity
@Table(name = "copil_meeting")
public class Meeting extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int AGENDA_MAX_LENGTH = 4000;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "agenda", length = AGENDA_MAX_LENGTH)
    private @Nullable String agenda;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    @Embedded
    private Attribution attribution;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "copil_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "operator_id"))
    private Set<Operator> attendees = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "copil_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    protected Meeting() {
    }

    /** A meeting recorded by a coordinator; its baseline is frozen at {@code at}. */
    public static Meeting recordedBy(String username, Instant at) {
        Meeting meeting = new Meeting();
        meeting.attribution = Attribution.createdBy(username, at);
        meeting.frozenAt = at;
        return meeting;
    }

    /**
     * Replaces the texts, attendees and decisions with values already checked by {@link MeetingRules} (operators
     * and linked items resolved by the caller), and records who changed them.
     */
    public void apply(MeetingContent content, Collection<Operator> present, List<Decision> newDecisions,
                      String username, Instant at) {
        if (!MeetingRules.check(content).isEmpty()) {
            throw new IllegalArgumentException("Meeting content breaks its rules: " + MeetingRules.check(content));
        }
        date = content.date();
        title = content.title().strip();
        agenda = content.agenda() == null || content.agenda().isBlank() ? null : content.agenda().strip();
        attendees.clear();
        attendees.addAll(present);
        decisions.clear();
        decisions.addAll(newDecisions);
        if (!isNew()) {
            attribution = getAttribution().changedBy(username, at);
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getAgenda() {
        return agenda;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public Attribution getAttribution() {
        return Attribution.orNone(attribution);
    }

    /** The operators present, by name. */
    public List<Operator> getAttendees() {
        return attendees.stream().sorted(Comparator.comparing(Operator::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<Decision> getDecisions() {
        return List.copyOf(decisions);
    }

    /** The content as plain values, to prefill a form. */
    public MeetingContent content() {
        return new MeetingContent(date, title, agenda, getAttendees().stream().map(AbstractEntity::getId).toList(),
                decisions.stream().map(d -> new MeetingContent.DecisionDraft(d.getText(), d.getLinkKind(), d.getLinkId()))
                        .toList());
    }
}
