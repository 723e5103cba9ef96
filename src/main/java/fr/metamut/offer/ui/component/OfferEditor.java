package fr.metamut.offer.ui.component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.service.PeopleDirectory;
import fr.metamut.base.ui.Notifications;
import fr.metamut.offer.domain.JointOffer;
import fr.metamut.offer.domain.OfferContent;
import fr.metamut.offer.domain.OfferField;
import fr.metamut.offer.domain.OfferInvalidException;
import fr.metamut.offer.service.OfferConflictException;
import fr.metamut.offer.service.OfferMerge;
import fr.metamut.offer.service.OfferService;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * An offer's form with its Save button, co-edited: remembers what it loaded (the base of each field),
 * shows others' saves in the fields the user is not in, holds them beside the fields the user is in or
 * typed in (keep mine / take theirs), saves with the base so that an outdated field is a conflict, and
 * marks each refusal on its field.
 */
public class OfferEditor extends VerticalLayout {

    private final OfferService offers;
    private final PeopleDirectory people;
    private final OfferChoices choices;
    private final OfferForm form;
    private final Button save = new Button();
    private final Map<OfferField, Object> held = new EnumMap<>(OfferField.class);
    private SerializableConsumer<JointOffer> onSaved = saved -> { };
    private JointOffer offer;
    private OfferContent base;

    public OfferEditor(OfferService offers, PeopleDirectory people, OfferChoices choices, JointOffer offer) {
        this.offers = offers;
        this.people = people;
        this.choices = choices;
        this.offer = offer;
        this.base = offer.content();
        setPadding(false);
        form = new OfferForm(choices, offer.getLead());
        form.show(base, EnumSet.allOf(OfferField.class));
        form.onFocusChange((field, in) -> {
            if (!in) {
                takeTheirsIfUntouched(field);
            }
        });
        save.setText(getTranslation("action.save"));
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        add(form, save);
    }

    public OfferForm form() {
        return form;
    }

    /** Called with the saved offer after each successful save. */
    public void onSaved(SerializableConsumer<JointOffer> listener) {
        onSaved = listener;
    }

    /** Fields and Save follow whether the user may edit the offer now, whatever led to it. */
    public void setEditable(boolean editable) {
        form.setEditable(editable);
        save.setVisible(editable);
    }

    /** Whether leaving now would lose something: a field changed since loaded, or one that cannot be read. */
    public boolean hasUnsavedChanges() {
        OfferContent typed = form.typed(base);
        return !form.unreadable().isEmpty() || Arrays.stream(OfferField.values()).anyMatch(f -> !f.same(base, typed));
    }

    /** Someone saved: their values show where the user is not busy, and wait beside the fields where they are. */
    public void remoteChange(JointOffer fresh) {
        offer = fresh;
        OfferContent current = fresh.content();
        Set<OfferField> busy = form.focused();
        busy.addAll(form.unreadable());
        OfferMerge.Incoming incoming = OfferMerge.incoming(base, current, form.typed(base), busy);
        form.show(current, incoming.show());
        base = incoming.base();
        Set.copyOf(held.keySet()).stream().filter(f -> !incoming.hold().contains(f)).forEach(this::release);
        String author = fresh.getLastSavedBy() == null ? "?" : people.displayName(fresh.getLastSavedBy());
        for (OfferField field : incoming.hold()) {
            Object theirs = field.valueIn(current);
            held.put(field, theirs);
            form.hold(field, author, theirs, () -> keepMine(field), () -> takeTheirs(field));
        }
    }

    private void keepMine(OfferField field) {
        base = base.with(field, held.get(field));
        release(field);
    }

    private void takeTheirs(OfferField field) {
        Object theirs = held.get(field);
        base = base.with(field, theirs);
        form.slot(field).show(theirs);
        release(field);
    }

    /** A held field the user leaves without having changed it simply takes the saved value. */
    private void takeTheirsIfUntouched(OfferField field) {
        if (held.containsKey(field) && !form.unreadable().contains(field) && field.same(base, form.typed(base))) {
            takeTheirs(field);
        }
    }

    private void release(OfferField field) {
        held.remove(field);
        form.release(field);
    }

    /** The fields held beside their input now. */
    public Set<OfferField> held() {
        return held.isEmpty() ? EnumSet.noneOf(OfferField.class) : EnumSet.copyOf(held.keySet());
    }

    void save() {
        try {
            OfferContent mine = form.write();
            List<OfferField> changed = Arrays.stream(OfferField.values()).filter(f -> !f.same(base, mine)).toList();
            if (changed.isEmpty()) {
                form.showProblems(List.of());
                Notifications.success(getTranslation("offer.nothingToSave"));
                return;
            }
            JointOffer saved = offers.save(offer.getId(), base, mine);
            offer = saved;
            base = saved.content();
            form.show(base, EnumSet.allOf(OfferField.class));
            held().forEach(this::release);
            form.showProblems(List.of());
            Notifications.success(getTranslation("offer.saved", changed.stream()
                    .map(f -> getTranslation("offer.field." + f.name())).collect(Collectors.joining(", "))));
            onSaved.accept(saved);
        } catch (OfferInvalidException invalid) {
            form.showProblems(invalid.getProblems());
            Notifications.error(Notifications.messageOf(invalid));
        } catch (OfferConflictException conflict) {
            new ConflictDialog(conflict.getConflicts(), choices, people, picked -> resolve(conflict, picked)).open();
        } catch (UserFacingException | AccessDeniedException refused) {
            Notifications.error(Notifications.messageOf(refused));
        }
    }

    private void resolve(OfferConflictException conflict, Map<OfferField, ConflictDialog.Choice> picked) {
        Set<OfferField> theirs = picked.entrySet().stream().filter(e -> e.getValue() == ConflictDialog.Choice.THEIRS)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        form.show(conflict.getCurrent(), theirs);
        base = conflict.getCurrent();
        held().forEach(this::release);
        save();
    }
}
