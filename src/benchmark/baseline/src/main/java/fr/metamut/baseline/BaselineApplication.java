package fr.metamut.baseline;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import fr.metamut.base.ui.RoundTripProbeConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The load harness's baseline: the framework's floor for what Métamut's pages are made of (Spring Boot,
 * Spring Security's form login, push, Lumo, a grid and a button), measured by the same probe as Métamut: its
 * RoundTripProbe and RoundTripProbeConfiguration, compiled from Métamut's sources (see pom.xml).
 */
@SpringBootApplication
@Import(RoundTripProbeConfiguration.class)
@Push
@StyleSheet(Lumo.STYLESHEET)
public class BaselineApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
