package fr.metamut.imports.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.metamut.imports.service.OfferingsImportFiles.edit;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import fr.metamut.actionplan.domain.ActionContent;
import fr.metamut.actionplan.domain.ActionRow;
import fr.metamut.actionplan.domain.ActionStatus;
import fr.metamut.actionplan.service.ActionPlanService;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.service.WorkbookService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActionPlanImportViewKaribuTest extends KaribuTest {

    @Autowired
    ActionPlanService actions;
    @Autowired
    WorkbookService workbooks;
    @Autowired
    OperatorRepository operators;

    @Test
    void a_coordinator_drops_the_workbook_with_one_status_changed_reads_the_preview_and_applies_it() throws IOException {
        login(TestUsers.COORDINATOR);
        useFrench();
        ActionRow action = actions.create(ActionContent.of("Import depuis la page " + System.nanoTime(),
                operators.findByCode("SOMME_NUM").orElseThrow().getId()));
        try {
            ActionPlanImportView view = navigate(ActionPlanImportView.class);
            _get(Upload.class, spec -> spec.withId(ActionPlanImportView.UPLOAD_ID));
            Button apply = _get(Button.class, spec -> spec.withId(ActionPlanImportView.APPLY_ID));
            assertThat(apply.isEnabled()).isFalse();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.write(out);
            byte[] file = edit(out.toByteArray(), w -> {
                for (Row row : w.getSheet("Plan d’actions")) {
                    Cell id = row.getCell(0);
                    if (id != null && id.getCellType() == CellType.NUMERIC && id.getNumericCellValue() == action.id()) {
                        row.removeCell(row.getCell(5));
                        row.createCell(5).setCellValue("Fait");
                    }
                }
            });

            view.receive(file, "classeur.xlsx");

            assertThat(_get(Span.class, spec -> spec.withId(ActionPlanImportView.SUMMARY_ID)).getText())
                    .startsWith("1 modifiée(s)").endsWith(", 0 en erreur.");
            assertThat(apply.isEnabled()).isTrue();
            _click(apply);
            assertThat(notificationTexts()).anyMatch(text -> text.equals("Import appliqué : 1 action(s) modifiée(s)."));
            assertThat(actions.get(action.id()).status()).isEqualTo(ActionStatus.FAIT);
        } finally {
            login(TestUsers.COORDINATOR);
            actions.delete(action.id());
        }
    }

    @Test
    void a_row_without_number_is_shown_in_error_and_cannot_be_applied() throws IOException {
        login(TestUsers.COORDINATOR);
        useFrench();
        ActionPlanImportView view = navigate(ActionPlanImportView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(out);
        byte[] file = edit(out.toByteArray(), w -> {
            var sheet = w.getSheet("Plan d’actions");
            sheet.shiftRows(1, sheet.getLastRowNum(), 1);
            Row row = sheet.createRow(1);
            row.createCell(1).setCellValue("Nouvelle action");
            row.createCell(5).setCellValue("À faire");
        });

        view.receive(file, "classeur.xlsx");

        assertThat(_get(Span.class, spec -> spec.withId(ActionPlanImportView.SUMMARY_ID)).getText())
                .endsWith(", 1 en erreur.");
        assertThat(_get(Button.class, spec -> spec.withId(ActionPlanImportView.APPLY_ID)).isEnabled()).isFalse();
    }
}
