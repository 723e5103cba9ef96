package fr.metamut.copil.ui.component;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fr.metamut.copil.domain.Decision;
import fr.metamut.copil.domain.DecisionLink;
import java.util.List;
import java.util.function.Function;

/**
 * Decisions of a meeting: the text, what it is about and, when following up, what became of it (the linked item's
 * state at a later meeting, and now).
 */
public class DecisionsGrid extends Grid<DecisionsGrid.Line> {

    /** A decision and, when followed up, its item's state then and now ({@code null} when not shown). */
    public record Line(Decision decision, String then, String now) {
    }

    /** {@code thenHeader}/{@code nowHeader}: the follow-up columns' titles, or null for a meeting's own decisions. */
    public DecisionsGrid(String id, String thenHeader, String nowHeader) {
        super(Line.class, false);
        setId(id);
        addColumn(l -> l.decision().getText()).setKey("text").setHeader(getTranslation("copil.column.decision"))
                .setFlexGrow(3);
        addColumn(l -> about(l.decision())).setKey("about").setHeader(getTranslation("copil.column.about")).setFlexGrow(2);
        if (thenHeader != null) {
            addColumn(Line::then).setKey("then").setHeader(thenHeader).setFlexGrow(1);
        }
        if (nowHeader != null) {
            addColumn(Line::now).setKey("now").setHeader(nowHeader).setFlexGrow(1);
        }
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
    }

    private String about(Decision decision) {
        return decision.isLinked() ? DecisionLink.about(getTranslation(decision.getLinkKind().messageKey()),
                decision.getLinkLabel(), (kind, title) -> getTranslation("copil.link.label", kind, title)) : "";
    }

    /** Shows decisions without follow-up. */
    public void show(List<Decision> decisions) {
        setItems(decisions.stream().map(d -> new Line(d, null, null)).toList());
    }

    /** Shows decisions with the state of their item at two moments. */
    public void show(List<Decision> decisions, Function<Decision, String> then, Function<Decision, String> now) {
        setItems(decisions.stream().map(d -> new Line(d, then == null ? null : then.apply(d),
                now == null ? null : now.apply(d))).toList());
    }
}
