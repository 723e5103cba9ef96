package fr.metamut.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.metamut.support.HttpSession;
import fr.metamut.support.ServerTest;
import fr.metamut.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser fetches on its own beside the pages (the tab's icon, the update check of the service worker
 * that the former installable app put in browsers) never creates or replaces a session: fetched during a login
 * with the cookie of before the login, a new session cookie would replace the new login's (issue 13: in bursts
 * of logins about 1 in 10 users landed back on the login page, the installable-app files being fetched then).
 */
@ServerTest
class BackgroundFilesSessionTest {

    @LocalServerPort
    int port;

    @Test
    void pages_no_longer_advertise_files_for_an_installable_app() {
        String loginPage = new HttpSession(port).get("/connexion").body();
        assertThat(loginPage).doesNotContain("manifest.webmanifest").doesNotContain("rel=\"manifest\"");
    }

    @Test
    void the_tab_icon_and_the_old_service_worker_come_without_a_session() {
        HttpSession visitor = new HttpSession(port);
        assertThat(visitor.get("/favicon.ico").statusCode()).isEqualTo(200);
        for (String file : new String[] {"/sw.js", "/favicon.ico"}) {
            assertThat(visitor.get(file).headers().allValues("Set-Cookie")).as(file).isEmpty();
            assertThat(visitor.get(file, "Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF").headers()
                    .allValues("Set-Cookie")).as(file + " with the cookie of before a login").isEmpty();
        }
    }

    @Test
    void a_logged_in_user_keeps_the_session_while_they_load() {
        HttpSession director = new HttpSession(port);
        director.login(TestUsers.DIRECTOR_SOMME_NUM);
        for (String file : new String[] {"/sw.js", "/favicon.ico"}) {
            assertThat(director.get(file).headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
        assertThat(director.get("/couverture").statusCode()).as("still logged in").isEqualTo(200);
    }
}
