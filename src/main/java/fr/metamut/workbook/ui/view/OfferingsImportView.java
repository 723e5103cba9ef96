package fr.metamut.workbook.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.Notifications;
import fr.metamut.workbook.domain.ImportPlan;
import fr.metamut.workbook.service.OfferingsImportService;
import fr.metamut.workbook.ui.component.ImportPreviewGrid;
import fr.metamut.workbook.ui.component.ImportUpload;
import fr.metamut.workbook.ui.component.OfferingsTemplateDownload;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The offerings round trip through Excel: download the template, drop the edited file, read the dry run
 * (new, changed, unchanged, error, to remove), then apply it all in one transaction.
 */
@Route("import-offres")
@Menu(order = 25, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({Role.DIRECTOR_NAME, Role.ADMIN_NAME})
public class OfferingsImportView extends VerticalLayout implements HasDynamicTitle {

    public static final String UPLOAD_ID = "import-upload";
    public static final String APPLY_ID = "import-apply";
    public static final String REMOVE_ID = "import-remove-absent";
    public static final String SUMMARY_ID = "import-summary";

    private final OfferingsImportService imports;
    private final ImportPreviewGrid preview = new ImportPreviewGrid();
    private final Checkbox removeAbsent = new Checkbox();
    private final Button apply = new Button();
    private final Span summary = new Span();
    private final Upload upload;
    private byte[] file;

    public OfferingsImportView(OfferingsImportService imports) {
        this.imports = imports;
        setSizeFull();
        upload = new ImportUpload(UPLOAD_ID, imports.maxBytes(), this::receive);
        removeAbsent.setId(REMOVE_ID);
        removeAbsent.setLabel(getTranslation("import.removeAbsent"));
        apply.setId(APPLY_ID);
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(event -> applyFile());
        summary.setId(SUMMARY_ID);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")),
                new OfferingsTemplateDownload(imports), upload, summary,
                new HorizontalLayout(removeAbsent, apply), preview);
        setFlexGrow(1, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    /** Shows the dry run of an uploaded file (called by the upload, and directly by tests). */
    public void receive(byte[] bytes) {
        file = null;
        apply.setEnabled(false);
        preview.show(java.util.List.of());
        summary.setText("");
        try {
            ImportPlan plan = imports.preview(bytes);
            preview.show(plan.all());
            summary.setText(getTranslation("import.summary", plan.count(ImportPlan.Status.NEW),
                    plan.count(ImportPlan.Status.CHANGED), plan.count(ImportPlan.Status.UNCHANGED),
                    plan.count(ImportPlan.Status.ERROR), plan.count(ImportPlan.Status.TO_REMOVE)));
            if (!plan.hasErrors()) {
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
            Notifications.error(getTranslation("import.noFile"));
            return;
        }
        byte[] applying = file;
        boolean done = Notifications.attempt(() -> {
            OfferingsImportService.Applied applied = imports.apply(applying, removeAbsent.getValue());
            Notifications.success(getTranslation("import.applied", applied.added(), applied.changed(),
                    applied.removed()));
        });
        if (done) {
            receive(applying);
        }
    }
}
