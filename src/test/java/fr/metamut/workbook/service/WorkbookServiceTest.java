package fr.metamut.workbook.service;

import static fr.metamut.support.Denials.assertNeedsLogin;
import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.IntegrationTest;
import fr.metamut.support.TestUsers;
import fr.metamut.workbook.domain.WorkbookReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkbookServiceTest {

    @Autowired
    WorkbookService workbooks;

    @Autowired
    TestUsers users;

    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void admin_exports_the_workbook_from_the_database() throws IOException {
        users.login(TestUsers.ADMIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(out);

        try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
            assertThat(WorkbookReader.sheetNames(workbook))
                    .containsExactly("Synthèse", "Couverture", "Besoins", "Priorités", "Écarts au rapport", "Offres conjointes", "Partenariats", "AFOM", "Plan d’actions");
            Row marches = WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "Marchés publics").orElseThrow();
            for (int column = 1; column <= 5; column++) {
                assertThat(marches.getCell(column).getNumericCellValue()).isEqualTo(2);
            }
            assertThat(WorkbookReader.rowStartingWith(workbook.getSheet("Synthèse"), "Date d’export").orElseThrow()
                    .getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(clock));
            assertThat(workbook.getSheet("Besoins").getLastRowNum()).as("the survey's 28 lines").isEqualTo(28);
            assertThat(workbook.getSheet("Priorités").getLastRowNum()).isGreaterThan(5);
            assertThat(workbook.getSheet("Écarts au rapport").getLastRowNum()).isGreaterThan(1);
        }
    }

    @Test
    void a_director_may_export_too() throws IOException {
        users.login(TestUsers.DIRECTOR_ADICO);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(out);

        try (XSSFWorkbook workbook = WorkbookReader.open(out.toByteArray())) {
            assertThat(WorkbookReader.rowStartingWith(workbook.getSheet("Couverture"), "Marchés publics")).isPresent();
        }
    }

    @Test
    void nobody_exports_without_being_authenticated() {
        assertNeedsLogin(() -> workbooks.write(OutputStream.nullOutputStream()));
    }

    @Test
    void the_file_name_carries_the_day() {
        users.login(TestUsers.COORDINATOR);
        assertThat(workbooks.fileName()).isEqualTo("metamut-copil-" + LocalDate.now(clock) + ".xlsx");
    }
}
