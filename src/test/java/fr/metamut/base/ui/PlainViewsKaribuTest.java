package fr.metamut.base.ui;

import static fr.metamut.coverage.ui.component.MatrixCells.cell;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fr.metamut.coverage.ui.view.MatrixView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;

class PlainViewsKaribuTest extends KaribuTest {

    @Test
    void views_and_layouts_are_not_wrapped_in_proxies() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        MatrixView view = navigate(MatrixView.class);

        assertThat(view.getClass()).as("no proxy around the view").isEqualTo(MatrixView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .extracting(Object::getClass).as("no proxy around the view and its layout")
                .containsExactly(MatrixView.class, MainLayout.class);
        assertThat(cell("MARCHES_PUBLICS", "59").getText()).as("the view's services were injected").isEqualTo("2");
    }
}
