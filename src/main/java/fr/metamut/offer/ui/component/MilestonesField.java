package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.offer.domain.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * The offer's milestones as a small table: one row per step with its date and label, rows added and
 * removed with buttons, shown in date order (undated steps last). A row left empty is no milestone.
 */
public class MilestonesField extends CustomField<List<Milestone>> implements CompositeInput {

    /** One row: its date, its label. */
    private record Row(Div line, DateField date, TextField title) {
    }

    private final Div rows = new Div();
    private final Button add = new Button();
    private final List<Row> lines = new ArrayList<>();
    private final List<SerializableConsumer<Boolean>> focusListeners = new ArrayList<>();
    private int nextRow;

    public MilestonesField() {
        rows.addClassName("milestones");
        add.setText(getTranslation("offer.milestones.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("offer-milestone-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(click -> {
            Row row = addRow(null);
            row.date().focus();
        });
        add(rows, add);
    }

    @Override
    protected List<Milestone> generateModelValue() {
        List<Milestone> steps = new ArrayList<>();
        for (Row row : lines) {
            String title = row.title().getValue();
            if (!title.isBlank() || row.date().getValue() != null) {
                steps.add(new Milestone(title.strip(), row.date().getValue()));
            }
        }
        return steps;
    }

    @Override
    protected void setPresentationValue(List<Milestone> milestones) {
        List<Milestone> sorted = milestones == null ? List.of() : milestones.stream().sorted(Milestone.BY_DATE).toList();
        if (sorted.equals(generateModelValue()) && lines.size() == sorted.size()) {
            return;
        }
        rows.removeAll();
        lines.clear();
        nextRow = 0;
        sorted.forEach(this::addRow);
    }

    private Row addRow(Milestone milestone) {
        int index = nextRow++;
        DateField date = new DateField();
        date.setId("offer-milestone-date-" + index);
        date.setAriaLabel(getTranslation("offer.milestones.date"));
        date.setPlaceholder(getTranslation("offer.milestones.date"));
        TextField title = new TextField();
        title.setId("offer-milestone-title-" + index);
        title.setAriaLabel(getTranslation("offer.milestones.title"));
        title.setPlaceholder(getTranslation("offer.milestones.title"));
        TextLimit.apply(title, Milestone.TITLE_MAX_LENGTH);
        title.addClassName("milestone-title");
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.setId("offer-milestone-remove-" + index);
        remove.setAriaLabel(getTranslation("offer.milestones.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div line = new Div(date, title, remove);
        line.addClassName("milestone-row");
        Row row = new Row(line, date, title);
        if (milestone != null) {
            date.setValue(milestone.getDueDate());
            title.setValue(milestone.getTitle());
        }
        date.addValueChangeListener(e -> updateValue());
        title.addValueChangeListener(e -> updateValue());
        date.addFocusListener(e -> focused(true));
        date.addBlurListener(e -> focused(false));
        title.addFocusListener(e -> focused(true));
        title.addBlurListener(e -> focused(false));
        remove.addClickListener(click -> {
            lines.remove(row);
            rows.remove(line);
            updateValue();
        });
        date.setReadOnly(isReadOnly());
        title.setReadOnly(isReadOnly());
        remove.setVisible(!isReadOnly());
        lines.add(row);
        rows.add(line);
        return row;
    }

    private void focused(boolean in) {
        focusListeners.forEach(l -> l.accept(in));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        for (Row row : lines) {
            row.date().setReadOnly(readOnly);
            row.title().setReadOnly(readOnly);
            row.line().getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!readOnly));
        }
    }

    @Override
    public void onFocusChange(SerializableConsumer<Boolean> listener) {
        focusListeners.add(listener);
    }

    @Override
    public void checkReadable() throws FieldSlot.Unreadable {
        for (Row row : lines) {
            FieldSlot.date(row.date()).read(row.date().getValue());
            FieldSlot.limited(Milestone.TITLE_MAX_LENGTH).read(row.title().getValue());
        }
    }

    /** The number of rows shown, empty ones included. */
    public int rowCount() {
        return lines.size();
    }
}
