package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import fr.metamut.base.domain.Amounts;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.base.ui.component.DateField;
import fr.metamut.base.ui.component.TextLimit;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferInvalidException;
import fr.metamut.offer.domain.OfferProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a joint offer, one {@link FieldSlot} per {@link OfferField}: shows and reads an
 * {@link OfferContent}, marks each problem on its field, says which fields the user is in, and holds
 * beside a field what someone else saved in it meanwhile. Text and amounts reach the server as the user
 * types (after a short pause), so the server knows what is being typed before the field is left.
 */
public class OfferForm extends FormLayout {

    private final Map<OfferField, FieldSlot<?>> slots = new EnumMap<>(OfferField.class);
    private final Set<OfferField> focused = EnumSet.noneOf(OfferField.class);
    private final OfferChoices choices;
    private final Operator lead;
    private final MultiSelectComboBox<Operator> partners = new MultiSelectComboBox<>();
    private final AmountField budget = new AmountField();
    private final BudgetSharesField shares = new BudgetSharesField();

    public OfferForm(OfferChoices choices, Operator lead) {
        this.choices = choices;
        this.lead = lead;
        setId("offer-form");
        TextField title = new TextField();
        title.setRequiredIndicatorVisible(true);
        text(OfferField.TITLE, "offer-title", title, JointOffer.TITLE_MAX_LENGTH);
        slot(OfferField.BUDGET_TOTAL, "offer-budget", budget, amount -> Amounts.format((BigDecimal) amount, getLocale()),
                FieldSlot.amount(budget));
        text(OfferField.SUMMARY, "offer-summary", new TextArea(), JointOffer.TEXT_MAX_LENGTH);
        text(OfferField.BENEFITS, "offer-benefits", new TextArea(), JointOffer.TEXT_MAX_LENGTH);
        date(OfferField.START_DATE, "offer-start");
        date(OfferField.END_DATE, "offer-end");
        partners.setItems(choices.operators().stream().filter(o -> !o.equals(lead)).toList());
        multi(OfferField.PARTNERS, "offer-partners", partners, Operator::getName, Operator::getId);
        multi(OfferField.SERVICES, "offer-services", items(choices.services()), ServiceLine::getName, ServiceLine::getId);
        multi(OfferField.DEPARTEMENTS, "offer-departements", items(choices.departements()), Departement::getLabel, Departement::getCode);
        multi(OfferField.ADDRESSED_CELLS, "offer-addressed", items(choices.cells()), choices::cellLabel, c -> c);
        MilestonesField milestones = new MilestonesField();
        slot(OfferField.MILESTONES, "offer-milestones", milestones, FieldSlot::same, FieldSlot.composite(milestones));
        slot(OfferField.BUDGET_SHARES, "offer-budget-shares", shares, FieldSlot::same, FieldSlot.composite(shares));
        partners.addValueChangeListener(e -> shares.setParties(parties()));
        budget.addValueChangeListener(e -> shares.setBudget(budget.isReadable() ? budget.getAmount() : null));
        shares.setParties(parties());
        for (OfferField field : List.of(OfferField.TITLE, OfferField.BUDGET_TOTAL, OfferField.SUMMARY, OfferField.BENEFITS,
                OfferField.START_DATE, OfferField.END_DATE, OfferField.PARTNERS, OfferField.SERVICES, OfferField.DEPARTEMENTS,
                OfferField.ADDRESSED_CELLS, OfferField.MILESTONES, OfferField.BUDGET_SHARES)) {
            add(slots.get(field).box());
        }
        for (OfferField wide : List.of(OfferField.SUMMARY, OfferField.BENEFITS, OfferField.ADDRESSED_CELLS,
                OfferField.MILESTONES, OfferField.BUDGET_SHARES)) {
            setColspan(slots.get(wide).box(), 2);
        }
        onFocusChange((field, in) -> {
            if (in) {
                focused.add(field);
            } else {
                focused.remove(field);
            }
        });
    }

    private <V> void slot(OfferField field, String id, HasValue<?, V> input, SerializableFunction<Object, V> toInput,
                          FieldSlot.Reading<V> reading) {
        Component component = (Component) input;
        component.setId(id);
        if (component instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation("offer.field." + field.name()));
        }
        if (component instanceof HasValueChangeMode typed) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
        }
        slots.put(field, new FieldSlot<>(field, input, toInput, reading));
    }

    /** A text counted as it is typed, refused above {@code max} characters (never cut). */
    private <F extends TextFieldBase<F, String>> void text(OfferField field, String id, F input, int max) {
        slot(field, id, input, v -> v == null ? "" : (String) v, FieldSlot.limited(max));
        TextLimit.apply(input, max);
    }

    private void date(OfferField field, String id) {
        DateField date = new DateField();
        slot(field, id, date, FieldSlot::same, FieldSlot.date(date));
    }

    /** A multi-select whose content value is the set of the chosen items' keys (ids, codes, cells). */
    private <T, K> void multi(OfferField field, String id, MultiSelectComboBox<T> input, Function<T, String> label,
                              SerializableFunction<T, K> key) {
        input.setItemLabelGenerator(label::apply);
        List<T> all = input.getListDataView().getItems().toList();
        slot(field, id, input, keys -> all.stream().filter(i -> ((Collection<?>) keys).contains(key.apply(i)))
                .collect(Collectors.toSet()), chosen -> chosen.stream().map(key).collect(Collectors.toSet()));
    }

    private static <T> MultiSelectComboBox<T> items(List<T> items) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
        box.setItems(items);
        return box;
    }

    private List<Operator> parties() {
        List<Operator> parties = new ArrayList<>(List.of(lead));
        parties.addAll(partners.getValue().stream().sorted(Comparator.comparing(Operator::getName)).toList());
        return parties;
    }

    public FieldSlot<?> slot(OfferField field) {
        return slots.get(field);
    }

    public Map<OfferField, Component> fieldComponents() {
        Map<OfferField, Component> components = new EnumMap<>(OfferField.class);
        slots.forEach((field, slot) -> components.put(field, slot.component()));
        return components;
    }

    /** Shows the given fields of a content (partners before shares, whose parties they are). */
    public void show(OfferContent content, Collection<OfferField> fields) {
        for (OfferField field : OfferField.values()) {
            if (fields.contains(field)) {
                slots.get(field).show(field.valueIn(content));
            }
        }
    }

    /** What the fields hold now; a field whose input cannot be read keeps {@code fallback}'s value. */
    public OfferContent typed(OfferContent fallback) {
        Map<OfferField, Object> values = new EnumMap<>(OfferField.class);
        slots.forEach((field, slot) -> values.put(field, slot.unreadable() == null ? slot.value() : field.valueIn(fallback)));
        return OfferContent.of(values);
    }

    /** The fields holding what cannot be read (a date such as 32/13/2027, an amount such as 1e6). */
    public Set<OfferField> unreadable() {
        Set<OfferField> fields = EnumSet.noneOf(OfferField.class);
        slots.forEach((field, slot) -> {
            if (slot.unreadable() != null) {
                fields.add(field);
            }
        });
        return fields;
    }

    /** The content to save; refused, field by field, while a field cannot be read. */
    public OfferContent write() {
        List<OfferProblem> problems = slots.values().stream().map(FieldSlot::unreadable).filter(Objects::nonNull).toList();
        if (!problems.isEmpty()) {
            throw new OfferInvalidException(problems);
        }
        return typed(OfferContent.empty());
    }

    /** Marks each problem on its field (in the user's language) and clears the others. */
    public void showProblems(List<OfferProblem> problems) {
        slots.values().forEach(slot -> slot.problem(null));
        for (OfferProblem problem : problems) {
            slots.get(problem.field()).problem(getTranslation(problem.messageKey(), problem.arguments().toArray()));
        }
    }

    /** The fields the user is in now. */
    public Set<OfferField> focused() {
        return EnumSet.copyOf(focused);
    }

    /** Calls {@code listener(field, true/false)} when the user enters or leaves a field. */
    public void onFocusChange(SerializableBiConsumer<OfferField, Boolean> listener) {
        slots.forEach((field, slot) -> {
            if (slot.component() instanceof CompositeInput composite) {
                composite.onFocusChange(in -> listener.accept(field, in));
            } else if (slot.component() instanceof Focusable<?> focusable) {
                focusable.addFocusListener(e -> listener.accept(field, true));
                focusable.addBlurListener(e -> listener.accept(field, false));
            }
        });
    }

    /** Calls {@code listener(field)} after each change of a field's value, by the user or not. */
    public void onValueChange(SerializableConsumer<OfferField> listener) {
        slots.forEach((field, slot) -> slot.input().addValueChangeListener(e -> listener.accept(field)));
    }

    /** Shows, on each field others are in, who they are. */
    public void showOthersEditing(Map<String, List<String>> namesByField) {
        slots.forEach((field, slot) -> {
            List<String> names = namesByField.get(field.name());
            slot.othersEditing(names == null ? null : getTranslation("offer.editingBy", String.join(", ", names)));
        });
    }

    public void setEditable(boolean editable) {
        slots.values().forEach(slot -> slot.input().setReadOnly(!editable));
    }

    /** Shows beside a field the value someone else saved while the user is in it. */
    public void hold(OfferField field, String author, Object theirs, SerializableRunnable keepMine,
                     SerializableRunnable takeTheirs) {
        slots.get(field).hold().show(author, choices.format(field, theirs), keepMine, takeTheirs);
    }

    public void release(OfferField field) {
        slots.get(field).hold().hide();
    }
}
