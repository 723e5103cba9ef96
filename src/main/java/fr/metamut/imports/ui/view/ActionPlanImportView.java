package fr.metamut.imports.ui.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.metamut.base.domain.Role;
import fr.metamut.base.ui.TitledView;
import fr.metamut.base.ui.component.ViewHeader;
import fr.metamut.imports.domain.ActionPlanImportPreview;
import fr.metamut.imports.service.ActionPlanImportService;
import fr.metamut.workbook.service.WorkbookService;
import fr.metamut.imports.ui.component.DryRunApply;
import fr.metamut.imports.ui.component.ImportUpload;
import fr.metamut.workbook.ui.component.WorkbookDownloadButton;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The action plan's round trip through Excel: download the committee workbook, drop it back with its
 * "Plan d'actions" sheet changed, read the dry run (changed with its columns, unchanged, error), then
 * apply it in one transaction.
 */
@Route("import-plan-actions")
@Menu(order = 26, icon = "vaadin:upload-alt", title = "nav.importPlan")
@RolesAllowed({Role.DIRECTOR_NAME, Role.COORDINATOR_NAME})
public class ActionPlanImportView extends VerticalLayout implements TitledView {

    public static final String UPLOAD_ID = "action-import-upload";
    public static final String APPLY_ID = "action-import-apply";
    public static final String SUMMARY_ID = "action-import-summary";
    public static final String GRID_ID = "action-import-preview";

    private final ActionPlanImportService imports;
    private final Grid<ActionPlanImportPreview.Item> preview = new Grid<>();
    private final DryRunApply<ActionPlanImportPreview> dryRun;

    public ActionPlanImportView(ActionPlanImportService imports, WorkbookService workbooks) {
        this.imports = imports;
        setSizeFull();
        dryRun = new DryRunApply<>(new DryRunApply.Import<>() {
            @Override
            public ActionPlanImportPreview preview(byte[] bytes) {
                return imports.preview(bytes);
            }

            @Override
            public String show(ActionPlanImportPreview plan) {
                preview.setItems(plan.rows());
                return getTranslation("import.actions.summary", plan.count(ActionPlanImportPreview.Status.CHANGED),
                        plan.count(ActionPlanImportPreview.Status.UNCHANGED), plan.count(ActionPlanImportPreview.Status.ERROR));
            }

            @Override
            public boolean hasErrors(ActionPlanImportPreview plan) {
                return plan.hasErrors();
            }

            @Override
            public String apply(byte[] bytes, String fileName) {
                return getTranslation("import.actions.applied", imports.apply(bytes, fileName).changed());
            }

            @Override
            public void clear() {
                preview.setItems(List.of());
            }
        }, APPLY_ID, SUMMARY_ID);
        preview.setId(GRID_ID);
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.addColumn(ActionPlanImportPreview.Item::line).setKey("line").setHeader(getTranslation("import.column.line"))
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(item -> statusText(item.status())).setKey("status")
                .setHeader(getTranslation("import.column.status")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(item -> item.id() == null ? "" : String.valueOf(item.id())).setKey("id")
                .setHeader(getTranslation("import.actions.column.id")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(ActionPlanImportPreview.Item::title).setKey("title")
                .setHeader(getTranslation("import.actions.column.action")).setFlexGrow(3);
        preview.addColumn(item -> String.join(", ", item.changedColumns())).setKey("changes")
                .setHeader(getTranslation("import.actions.column.changes")).setFlexGrow(1);
        preview.addColumn(item -> item.error() == null || item.error().column() == null ? "" : item.error().column())
                .setKey("errorColumn").setHeader(getTranslation("import.column.errorColumn")).setAutoWidth(true);
        preview.addColumn(this::message).setKey("message").setHeader(getTranslation("import.column.message"))
                .setFlexGrow(3);
        add(new ViewHeader(viewTitle()), new Paragraph(getTranslation("import.actions.intro")),
                new WorkbookDownloadButton(workbooks), new ImportUpload(UPLOAD_ID, imports.maxBytes(), this::receive),
                dryRun.summary(), dryRun.applyButton(), preview);
        setFlexGrow(1, preview);
    }

    @Override
    public String viewTitle() {
        return getTranslation("import.actions.title");
    }

    /** The translated status of a preview line. */
    public String statusText(ActionPlanImportPreview.Status status) {
        return getTranslation(switch (status) {
            case CHANGED -> "import.actions.status.changed";
            case UNCHANGED -> "import.status.unchanged";
            case ERROR -> "import.status.error";
        });
    }

    /** The translated error of a preview line, empty when there is none. */
    public String message(ActionPlanImportPreview.Item item) {
        return item.error() == null ? ""
                : getTranslation(item.error().messageKey(), item.error().arguments().toArray());
    }

    /** Shows the dry run of an uploaded file and keeps its name (called by the upload, and directly by tests). */
    public void receive(byte[] bytes, String fileName) {
        dryRun.receive(bytes, fileName);
    }
}
