package fr.metamut.offer.ui.component;

import com.vaadin.flow.function.SerializableConsumer;

/**
 * A field made of several inputs (the milestones table, the budget split): says when the user enters or
 * leaves any of its inputs, and whether one of them holds what cannot be read (a date or an amount that
 * is not one), so that the form treats it as one field.
 */
public interface CompositeInput {

    /** Calls {@code listener(true)} when the user enters one of the inputs, {@code false} when they leave it. */
    void onFocusChange(SerializableConsumer<Boolean> listener);

    /** Refuses, with the message to show, when one of its inputs holds what cannot be read. */
    void checkReadable() throws FieldSlot.Unreadable;
}
