package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.catalog.domain.Departement;
import fr.metamut.catalog.domain.Operator;
import fr.metamut.catalog.domain.ServiceLine;
import fr.metamut.offer.domain.AddressedCell;
import fr.metamut.offer.domain.BudgetShare;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.Milestone;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The fields of a joint offer, one component per {@link OfferField}: reads and writes an
 * {@link OfferContent}, says which fields differ from what was loaded, and reports focus changes so
 * others can see who edits what.
 */
public class OfferForm extends FormLayout {

    // strict: the default resolver quietly turns 31/02 into 28/02 instead of refusing it
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea benefits = new TextArea();
    private final BigDecimalField budgetTotal = new BigDecimalField();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker endDate = new DatePicker();
    private final MultiSelectComboBox<Operator> partners = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ServiceLine> services = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Departement> departements = new MultiSelectComboBox<>();
    private final TextArea milestones = new TextArea();
    private final Div budgetShares = new Div();
    private final MultiSelectComboBox<AddressedCell> addressedCells = new MultiSelectComboBox<>();
    private final Map<OfferField, Component> components = new EnumMap<>(OfferField.class);
    private final Map<Long, BigDecimalField> shareFields = new LinkedHashMap<>();
    private final List<Operator> operators;
    private final List<ServiceLine> serviceLines;
    private final List<Departement> departementList;
    private Operator lead;

    public OfferForm(List<Operator> operators, List<ServiceLine> serviceLines, List<Departement> departementList,
                     List<AddressedCell> candidateCells, Map<String, String> serviceNames) {
        this.operators = operators;
        this.serviceLines = serviceLines;
        this.departementList = departementList;
        setId("offer-form");
        configure(title, OfferField.TITLE, "offer-title");
        title.setMaxLength(JointOffer.TITLE_MAX_LENGTH);
        title.setRequiredIndicatorVisible(true);
        configure(summary, OfferField.SUMMARY, "offer-summary");
        summary.setMaxLength(JointOffer.TEXT_MAX_LENGTH);
        configure(benefits, OfferField.BENEFITS, "offer-benefits");
        benefits.setMaxLength(JointOffer.TEXT_MAX_LENGTH);
        configure(budgetTotal, OfferField.BUDGET_TOTAL, "offer-budget");
        budgetTotal.setSuffixComponent(new Span("€"));
        configure(startDate, OfferField.START_DATE, "offer-start");
        configure(endDate, OfferField.END_DATE, "offer-end");
        configure(partners, OfferField.PARTNERS, "offer-partners");
        partners.setItems(operators);
        partners.setItemLabelGenerator(Operator::getName);
        partners.addValueChangeListener(e -> showShares(currentShares()));
        configure(services, OfferField.SERVICES, "offer-services");
        services.setItems(serviceLines);
        services.setItemLabelGenerator(ServiceLine::getName);
        configure(departements, OfferField.DEPARTEMENTS, "offer-departements");
        departements.setItems(departementList);
        departements.setItemLabelGenerator(Departement::getLabel);
        configure(milestones, OfferField.MILESTONES, "offer-milestones");
        milestones.setHelperText(getTranslation("offer.milestones.help"));
        budgetShares.setId("offer-budget-shares");
        budgetShares.addClassName("budget-shares");
        components.put(OfferField.BUDGET_SHARES, budgetShares);
        configure(addressedCells, OfferField.ADDRESSED_CELLS, "offer-addressed");
        addressedCells.setItems(candidateCells);
        addressedCells.setItemLabelGenerator(c -> serviceNames.getOrDefault(c.getServiceCode(), c.getServiceCode())
                + " · " + c.getDepartementCode() + " (" + getTranslation("offer.cell." + c.getKind().name()) + ")");
        add(title, budgetTotal, summary, benefits, startDate, endDate, partners, services, departements,
                addressedCells, milestones, budgetShares);
        setColspan(title, 1);
        setColspan(summary, 2);
        setColspan(benefits, 2);
        setColspan(addressedCells, 2);
        setColspan(milestones, 2);
        setColspan(budgetShares, 2);
    }

    private void configure(Component field, OfferField offerField, String id) {
        field.setId(id);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("offer.field." + offerField.name()));
        }
        components.put(offerField, field);
    }

    /** Calls {@code onFocus(field, true/false)} when the user enters or leaves a field. */
    public void onFocusChange(BiConsumer<OfferField, Boolean> onFocus) {
        components.forEach((field, component) -> {
            if (component instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.addFocusListener(e -> onFocus.accept(field, true));
                focusable.addBlurListener(e -> onFocus.accept(field, false));
            }
        });
    }

    public Map<OfferField, Component> fieldComponents() {
        return components;
    }

    /** Shows the given content in the fields (only the listed fields when {@code only} is not null). */
    public void read(OfferContent content, Operator leadOperator, Set<OfferField> only) {
        if (!leadOperator.equals(lead)) {
            // setting the items clears the selection: only when the lead changes, i.e. on the first read
            lead = leadOperator;
            partners.setItems(operators.stream().filter(o -> !o.equals(leadOperator)).toList());
        }
        if (only == null || only.contains(OfferField.TITLE)) title.setValue(content.title());
        if (only == null || only.contains(OfferField.SUMMARY)) summary.setValue(content.summary());
        if (only == null || only.contains(OfferField.BENEFITS)) benefits.setValue(content.benefits());
        if (only == null || only.contains(OfferField.BUDGET_TOTAL)) budgetTotal.setValue(content.budgetTotal());
        if (only == null || only.contains(OfferField.START_DATE)) startDate.setValue(content.startDate());
        if (only == null || only.contains(OfferField.END_DATE)) endDate.setValue(content.endDate());
        if (only == null || only.contains(OfferField.PARTNERS)) {
            partners.setValue(operators.stream().filter(o -> content.partnerIds().contains(o.getId())).collect(Collectors.toSet()));
        }
        if (only == null || only.contains(OfferField.SERVICES)) {
            services.setValue(serviceLines.stream().filter(s -> content.serviceIds().contains(s.getId())).collect(Collectors.toSet()));
        }
        if (only == null || only.contains(OfferField.DEPARTEMENTS)) {
            departements.setValue(departementList.stream().filter(d -> content.departementCodes().contains(d.getCode()))
                    .collect(Collectors.toSet()));
        }
        if (only == null || only.contains(OfferField.MILESTONES)) {
            milestones.setValue(content.milestones().stream()
                    .map(m -> (m.getDueDate() == null ? "" : DAY.format(m.getDueDate()) + " ") + m.getTitle())
                    .collect(Collectors.joining("\n")));
        }
        if (only == null || only.contains(OfferField.BUDGET_SHARES)) {
            Map<Long, BigDecimal> shares = new LinkedHashMap<>();
            content.budgetShares().forEach(s -> shares.put(s.getOperatorId(), s.getAmount()));
            showShares(shares);
        }
        if (only == null || only.contains(OfferField.ADDRESSED_CELLS)) {
            addressedCells.setValue(new HashSet<>(content.addressedCells()));
        }
    }

    /** The content as typed; refuses with a French message what cannot be read (e.g. a bad date). */
    public OfferContent write() {
        List<Milestone> steps = new ArrayList<>();
        for (String line : milestones.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String text = line.strip();
            LocalDate due = null;
            if (text.length() >= 10 && Character.isDigit(text.charAt(0))) {
                try {
                    due = LocalDate.parse(text.substring(0, 10), DAY);
                    text = text.substring(10).strip();
                } catch (DateTimeParseException e) {
                    throw new UserFacingException("offer.error.milestoneDate", line.strip());
                }
            }
            steps.add(new Milestone(text, due));
        }
        Set<BudgetShare> shares = new HashSet<>();
        shareFields.forEach((operatorId, field) -> {
            if (field.getValue() != null) {
                shares.add(new BudgetShare(operatorId, field.getValue()));
            }
        });
        return new OfferContent(title.getValue(), summary.getValue(), benefits.getValue(), budgetTotal.getValue(),
                startDate.getValue(), endDate.getValue(),
                partners.getValue().stream().map(Operator::getId).collect(Collectors.toSet()),
                services.getValue().stream().map(ServiceLine::getId).collect(Collectors.toSet()),
                departements.getValue().stream().map(Departement::getCode).collect(Collectors.toSet()),
                steps, shares, addressedCells.getValue());
    }

    public void setEditable(boolean editable) {
        components.values().forEach(c -> {
            if (c instanceof HasValue<?, ?> field) {
                field.setReadOnly(!editable);
            }
        });
        shareFields.values().forEach(f -> f.setReadOnly(!editable));
    }

    private Map<Long, BigDecimal> currentShares() {
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        shareFields.forEach((id, field) -> values.put(id, field.getValue()));
        return values;
    }

    /**
     * One amount field per party (the lead, then the partners by name). The fields are only rebuilt when
     * the parties change: a co-editor's save refreshes every open form, and rebuilding them each time was
     * most of that refresh's cost.
     */
    private void showShares(Map<Long, BigDecimal> values) {
        List<Operator> parties = new ArrayList<>();
        if (lead != null) {
            parties.add(lead);
        }
        parties.addAll(partners.getValue().stream().sorted(java.util.Comparator.comparing(Operator::getName)).toList());
        if (parties.stream().map(Operator::getId).toList().equals(List.copyOf(shareFields.keySet()))) {
            shareFields.forEach((operatorId, field) -> field.setValue(values.get(operatorId)));
        } else {
            rebuildShares(parties, values);
        }
    }

    private void rebuildShares(List<Operator> parties, Map<Long, BigDecimal> values) {
        boolean readOnly = title.isReadOnly();
        budgetShares.removeAll();
        shareFields.clear();
        Span caption = new Span(getTranslation("offer.field.BUDGET_SHARES"));
        caption.addClassName("budget-shares-caption");
        budgetShares.add(caption);
        for (Operator party : parties) {
            BigDecimalField share = new BigDecimalField(party.getName());
            share.setId("offer-share-" + party.getCode());
            share.setSuffixComponent(new Span("€"));
            share.setValue(values.get(party.getId()));
            share.setReadOnly(readOnly);
            shareFields.put(party.getId(), share);
            budgetShares.add(share);
        }
    }
}
