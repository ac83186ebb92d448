package org.marsad.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's Chromium, headless, driven by Selenium against the real server. Skipped
 * when /usr/bin/chromium or /usr/bin/chromedriver is missing ({@code apt-get install chromium
 * chromium-driver fonts-noto-core}). With {@code -Dmarsad.screenshots=DIR} it also saves
 * screenshots of the main pages there.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LiveServer server;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install -y chromium chromium-driver fonts-noto-core)");
        server = LiveServer.get();
        profile = Files.createTempDirectory("marsad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary profile left behind
            }
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void open(String hash) {
        driver.get(server.base() + "/" + hash);
    }

    private static String firstHitId(String query) throws Exception {
        JsonNode r = JSON.readTree(server.get("/api/search?q=" + LiveServer.enc(query)).body());
        return r.get("hits").get(0).get("id").asText();
    }

    @Test
    void searchFindsTheEgyptianSpelling() {
        open("#/");
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("الأمريكي");
        driver.findElement(By.cssSelector("form.query button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        List<String> marked = driver.findElements(By.cssSelector("#results mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.contains("الأمريكى"), "highlighted words: " + marked);
        assertEquals("rtl", driver.findElement(By.tagName("html")).getDomAttribute("dir"));
        assertFalse(driver.findElements(By.cssSelector(".facets [data-facet=source] li")).isEmpty(), "source facet shown");
    }

    @Test
    void articleMarksTheQuoteAndItsSpeaker() throws Exception {
        open("#/article/" + firstHitId("بلينكن يزور القاهرة"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        List<WebElement> speakers = driver.findElements(By.cssSelector("#body .speaker"));
        assertTrue(speakers.stream().anyMatch(s -> s.getText().contains("بلينكن")), "speaker marked in the text");
        assertFalse(driver.findElements(By.cssSelector("#body .quote")).isEmpty(), "quote marked in the text");
        String side = driver.findElement(By.id("side-quotes")).getText();
        assertTrue(side.contains("بلينكن") && side.contains("وقف إطلاق النار"), side);
    }

    @Test
    void entityPageDrawsItsTimeline() {
        open("#/entity/" + LiveServer.enc("القاهرة").replace("+", "%20"));
        WebElement canvas = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart .uplot canvas")));
        Number w = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].width;", canvas);
        Number h = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].height;", canvas);
        assertTrue(w.intValue() > 0 && h.intValue() > 0, "canvas " + w + "x" + h);
        // some pixel of the plot is not blank: the series were drawn
        Boolean inked = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;", canvas);
        assertTrue(inked, "the chart has drawn pixels");
        assertFalse(driver.findElements(By.cssSelector("#cooccurring li")).isEmpty());
    }

    @Test
    void storiesPageShowsEachStorysSummaryAndDrawsItsTimeline() throws Exception {
        JsonNode api = JSON.readTree(server.get("/api/stories?limit=30").body());
        JsonNode stories = api.get("stories");
        assertTrue(stories.size() > 1, "the demo archive has stories: " + api);
        open("#/stories");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stories .story")));
        List<WebElement> cards = driver.findElements(By.cssSelector("#stories .story"));
        assertEquals(stories.size(), cards.size(), "one card per story");
        int summaries = 0;
        for (int i = 0; i < cards.size(); i++) {
            JsonNode s = stories.get(i);
            WebElement card = cards.get(i);
            assertEquals(s.get("label").asText(), card.findElement(By.tagName("h3")).getText(), "story " + i);
            String summary = s.path("summary").asText("");
            if (!summary.isBlank()) {
                summaries++;
                assertEquals(summary.strip(), card.findElement(By.cssSelector("p.summary")).getText().strip(),
                        "summary of story " + i);
            }
            WebElement canvas = card.findElement(By.cssSelector(".story-timeline .uplot canvas"));
            assertTrue(inked(canvas), "timeline of story " + i + " (" + s.get("timeline") + ") has drawn pixels");
        }
        assertTrue(summaries > 0, "some story has a summary: " + api);
    }

    @Test
    void copiesChipOpensTheArticleWithItsCopies() throws Exception {
        JsonNode copied = firstHitWithCopies(COPIED_QUERY);
        String query = COPIED_QUERY;
        String id = copied.get("id").asText();
        JsonNode article = JSON.readTree(server.get("/api/articles/" + id).body());
        List<String> copyTitles = new java.util.ArrayList<>();
        for (JsonNode c : article.get("copies")) {
            String title = c.path("title").asText("");
            copyTitles.add(title.isEmpty() ? c.get("id").asText() : title); // as the page shows it
        }
        open("#/?q=" + LiveServer.enc(query));
        WebElement chip = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#results .hit[data-id='" + id + "'] a.copies")));
        assertTrue(chip.getText().startsWith("+" + copied.get("copies").asInt()), chip.getText());
        chip.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("copies")));
        assertTrue(driver.getCurrentUrl().endsWith("#/article/" + id), driver.getCurrentUrl());
        assertEquals(article.get("title").asText(), driver.findElement(By.id("title")).getText());
        List<String> listed = driver.findElements(By.cssSelector("#copies + ul li a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(copyTitles, listed, "the copies listed under the article");
        assertEquals(copied.get("copies").asInt(), listed.size(), "as many copies as the chip said");
    }

    /** A query whose hits include an article that two demo sources carry (one shown, one a copy). */
    private static final String COPIED_QUERY = "تونس تتسلم مليون يورو";

    private static JsonNode firstHitWithCopies(String query) throws Exception {
        JsonNode hits = JSON.readTree(server.get("/api/search?q=" + LiveServer.enc(query)).body()).get("hits");
        for (JsonNode h : hits) {
            if (h.get("copies").asInt() > 0) {
                return h;
            }
        }
        throw new AssertionError("no hit with near-duplicate copies for " + query + ": " + hits);
    }

    /** Whether some pixel of a canvas is not blank: the series were drawn. */
    private static boolean inked(WebElement canvas) {
        Number w = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].width;", canvas);
        Number h = (Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].height;", canvas);
        if (w.intValue() == 0 || h.intValue() == 0) {
            return false;
        }
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const c = arguments[0]; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;", canvas);
    }

    @Test
    void markupInArticlesStaysText() throws Exception {
        String id = firstHitId("مريب");
        open("#/?q=" + LiveServer.enc("مريب"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        open("#/article/" + id);
        WebElement title = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        assertTrue(title.getText().contains("<script>"), "the markup shows as text: " + title.getText());
        assertTrue(driver.findElement(By.id("body")).getText().contains("<img src=x onerror="));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(null, js.executeScript("return window.__xss === undefined ? null : window.__xss;"), "no payload ran");
        assertTrue(driver.findElements(By.cssSelector("main img, main script")).isEmpty(), "no element was injected");
    }

    @Test
    void screenshotsOfTheMainPages() throws Exception {
        String dir = System.getProperty("marsad.screenshots");
        assumeTrue(dir != null && !dir.isBlank(), "screenshots not asked for (-Dmarsad.screenshots=DIR)");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        open("#/?q=" + LiveServer.enc("البنك المركزي"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
        shoot(out.resolve("search.png"));
        open("#/article/" + firstHitId("بلينكن يزور القاهرة"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("body")));
        shoot(out.resolve("article.png"));
        JsonNode top = JSON.readTree(server.get("/api/entities?type=PER&limit=1").body());
        open("#/entity/" + LiveServer.enc(top.get("entities").get(0).get("name").asText()).replace("+", "%20"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart .uplot canvas")));
        shoot(out.resolve("entity.png"));
        open("#/quotes");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes")));
        shoot(out.resolve("quotes.png"));
        open("#/stories");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stories")));
        shoot(out.resolve("stories.png"));
        open("#/article/" + firstHitWithCopies(COPIED_QUERY).get("id").asText());
        WebElement copies = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("copies")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", copies);
        shoot(out.resolve("copies.png"));
    }

    private static void shoot(Path file) throws Exception {
        Thread.sleep(300); // web font swap
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
