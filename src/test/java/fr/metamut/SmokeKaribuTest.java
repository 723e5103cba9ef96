package fr.metamut;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import fr.metamut.catalog.ui.view.OperatorsView;
import fr.metamut.security.ui.view.LoginView;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;

class SmokeKaribuTest extends KaribuTest {

    @Test
    void anonymous_user_is_sent_to_login() {
        UI.getCurrent().navigate(OperatorsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        _get(LoginForm.class);
    }

    @Test
    void director_sees_the_nine_operators() {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        navigate(OperatorsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("operators-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(9);
    }
}
