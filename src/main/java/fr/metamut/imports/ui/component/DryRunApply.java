package fr.metamut.imports.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The flow both Excel imports share: an uploaded file is read as a dry run whose summary is shown; the
 * Apply button is enabled only when the dry run has no error, and applying re-runs the dry run so the
 * preview shows the new state. Refusals become a French message in the summary and a toast.
 *
 * @param <P> the dry-run result (a plan of rows)
 */
public class DryRunApply<P> {

    /** What an import page does with a file: read it as a dry run, show it, and apply it. */
    public interface Import<P> {

        P preview(byte[] bytes);

        /** Shows the plan (grid rows) and returns its one-line summary. */
        String show(P plan);

        boolean hasErrors(P plan);

        /** Applies the file ({@code fileName} for the audit log, null when unknown) and returns the success message. */
        String apply(byte[] bytes, String fileName);

        /** Empties the preview before a new file is read. */
        void clear();
    }

    private final Import<P> flow;
    private final Button apply = new Button();
    private final Span summary = new Span();
    private byte[] file;
    private String fileName;

    public DryRunApply(Import<P> flow, String applyId, String summaryId) {
        this.flow = flow;
        apply.setId(applyId);
        apply.setText(apply.getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(event -> applyFile());
        summary.setId(summaryId);
    }

    public Button applyButton() {
        return apply;
    }

    public Span summary() {
        return summary;
    }

    /** Shows the dry run of an uploaded file ({@code name} as uploaded, null when unknown). */
    public void receive(byte[] bytes, String name) {
        file = null;
        fileName = name;
        apply.setEnabled(false);
        flow.clear();
        summary.setText("");
        try {
            P plan = flow.preview(bytes);
            summary.setText(flow.show(plan));
            if (!flow.hasErrors(plan)) {
                file = bytes;
                apply.setEnabled(true);
            }
        } catch (UserFacingException | AccessDeniedException e) {
            String message = Notifications.messageOf(e);
            summary.setText(message);
            Notifications.error(message);
        }
    }

    private void applyFile() {
        if (file == null) {
            Notifications.error(apply.getTranslation("import.noFile"));
            return;
        }
        byte[] applying = file;
        String name = fileName;
        if (Notifications.attempt(() -> Notifications.success(flow.apply(applying, name)))) {
            receive(applying, name);
        }
    }
}
