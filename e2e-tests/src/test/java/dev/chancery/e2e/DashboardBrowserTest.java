package dev.chancery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium against the whole platform: sign in, find the Miami G20, see Kazakhstan
 * and Uzbekistan with their badges and quotes, go back in time to before the articles, watch a new invitation arrive
 * live, open an event and an actor, ask a question. Each page is saved as a PNG (docs/dashboard/ when
 * {@code -Dchancery.dashboard.screenshots=../docs/dashboard}). Skipped where /usr/bin/chromium is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
    private static final Duration PIPELINE = Duration.ofSeconds(90);
    private static final Duration PAGE = Duration.ofSeconds(10);
    private static final List<String> VERDICTS = List.of("confirmed", "corroborated", "reported", "disputed", "refuted");
    private static final Path SHOTS = Path.of(System.getProperty("chancery.dashboard.screenshots",
            "target/dashboard-screenshots"));
    private static RunningPlatform platform;
    private static Browser browser;
    private static Instant beforeArticles;
    private static String home;

    @BeforeAll
    static void startPlatformAndBrowser() throws Exception {
        if (!browserInstalled()) {
            return;
        }
        platform = RunningPlatform.start();
        home = platform.url("query") + "/";
        beforeArticles = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        for (String name : List.of("01-almaty-call.json", "02-september-denial.json", "03-board-of-peace.json",
                "04-board-of-peace-responses.json")) {
            assertThat(platform.postArticle(RunningPlatform.HOME.resolve("bin/demo").resolve(name)).statusCode())
                    .as(name).isEqualTo(201);
        }
        browser = Browser.start(SHOTS);
    }

    // an assumption per test rather than in @BeforeAll, so that each is reported skipped with the reason
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browserInstalled(), "the browser test needs Debian's chromium and chromium-driver ("
                + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + "): apt-get install chromium chromium-driver; "
                + ".ci/run installs them");
    }

    private static boolean browserInstalled() {
        return Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void signingInOpensTheGatheringsAndTheSearchFindsTheMiamiG20() throws Exception {
        browser.open(home);
        browser.await(PAGE, d -> browser.find("#login").isDisplayed());
        browser.screenshot("sign-in");
        signIn(platform.readToken(Instant.now(), Duration.ofHours(1)));
        browser.await(PAGE, d -> !browser.all(".cards li.gathering").isEmpty());

        search("Miami G20");
        browser.await(PAGE, d -> browser.all(".cards li.gathering").size() == 1);
        assertThat(browser.find(".cards li.gathering").getAttribute("data-id")).isEqualTo("gathering:g20-2026");
        assertThat(browser.driver().getCurrentUrl()).contains("q=Miami+G20");
        browser.screenshot("gatherings");
    }

    @Test
    @Order(2)
    void theG20GuestListShowsKazakhstanAndUzbekistanWithBadgesAndQuotes() throws Exception {
        awaitG20Invitees(List.of("KAZ", "UZB"));
        browser.click(".cards li.gathering a");
        browser.await(PAGE, d -> browser.all("tr.row[data-invitee=KAZ]").size() == 1
                && browser.all("tr.row[data-invitee=UZB]").size() == 1);
        for (String country : List.of("KAZ", "UZB")) {
            WebElement row = browser.find("tr.row[data-invitee=" + country + "]");
            assertThat(VERDICTS).as(country).contains(row.findElement(
                    org.openqa.selenium.By.cssSelector("[data-badge]")).getText());
            browser.click("tr.row[data-invitee=" + country + "]");
        }
        browser.await(PAGE, d -> browser.all("tr.detail:not([hidden]) blockquote.quote").size() >= 2);
        assertThat(browser.all("tr.detail:not([hidden]) blockquote.quote")).extracting(WebElement::getText)
                .anyMatch(q -> q.contains("extending invites") || q.contains("Truth Social"));
        browser.screenshot("guest-list");
    }

    @Test
    @Order(3)
    void asOfBeforeTheArticlesShowsAnEmptyListAndTheUrlCarriesIt() throws Exception {
        String before = beforeArticles.toString();
        browser.script("document.getElementById('as-of-input').value = arguments[0]", before.substring(0, 19));
        browser.click("#as-of button[type=submit]");
        browser.await(PAGE, d -> browser.all(".guest-list .empty").size() == 1);
        assertThat(browser.find(".guest-list .empty").getText()).startsWith("No invitations to");
        assertThat(browser.driver().getCurrentUrl()).contains("asOf=" + before.replace(":", "%3A"));
        assertThat(browser.find("#banner").getText()).contains("Showing what the platform believed");
        browser.screenshot("as-of");

        // the shared address redraws the same past in a fresh page
        browser.open(browser.driver().getCurrentUrl());
        browser.await(PAGE, d -> browser.all(".guest-list .empty").size() == 1);
        browser.click("#as-of-now");
        browser.await(PAGE, d -> browser.all("tr.row[data-invitee=KAZ]").size() == 1);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("asOf");
    }

    @Test
    @Order(4)
    void aNewInvitationArrivesLiveWithAnUpdatedMarkWithoutReloading() throws Exception {
        browser.await(PAGE, d -> browser.find("#live").getText().startsWith("live"));
        browser.script("window.sameDocument = true");
        assertThat(platform.postArticle(invitation("Sadyr Japarov of Kyrgyzstan", 6)).statusCode()).isEqualTo(201);
        browser.await(PIPELINE, d -> browser.all("tr.row.updated[data-invitee=KGZ] .mark").size() == 1);
        assertThat(browser.script("return window.sameDocument === true")).as("no reload").isEqualTo(true);
        assertThat(browser.find("#live").getText()).contains("updated");
        browser.screenshot("live-update");
    }

    @Test
    @Order(6)
    void anEventShowsItsClaimsAndVerdictHistoryAndAnActorItsTimeline() throws Exception {
        browser.click("tr.row[data-invitee=KAZ] a[href*='view=event']");
        browser.await(PAGE, d -> !browser.all(".event tr.claim").isEmpty() && !browser.all(".event tr.revision").isEmpty());
        assertThat(browser.all(".event tr.claim blockquote.quote")).extracting(WebElement::getText)
                .allMatch(q -> !q.isBlank());
        browser.screenshot("event");

        browser.click(".event a.actor[href*='id=KAZ']");
        browser.await(PAGE, d -> !browser.all(".timeline tr.row").isEmpty());
        assertThat(browser.all(".timeline tr.row [data-badge]")).extracting(WebElement::getText)
                .allMatch(VERDICTS::contains);
        browser.screenshot("actor");
    }

    @Test
    @Order(7)
    void askShowsTheInterpretationBesideTheAnswerAndHelpWhenNotUnderstood() throws Exception {
        browser.click("nav a[data-nav=ask]");
        search("who is invited to the Miami G20?");
        browser.await(PAGE, d -> !browser.all(".interpretation .description").isEmpty()
                && !browser.all(".answer tr.row[data-invitee=KAZ]").isEmpty());
        assertThat(browser.find(".interpretation .description").getText()).containsIgnoringCase("G20");
        browser.screenshot("ask");

        search("who is Bob?");
        browser.await(PAGE, d -> !browser.all(".not-understood").isEmpty());
        assertThat(browser.all(".not-understood .examples a")).isNotEmpty();
        browser.screenshot("ask-not-understood");
    }

    @Test
    @Order(8)
    void aPhoneSizedScreenShowsTheGuestListWithoutSidewaysScrolling() throws Exception {
        browser.size(390, 844);
        try {
            browser.open(home + "?view=gathering&id=gathering%3Ag20-2026");
            browser.await(PAGE, d -> !browser.all("tr.row[data-invitee=KAZ]").isEmpty());
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
            browser.screenshot("phone-guest-list");
        } finally {
            browser.size(1280, 900);
        }
    }

    @Test
    @Order(5)
    void whenTheQueryServiceDiesThePageSaysSoAndRecoversWithTheChangesItMissed() throws Exception {
        // the page of the live test: its stream has seen that test's changes, so it has an id to resume from
        assertThat(browser.all("tr.row[data-invitee=KGZ]")).hasSize(1);
        ProcessHandle query = ProcessHandle.of(platform.supervision("query").pid()).orElseThrow();
        query.destroyForcibly();
        query.onExit().get();
        browser.click("nav a[data-nav=gatherings]");
        browser.await(PAGE, d -> !browser.all("main .error[data-status='0']").isEmpty());
        assertThat(browser.find("main .error").getText()).contains("not answering");
        browser.screenshot("service-down");

        browser.driver().navigate().back();
        assertThat(platform.postArticle(invitation("Emomali Rahmon of Tajikistan", 7)).statusCode()).isEqualTo(201);
        // the launcher restarts the service; the stream reconnects with the last event id it saw, the page redraws
        // itself and the change it missed arrives with its mark
        browser.await(PIPELINE, d -> browser.all("tr.row.updated[data-invitee=TJK] .mark").size() == 1);
        assertThat(browser.all("tr.row[data-invitee=KAZ]")).hasSize(1);
    }

    @Test
    @Order(9)
    void anExpiredTokenAsksForANewOne() throws Exception {
        browser.click("#sign-out");
        signIn(platform.readToken(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)));
        browser.await(PAGE, d -> !browser.all("#login [data-status='401']").isEmpty());
        assertThat(browser.find("#login [data-status='401']").getText()).contains("expired");
        browser.screenshot("expired-token");
    }

    private static void signIn(String token) {
        browser.find("#token").sendKeys(token);
        browser.click("#login button[type=submit]");
    }

    private static void search(String text) {
        WebElement box = browser.await(PAGE, d -> browser.all("main form.search input[name=q]").stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        box.clear();
        box.sendKeys(text);
        browser.click("main form.search button[type=submit]");
    }

    private static void awaitG20Invitees(List<String> countries) throws Exception {
        JsonNode answer = platform.await("query", "/api/v1/gatherings/gathering:g20-2026/invitations", r -> {
            List<String> found = StreamSupport.stream(r.path("body").spliterator(), false)
                    .filter(i -> i.path("sourceCount").asInt() > 0)
                    .map(i -> i.path("invitee").path("country").asText()).toList();
            return found.containsAll(countries);
        }, PIPELINE);
        assertThat(answer.toString()).as("the pipeline's answer").contains(countries);
    }

    /** An article in our own words: the host invites one more Central Asian president to the summit. */
    private static String invitation(String president, int day) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("url", "https://steppe-wire.example/2026/01/0" + day
                        + "/g20", "outlet", "Steppe Wire", "outletKind", "NEWSPAPER", "publishedAt",
                "2026-01-0" + day + "T08:00:00Z", "language", "en", "title", "Another leader asked to the Miami G20",
                "body", "WASHINGTON, Jan. " + day + " - U.S. President Donald Trump has invited President " + president
                        + " to the 2026 G20 summit in Miami, the White House said. The invitation was welcomed."));
    }
}
