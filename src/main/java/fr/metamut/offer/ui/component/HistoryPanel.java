package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.metamut.base.ui.Formats;
import fr.metamut.offer.service.HistoryEntry;
import fr.metamut.offer.service.OfferHistoryService;

/** The offer's timeline: field changes (old → new) and workflow steps with their rationale. */
public class HistoryPanel extends Grid<HistoryEntry> {

    private final OfferHistoryService history;
    private final Long offerId;
    private boolean stale;

    public HistoryPanel(OfferHistoryService history, Long offerId) {
        this.history = history;
        this.offerId = offerId;
        setId("offer-history");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        addColumn(HistoryEntry::authorName).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.kind() == HistoryEntry.Kind.STATE ? getTranslation("history.state")
                : getTranslation("offer.field." + e.field())).setHeader(getTranslation("history.what"));
        addColumn(e -> e.kind() == HistoryEntry.Kind.STATE
                ? label(e.oldValue()) + " → " + label(e.newValue())
                : e.oldValue() + " → " + e.newValue()).setHeader(getTranslation("history.change")).setFlexGrow(3);
        addColumn(e -> e.rationale() == null ? "" : e.rationale()).setHeader(getTranslation("offer.rationale")).setFlexGrow(2);
        addAttachListener(attach -> {
            if (stale) {
                refresh();
            }
        });
        refresh();
    }

    private String label(String status) {
        return status == null || status.isEmpty() ? "—" : getTranslation("offer.status." + status);
    }

    /**
     * Reloads the timeline, or only marks it stale while its tab is not shown: it is read from every
     * Envers revision of the offer, and every open editor would otherwise reload it on each save.
     */
    public void refresh() {
        stale = !isAttached();
        if (!stale) {
            setItems(history.history(offerId));
        }
    }
}
