package fr.metamut.copil.ui.component;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.EditDialog;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.domain.MeetingRules;
import java.util.List;

/**
 * Records or corrects a steering-committee meeting: date, title, the operators present, the agenda and the
 * decisions (each optionally about an offer, an action or a SWOT item). The fields check the rules the service
 * checks again ({@link MeetingRules}); a refusal shows on the field it names.
 */
public class MeetingDialog extends EditDialog<MeetingForm> {

    public MeetingDialog(String title, List<Operator> operators, List<LinkChoice> links,
                         SerializableConsumer<MeetingForm> save, Runnable afterSave) {
        super(title, MeetingForm.class, save, afterSave);
        setId("copil-meeting-dialog");
        setWidth("min(52rem, 95vw)");
        DateField date = new DateField(getTranslation("copil.meeting.date"));
        date.setId("copil-meeting-date");
        date.setRange(MeetingRules.EARLIEST, null);
        date.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("copil.meeting.title"));
        name.setId("copil-meeting-title");
        name.setRequiredIndicatorVisible(true);
        TextLimit.apply(name, Meeting.TITLE_MAX_LENGTH);
        MultiSelectComboBox<Operator> attendees = new MultiSelectComboBox<>(getTranslation("copil.meeting.attendees"));
        attendees.setId("copil-meeting-attendees");
        attendees.setItems(operators);
        attendees.setItemLabelGenerator(Operator::getName);
        attendees.setClearButtonVisible(true);
        TextArea agenda = new TextArea(getTranslation("copil.meeting.agenda"));
        agenda.setId("copil-meeting-agenda");
        TextLimit.apply(agenda, Meeting.AGENDA_MAX_LENGTH);
        DecisionsField decisions = new DecisionsField(getTranslation("copil.meeting.decisions"), links);
        form().add(date, name, attendees, agenda, decisions);
        form().setColspan(name, 2);
        form().setColspan(attendees, 2);
        form().setColspan(agenda, 2);
        form().setColspan(decisions, 2);

        Binder<MeetingForm> binder = binder();
        binder.forField(date).asRequired(getTranslation("copil.error.dateRequired"))
                .withValidator(d -> !d.isBefore(MeetingRules.EARLIEST), getTranslation("copil.error.dateTooEarly"))
                .bind(MeetingForm::getDate, MeetingForm::setDate);
        binder.forField(name).asRequired(getTranslation("copil.error.titleRequired"))
                .withValidator(TextLimit.validator(name, Meeting.TITLE_MAX_LENGTH))
                .bind(MeetingForm::getTitle, MeetingForm::setTitle);
        binder.forField(attendees).bind(MeetingForm::getAttendees, MeetingForm::setAttendees);
        binder.forField(agenda).withNullRepresentation("")
                .withValidator(TextLimit.validator(agenda, Meeting.AGENDA_MAX_LENGTH))
                .bind(MeetingForm::getAgenda, MeetingForm::setAgenda);
        binder.forField(decisions)
                .withValidator(list -> list.stream().noneMatch(d -> d.text() == null || d.text().isBlank()),
                        getTranslation("copil.error.decisionRequired"))
                .withValidator(list -> list.stream().allMatch(d -> TextLimit.lengthOf(d.text()) <= Decision.TEXT_MAX_LENGTH),
                        getTranslation("copil.error.tooLong", Decision.TEXT_MAX_LENGTH))
                .withValidator(list -> list.size() <= MeetingRules.MAX_DECISIONS,
                        getTranslation("copil.error.tooManyDecisions", MeetingRules.MAX_DECISIONS))
                .bind(MeetingForm::getDecisions, MeetingForm::setDecisions);
        showRefusalsOn("date", date);
        showRefusalsOn("title", name);
        showRefusalsOn("attendees", attendees);
        showRefusalsOn("agenda", agenda);
        showRefusalsOn("decisions", decisions);
    }
}
