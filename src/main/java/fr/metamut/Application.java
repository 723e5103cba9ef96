package fr.metamut;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Métamut: the méta-mutualisation workspace of the public digital-service operators (OPSN) of
 * Hauts-de-France. Packages are organised by feature ({@code catalog}, {@code security}, ...), each with
 * the same inner shape ({@code domain}, {@code service}, {@code ui}); {@code base} holds what they share.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/metamut.css")
@PWA(name = "Métamut", shortName = "Métamut")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (fr.metamut.workbook.service.ExportCommand.handles(args)) {
            System.exit(fr.metamut.workbook.service.ExportCommand.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
