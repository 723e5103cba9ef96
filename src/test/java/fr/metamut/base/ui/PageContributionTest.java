package fr.metamut.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PageContributionTest {

    @Test
    void a_place_gets_fresh_components_of_its_own_contributions_in_order_without_empty_ones() {
        List<PageContribution> all = List.of(contribution(PageContribution.NAVBAR, () -> new Span("bell")),
                contribution(PageContribution.USER_MENU, () -> new Span("account")),
                contribution(PageContribution.NAVBAR, () -> null),
                contribution(PageContribution.NAVBAR, () -> new Span("help")));

        List<Component> first = PageContribution.createAll(all, PageContribution.NAVBAR);
        List<Component> second = PageContribution.createAll(all, PageContribution.NAVBAR);

        assertThat(first).extracting(c -> ((Span) c).getText()).containsExactly("bell", "help");
        assertThat(second.getFirst()).as("one component per layout").isNotSameAs(first.getFirst());
        assertThat(PageContribution.createAll(all, "matrix-toolbar")).isEmpty();
    }

    private static PageContribution contribution(String place, Supplier<Component> create) {
        return new PageContribution() {
            @Override
            public String place() {
                return place;
            }

            @Override
            public Component create() {
                return create.get();
            }
        };
    }
}
