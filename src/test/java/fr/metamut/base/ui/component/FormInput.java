package fr.metamut.base.ui.component;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Typing in a field the way a browser sends it, for browserless tests: a date picker reads what it can
 * (as the browser does with the picker's formats) and reports what it cannot as unparsable input.
 */
public final class FormInput {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FormInput() {
    }

    public static void typeDate(DatePicker picker, String text) {
        LocalDate date;
        try {
            date = text.isBlank() ? null : LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            picker.getElement().setProperty("_inputElementValue", text);
            picker.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                    .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", JsonNodeFactory.instance.objectNode()));
            return;
        }
        picker.getElement().setProperty("_inputElementValue", text);
        LocatorJ._setValue(picker, date);
    }
}
