package fr.metamut.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * What every dialog does with the keyboard: the first field has the focus when it opens (the first keys
 * typed are not lost), Enter submits a dialog of a single line, and Esc or a click outside closes a
 * dialog at once only when nothing was typed in it; otherwise the user is asked first.
 */
public final class DialogBehaviour {

    private static final String ENTER = DialogBehaviour.class.getName() + ".enter";

    private DialogBehaviour() {
    }

    /** Puts the focus in the first editable field each time the dialog opens. */
    public static void focusFirstField(Dialog dialog) {
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                firstField(dialog).ifPresent(DialogBehaviour::focusWhenShown);
            }
        });
    }

    /**
     * Enter in the dialog's only field clicks {@code submit} when that field is a single line. The shortcut listens
     * on the field, not on the dialog: Enter on a focused button is that button's own click, and a shortcut on the
     * whole dialog would click {@code submit} a second time (a draft created twice).
     */
    public static void submitOnEnterIfSingleLine(Dialog dialog, Button submit) {
        dialog.addOpenedChangeListener(event -> {
            List<Component> fields = event.isOpened() ? fields(dialog).toList() : List.of();
            boolean singleLine = fields.size() == 1 && !(fields.getFirst() instanceof TextArea);
            if (singleLine && ComponentUtil.getData(submit, ENTER) == null) {
                ComponentUtil.setData(submit, ENTER, submit.addClickShortcut(Key.ENTER).listenOn(fields.getFirst()));
            }
        });
    }

    /**
     * {@code submit} acts once per click: the browser disables it as it is clicked (a double click, or a second
     * click before the answer, would otherwise create or save twice), and it is enabled again when the dialog
     * stays open (the input was refused, the user corrects it).
     */
    public static void submitsOnce(Dialog dialog, Button submit) {
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            if (dialog.isOpened()) {
                submit.setEnabled(true);
            }
        });
    }

    /**
     * Esc and clicks outside close the dialog, after a confirmation when {@code dirty} says something was typed.
     * Text fields report each key as it is typed (not only when the field is left, nor after a pause: Esc
     * pressed right after typing must still count it, and the browser sends a pending "lazy" value only after
     * its timeout, behind the close request).
     */
    public static void askBeforeDiscarding(Dialog dialog, BooleanSupplier dirty) {
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                fields(dialog).filter(c -> c instanceof HasValueChangeMode)
                        .map(c -> (HasValueChangeMode) c)
                        .forEach(c -> c.setValueChangeMode(ValueChangeMode.EAGER));
            }
        });
        dialog.addDialogCloseActionListener(event -> {
            if (!dirty.getAsBoolean()) {
                dialog.close();
                return;
            }
            Confirm.open(dialog.getTranslation("form.discard.title"), dialog.getTranslation("form.discard.text"),
                    dialog.getTranslation("form.discard.confirm"), dialog::close);
        });
    }

    /** The editable fields of a dialog, in the order they are shown. */
    public static Stream<Component> fields(Dialog dialog) {
        return dialog.getChildren().flatMap(DialogBehaviour::descendants)
                .filter(c -> c instanceof HasValue<?, ?> value && !value.isReadOnly())
                .filter(c -> c instanceof Focusable<?>)
                .filter(c -> c.isVisible() && (!(c instanceof HasEnabled enabled) || enabled.isEnabled()));
    }

    private static Optional<Component> firstField(Dialog dialog) {
        return fields(dialog).findFirst();
    }

    private static Stream<Component> descendants(Component component) {
        if (component instanceof HasValue<?, ?>) {
            return Stream.of(component);
        }
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(DialogBehaviour::descendants));
    }

    /**
     * The dialog's overlay takes the focus as it opens, after this round trip, and on a busy machine after
     * the field is shown: focus the field once it is shown, from the browser, and again while the focus is
     * not in the dialog's fields (for three seconds, until the user moves to another field of the dialog, or until
     * the dialog closes).
     * "Shown" is "has a box": a field placed directly in the dialog has no offsetParent even when shown.
     */
    private static void focusWhenShown(Component field) {
        field.getElement().executeJs("""
                const field = this;
                const dialog = field.closest('vaadin-dialog') || field.parentElement;
                let tries = 120;
                const attempt = () => {
                  if (dialog.localName === 'vaadin-dialog' && !dialog.opened) {
                    return; // closed (saved, cancelled): the focus belongs to the page now
                  }
                  const active = document.activeElement;
                  const inField = field.contains(active) || field === active || field.hasAttribute('focused');
                  const elsewhereInDialog = !inField && active && dialog.contains(active)
                      && !active.matches('vaadin-dialog, vaadin-dialog-overlay, vaadin-dialog-content');
                  if (elsewhereInDialog) {
                    return;
                  }
                  if (!inField && field.isConnected && field.getClientRects().length > 0) {
                    field.focus();
                  }
                  if (--tries > 0) {
                    setTimeout(attempt, 25);
                  }
                };
                requestAnimationFrame(attempt);""");
    }
}
