package fr.metamut.copil.ui.component;

import fr.metamut.base.domain.AbstractEntity;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The meeting form's bean: what the fields edit, turned into the service's {@link MeetingContent}. */
public class MeetingForm {

    private LocalDate date;
    private String title;
    private String agenda;
    private Set<Operator> attendees = new LinkedHashSet<>();
    private List<MeetingContent.DecisionDraft> decisions = new ArrayList<>();

    /** A new meeting: today, nothing else. */
    public static MeetingForm blank(LocalDate today) {
        MeetingForm form = new MeetingForm();
        form.date = today;
        return form;
    }

    public static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        MeetingContent content = meeting.content();
        form.date = content.date();
        form.title = content.title();
        form.agenda = content.agenda();
        form.attendees = new LinkedHashSet<>(meeting.getAttendees());
        form.decisions = new ArrayList<>(content.decisions());
        return form;
    }

    public MeetingContent toContent() {
        return new MeetingContent(date, title, agenda, attendees.stream().map(AbstractEntity::getId).toList(), decisions);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public Set<Operator> getAttendees() {
        return attendees;
    }

    public void setAttendees(Set<Operator> attendees) {
        this.attendees = attendees == null ? new LinkedHashSet<>() : new LinkedHashSet<>(attendees);
    }

    public List<MeetingContent.DecisionDraft> getDecisions() {
        return decisions;
    }

    public void setDecisions(List<MeetingContent.DecisionDraft> decisions) {
        this.decisions = decisions == null ? new ArrayList<>() : new ArrayList<>(decisions);
    }
}
