package fr.metamut.imports.ui.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.imports.domain.OfferingsImportPreview;
import fr.metamut.imports.service.OfferingsImportService;
import fr.metamut.imports.ui.component.ImportPreviewGrid;
import fr.metamut.imports.ui.component.DryRunApply;
import fr.metamut.imports.ui.component.ImportUpload;
import fr.metamut.imports.ui.component.OfferingsTemplateDownload;
import jakarta.annotation.security.RolesAllowed;

/**
 * The offerings round trip through Excel: download the template, drop the edited file, read the dry run
 * (new, changed, unchanged, error, to remove), then apply it all in one transaction.
 */
@Route("import-offres")
@Menu(order = 25, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({Role.DIRECTOR_NAME, Role.ADMIN_NAME})
public class OfferingsImportView extends VerticalLayout implements TitledView {

    public static final String UPLOAD_ID = "import-upload";
    public static final String APPLY_ID = "import-apply";
    public static final String REMOVE_ID = "import-remove-absent";
    public static final String SUMMARY_ID = "import-summary";

    private final OfferingsImportService imports;
    private final ImportPreviewGrid preview = new ImportPreviewGrid();
    private final Checkbox removeAbsent = new Checkbox();
    private final DryRunApply<OfferingsImportPreview> dryRun;
    private final Upload upload;

    public OfferingsImportView(OfferingsImportService imports) {
        this.imports = imports;
        setSizeFull();
        upload = new ImportUpload(UPLOAD_ID, imports.maxBytes(), this::receive);
        removeAbsent.setId(REMOVE_ID);
        removeAbsent.setLabel(getTranslation("import.removeAbsent"));
        dryRun = new DryRunApply<>(new DryRunApply.Import<>() {
            @Override
            public OfferingsImportPreview preview(byte[] bytes) {
                return imports.preview(bytes);
            }

            @Override
            public String show(OfferingsImportPreview plan) {
                preview.show(plan.all());
                return getTranslation("import.summary", plan.count(OfferingsImportPreview.Status.NEW),
                        plan.count(OfferingsImportPreview.Status.CHANGED), plan.count(OfferingsImportPreview.Status.UNCHANGED),
                        plan.count(OfferingsImportPreview.Status.ERROR), plan.count(OfferingsImportPreview.Status.TO_REMOVE));
            }

            @Override
            public boolean hasErrors(OfferingsImportPreview plan) {
                return plan.hasErrors();
            }

            @Override
            public String apply(byte[] bytes, String fileName) {
                OfferingsImportService.Applied applied = imports.apply(bytes, removeAbsent.getValue(), fileName);
                return getTranslation("import.applied", applied.added(), applied.changed(), applied.removed());
            }

            @Override
            public void clear() {
                preview.show(java.util.List.of());
            }
        }, APPLY_ID, SUMMARY_ID);
        add(new ViewHeader(viewTitle()), new Paragraph(getTranslation("import.intro")),
                new OfferingsTemplateDownload(imports), upload, dryRun.summary(),
                new HorizontalLayout(removeAbsent, dryRun.applyButton()), preview);
        setFlexGrow(1, preview);
    }

    @Override
    public String viewTitle() {
        return getTranslation("import.title");
    }

    /** Shows the dry run of an uploaded file and keeps its name (called by the upload, and directly by tests). */
    public void receive(byte[] bytes, String fileName) {
        dryRun.receive(bytes, fileName);
    }
}
