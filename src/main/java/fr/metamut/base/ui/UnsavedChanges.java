package fr.metamut.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import java.util.function.BooleanSupplier;

/**
 * Asks before a page with unsaved changes is left: in-app navigation is held until the user confirms
 * (or stays), and while there are changes the browser asks too when the tab is closed or reloaded
 * ({@code beforeunload}). The owner says when its state may have changed with {@link #refresh()}. Keys typed in the
 * owner count at once in the browser, for {@link #JUST_TYPED_MILLIS}: a field sends its value some time after the last
 * key (400 ms for a lazy one), and a reload in between would otherwise lose them without a question.
 */
public final class UnsavedChanges {

    private static final String INSTALLED = UnsavedChanges.class.getName() + ".installed";
    private static final String GUARDED = "data-unsaved-guard";
    /** How long typed keys count as unsaved in the browser, until the server's own account takes over. */
    static final int JUST_TYPED_MILLIS = 2000;

    private final Component owner;
    private final BooleanSupplier dirty;
    private Registration leaving;
    private Boolean toldBrowser;

    private UnsavedChanges(Component owner, BooleanSupplier dirty) {
        this.owner = owner;
        this.dirty = dirty;
    }

    /** Guards {@code owner} while it is attached; {@code dirty} says whether leaving would lose something. */
    public static UnsavedChanges guard(Component owner, BooleanSupplier dirty) {
        UnsavedChanges guard = new UnsavedChanges(owner, dirty);
        owner.addAttachListener(event -> guard.attach(event.getUI()));
        owner.addDetachListener(event -> guard.detach());
        owner.getUI().ifPresent(guard::attach);
        return guard;
    }

    /** Tells the browser whether closing the tab would now lose changes; call after edits and saves. */
    public void refresh() {
        owner.getUI().ifPresent(ui -> tellBrowser(ui, dirty.getAsBoolean()));
    }

    private void attach(UI ui) {
        if (leaving != null) {
            return;
        }
        leaving = ui.addBeforeLeaveListener(this::beforeLeave);
        owner.getElement().setAttribute(GUARDED, true);
        if (ComponentUtil.getData(ui, INSTALLED) == null) {
            ComponentUtil.setData(ui, INSTALLED, Boolean.TRUE);
            ui.getPage().executeJs("""
                    window.addEventListener('input', e => {
                      if (e.composedPath().some(n => n.hasAttribute && n.hasAttribute($0))) {
                        window.metamutTypedAt = Date.now();
                      }
                    }, true);
                    window.addEventListener('beforeunload', e => {
                      if (window.metamutUnsavedChanges || Date.now() - (window.metamutTypedAt || 0) < $1) {
                        e.preventDefault();
                        e.returnValue = '';
                      }
                    });""", GUARDED, JUST_TYPED_MILLIS);
        }
        toldBrowser = null;
        refresh();
    }

    private void detach() {
        if (leaving != null) {
            leaving.remove();
            leaving = null;
        }
        owner.getUI().ifPresent(ui -> tellBrowser(ui, false));
    }

    private void tellBrowser(UI ui, boolean unsaved) {
        if (!Boolean.valueOf(unsaved).equals(toldBrowser)) {
            toldBrowser = unsaved;
            // nothing unsaved (saved, or left knowingly): the keys typed before are accounted for too
            ui.getPage().executeJs("window.metamutUnsavedChanges = $0; if (!$0) { window.metamutTypedAt = 0; }", unsaved);
        }
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("unsaved-changes-dialog");
        confirm.setHeader(owner.getTranslation("form.unsaved.title"));
        confirm.setText(owner.getTranslation("form.unsaved.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("form.unsaved.stay"));
        confirm.setConfirmText(owner.getTranslation("form.unsaved.leave"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            event.getUI().getPage().executeJs("window.metamutUnsavedChanges = false; window.metamutTypedAt = 0");
            toldBrowser = false;
            action.proceed();
        });
        confirm.open();
    }
}
