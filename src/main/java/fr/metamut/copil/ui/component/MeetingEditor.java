package fr.metamut.copil.ui.component;

import fr.metamut.catalog.domain.Operator;
import fr.metamut.copil.domain.DecisionLink;
import fr.metamut.copil.domain.Meeting;
import fr.metamut.copil.service.CopilService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Opens the meeting dialog to record a meeting or correct one, with the choices it offers read from the services. */
public final class MeetingEditor {

    private MeetingEditor() {
    }

    /**
     * Opens the dialog; {@code existing} null records a new meeting. {@code saved} gets the meeting once the
     * service accepted it.
     */
    public static void open(CopilService copil, List<Operator> operators, Meeting existing, LocalDate today,
                            Consumer<Meeting> saved) {
        List<LinkChoice> links = new ArrayList<>();
        Arrays.stream(DecisionLink.values()).forEach(kind -> copil.linkOptions(kind)
                .forEach(option -> links.add(new LinkChoice(kind, option.id(), option.label()))));
        Meeting[] result = new Meeting[1];
        MeetingDialog dialog = new MeetingDialog(
                existing == null ? title("copil.record") : title("copil.edit"), operators, links,
                form -> result[0] = existing == null ? copil.record(form.toContent())
                        : copil.update(existing.getId(), existing.getVersion(), form.toContent()),
                () -> saved.accept(result[0]));
        dialog.edit(existing == null ? MeetingForm.blank(today) : MeetingForm.of(existing));
    }

    private static String title(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
