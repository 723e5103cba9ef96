package fr.metamut.imports.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import fr.metamut.imports.domain.OfferingsImportPreview;
import java.util.List;

/** The dry run of an import: one line per row of the file, then the offerings absent from the file. */
public class ImportPreviewGrid extends Grid<OfferingsImportPreview.Item> {

    public static final String ID = "import-preview";

    public ImportPreviewGrid() {
        setId(ID);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(item -> item.line() == 0 ? "" : String.valueOf(item.line())).setKey("line")
                .setHeader(getTranslation("import.column.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(new ComponentRenderer<>(this::badge)).setKey("status")
                .setHeader(getTranslation("import.column.status")).setAutoWidth(true).setFlexGrow(0);
        addColumn(OfferingsImportPreview.Item::operator).setKey("operator").setHeader(getTranslation("import.column.operator"))
                .setAutoWidth(true);
        addColumn(OfferingsImportPreview.Item::service).setKey("service").setHeader(getTranslation("import.column.service"))
                .setAutoWidth(true);
        addColumn(OfferingsImportPreview.Item::departement).setKey("departement")
                .setHeader(getTranslation("import.column.departement")).setAutoWidth(true);
        addColumn(OfferingsImportPreview.Item::note).setKey("note").setHeader(getTranslation("import.column.note"))
                .setFlexGrow(2);
        addColumn(OfferingsImportPreview.Item::previousNote).setKey("previousNote")
                .setHeader(getTranslation("import.column.previousNote")).setFlexGrow(2);
        addColumn(item -> item.error() == null ? "" : nullToEmpty(item.error().column())).setKey("errorColumn")
                .setHeader(getTranslation("import.column.errorColumn")).setAutoWidth(true);
        addColumn(this::message).setKey("message").setHeader(getTranslation("import.column.message")).setFlexGrow(3);
    }

    public void show(List<OfferingsImportPreview.Item> items) {
        setItems(items);
    }

    /** The translated status of a line. */
    public String statusText(OfferingsImportPreview.Status status) {
        return getTranslation(statusKey(status));
    }

    /** The translated error of a line, empty when there is none. */
    public String message(OfferingsImportPreview.Item item) {
        if (item.error() == null) {
            return "";
        }
        return getTranslation(item.error().messageKey(), item.error().arguments().toArray());
    }

    private Span badge(OfferingsImportPreview.Item item) {
        Span badge = new Span(statusText(item.status()));
        badge.getElement().getThemeList().add(switch (item.status()) {
            case NEW -> "badge success";
            case CHANGED -> "badge";
            case UNCHANGED -> "badge contrast";
            case ERROR, TO_REMOVE -> "badge error";
        });
        return badge;
    }

    static String statusKey(OfferingsImportPreview.Status status) {
        return switch (status) {
            case NEW -> "import.status.new";
            case CHANGED -> "import.status.changed";
            case UNCHANGED -> "import.status.unchanged";
            case ERROR -> "import.status.error";
            case TO_REMOVE -> "import.status.toRemove";
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
