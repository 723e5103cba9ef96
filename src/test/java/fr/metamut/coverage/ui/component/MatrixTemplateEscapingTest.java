package fr.metamut.coverage.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.JacksonUtils;
import org.junit.jupiter.api.Test;

/**
 * A column's cell template is code the browser compiles (a JavaScript template literal): a département's code or
 * name that holds a backtick or {@code ${…}} must stay a value inside it, never end the literal or run.
 */
class MatrixTemplateEscapingTest {

    private static final String CODE = "9`${alert(1)}";
    private static final String NAME = "Nord` ${alert(2)} \" </span>";

    @Test
    void a_hostile_departement_code_or_name_is_only_a_string_value_in_its_columns_template() {
        String template = MatrixGrid.cellTemplate(CODE, NAME);

        String code = JacksonUtils.writeValue(CODE).toString();
        String name = JacksonUtils.writeValue(", " + NAME + " : ").toString();
        assertThat(template).contains("data-dep=\"${" + code + "}\"").contains(name);
        // outside those JSON string literals (each inside a ${…} expression), neither text appears
        assertThat(template.replace(code, "").replace(name, "")).doesNotContain("alert(1)", "alert(2)", "Nord`", "9`");
    }
}
