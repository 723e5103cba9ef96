package fr.metamut;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import fr.metamut.backup.service.BackupCommand;
import fr.metamut.base.service.Command;
import fr.metamut.base.service.StartupReport;
import fr.metamut.workbook.service.ExportCommand;
import java.util.Optional;
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
public class Application implements AppShellConfigurator {

    /**
     * Runs the headless command the arguments ask for ({@code export}, {@code backup}, {@code restore}) and exits
     * with its code, or starts the web application.
     */
    public static void main(String[] args) {
        Optional<Command> command = Command.find(args, new ExportCommand(), new BackupCommand());
        if (command.isPresent()) {
            System.exit(command.get().run(Application.class, args));
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.setApplicationStartup(StartupReport.recorder());
        application.run(args);
    }
}
