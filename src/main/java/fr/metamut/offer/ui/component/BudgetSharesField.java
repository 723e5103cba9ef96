package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.component.AmountField;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.OfferField;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The budget split: one amount per party (the lead, then the partners by name) and, as the user types,
 * the running total against the offer's budget, flagged when it goes above it.
 */
public class BudgetSharesField extends CustomField<Set<BudgetShare>> implements CompositeInput {

    private final Div amounts = new Div();
    private final Span total = new Span();
    private final Map<Long, AmountField> fields = new LinkedHashMap<>();
    private final List<SerializableConsumer<Boolean>> focusListeners = new java.util.ArrayList<>();
    private BigDecimal budget;

    public BudgetSharesField() {
        amounts.addClassName("budget-shares");
        total.setId("offer-shares-total");
        total.addClassName("budget-shares-total");
        add(amounts, total);
        showTotal();
    }

    /** The parties, lead first; an amount typed for a party that stays is kept. */
    public void setParties(List<Operator> parties) {
        if (parties.stream().map(Operator::getId).toList().equals(List.copyOf(fields.keySet()))) {
            return;
        }
        Map<Long, String> typed = new LinkedHashMap<>();
        fields.forEach((party, field) -> typed.put(party, field.getValue()));
        amounts.removeAll();
        fields.clear();
        for (Operator party : parties) {
            AmountField share = new AmountField(party.getName());
            share.setId("offer-share-" + party.getCode());
            share.setValueChangeMode(ValueChangeMode.LAZY);
            share.setValue(typed.getOrDefault(party.getId(), ""));
            share.setReadOnly(isReadOnly());
            share.addValueChangeListener(e -> {
                updateValue();
                showTotal();
            });
            share.addFocusListener(e -> focusListeners.forEach(l -> l.accept(true)));
            share.addBlurListener(e -> focusListeners.forEach(l -> l.accept(false)));
            fields.put(party.getId(), share);
            amounts.add(share);
        }
        updateValue();
        showTotal();
    }

    /** The offer's budget as typed, to compare the total with. */
    public void setBudget(BigDecimal budget) {
        this.budget = budget;
        showTotal();
    }

    @Override
    protected Set<BudgetShare> generateModelValue() {
        Set<BudgetShare> shares = new HashSet<>();
        amounts().forEach((party, amount) -> {
            if (amount != null) {
                shares.add(new BudgetShare(party, amount));
            }
        });
        return shares;
    }

    @Override
    protected void setPresentationValue(Set<BudgetShare> shares) {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        (shares == null ? Set.<BudgetShare>of() : shares).forEach(s -> values.put(s.getOperatorId(), s.getAmount()));
        fields.forEach((party, field) -> {
            if (!field.isReadable() || !OfferField.sameValue(field.getAmount(), values.get(party))) {
                field.setAmount(values.get(party));
            }
        });
        showTotal();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    @Override
    public void onFocusChange(SerializableConsumer<Boolean> listener) {
        focusListeners.add(listener);
    }

    @Override
    public void checkReadable() throws FieldSlot.Unreadable {
        for (AmountField field : fields.values()) {
            FieldSlot.amount(field).read(field.getValue());
        }
    }

    /** The amounts typed per party; one that cannot be read counts as none (the field says why). */
    private Map<Long, BigDecimal> amounts() {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        fields.forEach((party, field) -> values.put(party, field.isReadable() ? field.getAmount() : null));
        return values;
    }

    private void showTotal() {
        BigDecimal sum = amounts().values().stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean over = budget != null && sum.compareTo(budget) > 0;
        total.getElement().getClassList().set("over", over);
        if (budget == null) {
            total.setText(getTranslation("offer.shares.total", Formats.euros(sum)));
        } else if (over) {
            total.setText(getTranslation("offer.shares.over", Formats.euros(sum), Formats.euros(budget),
                    Formats.euros(sum.subtract(budget))));
        } else {
            total.setText(getTranslation("offer.shares.left", Formats.euros(sum), Formats.euros(budget),
                    Formats.euros(budget.subtract(sum))));
        }
    }
}
