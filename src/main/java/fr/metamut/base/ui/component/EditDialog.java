package fr.metamut.base.ui.component;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableConsumer;
import fr.metamut.base.domain.UserFacingException;
import fr.metamut.base.ui.Notifications;
import java.util.HashMap;
import java.util.Map;

/**
 * A modal form for one bean: fields are bound by the caller, Bean Validation shows French messages on
 * the fields, and the bean is handed to the service only when valid. If the service refuses, the
 * dialog stays open with what the user typed, so nothing is lost and nothing is half-saved; a refusal
 * that names a field ({@link UserFacingException#onField}) is shown on that field. The first field has
 * the focus, Enter saves a one-field dialog, and Esc asks before discarding what was typed.
 */
public class EditDialog<T> extends Dialog {

    private final DialogBinder<T> binder;
    private final FormLayout form = new FormLayout();
    private final SerializableConsumer<T> save;
    private final Runnable afterSave;
    private final Map<String, HasValidationProperties> namedFields = new HashMap<>();
    private T bean;

    public EditDialog(String title, Class<T> type, SerializableConsumer<T> save, Runnable afterSave) {
        this.binder = new DialogBinder<>(type);
        this.save = save;
        this.afterSave = afterSave;
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), click -> save());
        saveButton.setId("dialog-save");
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, saveButton);
        DialogBehaviour.focusFirstField(this);
        DialogBehaviour.submitOnEnterIfSingleLine(this, saveButton);
        DialogBehaviour.submitsOnce(this, saveButton);
        DialogBehaviour.askBeforeDiscarding(this, binder::hasChanges);
    }

    public BeanValidationBinder<T> binder() {
        return binder;
    }

    public FormLayout form() {
        return form;
    }

    /**
     * The rule of a required text, for {@code binder().forField(field).asRequired(required(message))}: blank
     * (spaces only) counts as empty, as the services see it once they strip it.
     */
    public static Validator<String> required(String message) {
        return Validator.from(text -> text != null && !text.isBlank(), message);
    }

    /** Where to show a service refusal about {@code property} (see {@link UserFacingException#onField}). */
    protected void showRefusalsOn(String property, HasValidationProperties field) {
        namedFields.put(property, field);
    }

    /** Opens the dialog on a bean; the bean is only changed when the user saves valid values. */
    public void edit(T target) {
        this.bean = target;
        binder.readBean(target);
        open();
    }

    void save() {
        Runnable restore = binder.snapshot(bean);
        BinderValidationStatus<T> status = binder.validate();
        if (!status.isOk() || !binder.writeBeanIfValid(bean)) {
            status.getFieldValidationErrors().stream().findFirst()
                    .map(error -> error.getField())
                    .filter(field -> field instanceof Focusable<?>)
                    .ifPresent(field -> ((Focusable<?>) field).focus());
            return;
        }
        try {
            save.accept(bean);
        } catch (RuntimeException e) {
            if (!Notifications.isRefusal(e)) {
                throw e;
            }
            // the bean is often the very object the page shows: a refused value must not linger there
            restore.run();
            showRefusal(e);
            return;
        }
        close();
        Notifications.success(savedMessage(bean));
        afterSave.run();
    }

    /** What the success message says was saved; dialogs name what they save ("Action « … » enregistrée."). */
    protected String savedMessage(T saved) {
        return getTranslation("notification.saved");
    }

    private void showRefusal(RuntimeException e) {
        String message = Notifications.messageOf(e);
        HasValidationProperties field = e instanceof UserFacingException refusal
                ? refusal.getField().map(namedFields::get).orElse(null) : null;
        if (field == null) {
            Notifications.error(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** A binder that can put a bean's bound properties back as they were. */
    private static final class DialogBinder<T> extends BeanValidationBinder<T> {

        DialogBinder(Class<T> type) {
            super(type);
        }

        Runnable snapshot(T target) {
            Map<Binding<T, ?>, Object> values = new HashMap<>();
            getBindings().forEach(binding -> values.put(binding, binding.getGetter().apply(target)));
            return () -> restoreBeanState(target, values);
        }
    }
}
