package fr.metamut.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.internal.JacksonUtils;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPictureTest {

    @Test
    void escaping_leaves_no_character_that_ends_an_attribute_or_opens_an_element() {
        String escaped = SvgPicture.escape(SvgSafety.HOSTILE);

        assertThat(escaped).doesNotContain("\"", "'", "<", ">").contains("&quot;", "&#39;", "&lt;", "&gt;", "&amp;");
        assertThat(SvgPicture.escape(null)).isEmpty();
        assertThat(SvgPicture.escape("Département de l’Aisne")).isEqualTo("Département de l’Aisne");
    }

    @Test
    void escaped_text_reads_back_whole_in_an_attribute_and_in_an_element() {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' aria-label='" + SvgPicture.escape(SvgSafety.HOSTILE)
                + "'><text data-code=\"" + SvgPicture.escape(SvgSafety.HOSTILE) + "\">"
                + SvgPicture.escape(SvgSafety.HOSTILE) + "</text></svg>";

        SvgSafety.assertHostileTextStaysText(svg, 3);
    }

    @Test
    void a_click_reports_the_code_of_the_shape_and_nothing_for_the_background() {
        SvgPicture picture = new SvgPicture();
        List<String> clicked = new ArrayList<>();
        picture.onCodeClick(clicked::add);

        BasicUtilsKt._fireDomEvent(picture, "click", JacksonUtils.createObjectNode().put("event.target.dataset.code", "59"));
        BasicUtilsKt._fireDomEvent(picture, "click", JacksonUtils.createObjectNode());

        assertThat(clicked).containsExactly("59");
    }
}
