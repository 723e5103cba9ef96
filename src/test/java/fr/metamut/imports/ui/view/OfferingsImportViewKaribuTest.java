package fr.metamut.imports.ui.view;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.metamut.imports.service.OfferingsImportFiles.edit;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.domain.OfferingRepository;
import fr.metamut.catalog.domain.OperatorRepository;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.support.KaribuTest;
import fr.metamut.support.TestUsers;
import fr.metamut.imports.domain.OfferingsImportPreview;
import fr.metamut.imports.service.OfferingsImportService;
import fr.metamut.imports.ui.component.ImportPreviewGrid;
import fr.metamut.imports.ui.component.OfferingsTemplateDownload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferingsImportViewKaribuTest extends KaribuTest {

    @Autowired
    OfferingsImportService imports;
    @Autowired
    OfferingService offeringService;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    OperatorRepository operators;

    @Test
    void a_director_drops_a_file_reads_the_preview_and_applies_it() throws IOException {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        OfferingsImportView view = navigate(OfferingsImportView.class);
        _get(OfferingsTemplateDownload.class, spec -> spec.withId(OfferingsTemplateDownload.ID));
        Upload upload = _get(Upload.class, spec -> spec.withId(OfferingsImportView.UPLOAD_ID));
        assertThat(upload.getI18n().getDropFiles().getOne()).as("not the component's English 'Drop file here'")
                .isEqualTo("Glissez le fichier ici");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("Ce n’est pas un classeur .xlsx.");
        Button apply = _get(Button.class, spec -> spec.withId(OfferingsImportView.APPLY_ID));
        assertThat(apply.isEnabled()).isFalse();

        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplate(imports.template(), template);
        Long sommeNum = operators.findByCode("SOMME_NUM").orElseThrow().getId();
        Offering target = offerings.findByOperator(sommeNum).getFirst();
        String original = target.getNote();
        byte[] file = edit(template.toByteArray(), w -> {
            for (Row row : w.getSheet("Offres")) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals(target.getServiceLine().getCode())
                        && row.getCell(2).getStringCellValue().equals(target.getDepartement().getCode())) {
                    row.createCell(3).setCellValue("Note importée depuis la page");
                }
            }
        });

        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "offres.xlsx", file);
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);

        ImportPreviewGrid grid = _get(ImportPreviewGrid.class);
        List<OfferingsImportPreview.Item> rows = rowsOf(grid);
        assertThat(rows).filteredOn(i -> i.status() == OfferingsImportPreview.Status.CHANGED).hasSize(1);
        assertThat(rows).filteredOn(i -> i.status() != OfferingsImportPreview.Status.CHANGED)
                .allMatch(i -> i.status() == OfferingsImportPreview.Status.UNCHANGED);
        assertThat(grid.statusText(OfferingsImportPreview.Status.CHANGED)).isEqualTo("Note modifiée");
        assertThat(_get(Span.class, spec -> spec.withId(OfferingsImportView.SUMMARY_ID)).getText())
                .startsWith("0 nouvelle(s), 1 modifiée(s)");
        assertThat(apply.isEnabled()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId(OfferingsImportView.REMOVE_ID)).getValue()).isFalse();

        try {
            _click(apply);
            assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Import appliqué : 0 ajoutée(s), 1 modifiée(s)"));
            assertThat(offerings.findById(target.getId()).orElseThrow().getNote())
                    .isEqualTo("Note importée depuis la page");
        } finally {
            Offering now = offerings.findById(target.getId()).orElseThrow();
            offeringService.changeNote(now.getId(), now.getVersion(), original);
        }
    }

    @Test
    void a_file_with_another_operators_row_shows_the_error_and_cannot_be_applied() throws IOException {
        login(TestUsers.DIRECTOR_SOMME_NUM);
        useFrench();
        OfferingsImportView view = navigate(OfferingsImportView.class);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.writeTemplate(imports.template(), template);
        byte[] file = edit(template.toByteArray(),
                w -> fr.metamut.imports.service.OfferingsImportFiles.addRow(w, "ADICO", "ARCHIVAGE", "60", null));

        view.receive(file, "classeur.xlsx");

        ImportPreviewGrid grid = _get(ImportPreviewGrid.class);
        OfferingsImportPreview.Item error = rowsOf(grid).stream().filter(i -> i.status() == OfferingsImportPreview.Status.ERROR)
                .findFirst().orElseThrow();
        assertThat(grid.message(error)).isEqualTo("Vous ne pouvez modifier que les offres de votre opérateur.");
        assertThat(_get(Button.class, spec -> spec.withId(OfferingsImportView.APPLY_ID)).isEnabled()).isFalse();
    }

    @Test
    void a_text_file_is_refused_with_a_french_message() {
        login(TestUsers.ADMIN);
        useFrench();
        OfferingsImportView view = navigate(OfferingsImportView.class);

        view.receive("pas un classeur".getBytes(java.nio.charset.StandardCharsets.UTF_8), "texte.xlsx");

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Ce fichier n’est pas un classeur Excel .xlsx"));
        assertThat(rowsOf(_get(ImportPreviewGrid.class))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId(OfferingsImportView.SUMMARY_ID)).getText())
                .startsWith("Ce fichier n’est pas un classeur Excel .xlsx");
        assertThat(_get(Button.class, spec -> spec.withId(OfferingsImportView.APPLY_ID)).isEnabled()).isFalse();
    }
}
