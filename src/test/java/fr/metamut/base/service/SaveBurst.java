package fr.metamut.base.service;

import fr.metamut.benchmark.HeadlessApplication;
import fr.metamut.catalog.domain.Offering;
import fr.metamut.catalog.service.CatalogService;
import fr.metamut.catalog.service.OfferingService;
import fr.metamut.security.service.AccountUserDetailsService;
import fr.metamut.support.TestUsers;
import fr.metamut.swot.domain.Quadrant;
import fr.metamut.swot.domain.SwotContent;
import fr.metamut.swot.service.SwotService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The child JVM of {@link SaveDurabilityTest}: the application on its default database (the H2 file under
 * ./data of the working directory, as configured), without web server (saves go through the same services
 * and transactions either way), then, as a director, saves without end — a new AFOM item, then a change of
 * an offering's note, and so on — printing each save once the service has returned, that is once a user
 * would have seen "Modifications enregistrées". Stops only when killed.
 */
public final class SaveBurst {

    static final String READY = "READY";
    static final String ITEM = "ACK item ";
    static final String NOTE = "ACK note ";
    static final String TITLE = "Rafale ";

    private SaveBurst() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = HeadlessApplication.builder().run();
        AppUser director = (AppUser) context.getBean(AccountUserDetailsService.class)
                .loadUserByUsername(TestUsers.DIRECTOR_SOMME_NUM);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        SecurityContextHolder.setContext(security);

        SwotService swot = context.getBean(SwotService.class);
        OfferingService offerings = context.getBean(OfferingService.class);
        CatalogService catalog = context.getBean(CatalogService.class);
        Offering offering = catalog.offerings().stream()
                .filter(o -> o.getOperator().getId().equals(director.getOperatorId())).findFirst().orElseThrow();
        long version = offering.getVersion();
        acknowledge(READY + " " + offering.getId());
        for (int i = 1; ; i++) {
            swot.add(Quadrant.OPPORTUNITY, new SwotContent(TITLE + i, null, null));
            acknowledge(ITEM + i);
            version = offerings.changeNote(offering.getId(), version, TITLE + i).getVersion();
            acknowledge(NOTE + i);
        }
    }

    /** Written to the output file (not a buffer in this JVM) before the next save starts. */
    private static void acknowledge(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
