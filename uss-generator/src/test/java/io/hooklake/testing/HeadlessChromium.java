package io.hooklake.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for tests, driven through Selenium: Debian's {@code chromium} and
 * {@code chromium-driver} packages, used by their fixed paths so that Selenium Manager never
 * looks for (or downloads) a browser or a driver.
 *
 * <pre>{@code
 * @BeforeAll static void start() { chromium = HeadlessChromium.start(); } // skips when not installed
 * chromium.open(site.resolve("index.html"));
 * long width = chromium.number("return document.scrollingElement.scrollWidth");
 * assertThat(chromium.severeLogs()).isEmpty();
 * chromium.screenshot(Path.of("target/screenshots/index.png"));
 * }</pre>
 *
 * <p>The browser starts with a fresh profile in a temporary directory (deleted by {@link #close}),
 * a {@value #WIDTH} by {@value #HEIGHT} window unless told otherwise (headless Chromium leaves
 * room for its toolbars as a windowed one would: the page sees {@code window.innerHeight} 757
 * in a 900 px window), and every background
 * service that could reach the network switched off. The console's messages are collected
 * ({@link #severeLogs}). One instance drives one browser; start it once per test class, since
 * starting takes about a second.
 *
 * <p>It depends on Selenium, JUnit 5 and the JDK only, so other modules can reuse it as it is
 * (through this module's test classes or a shared test module) without anything of Hooklake.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Debian's {@code chromium} package puts the browser here. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's {@code chromium-driver} package puts the driver here. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The default window width, in CSS pixels. */
    public static final int WIDTH = 1400;
    /** The default window height, in CSS pixels. */
    public static final int HEIGHT = 900;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The tallest full-page screenshot, in CSS pixels; a taller page is cut there. */
    private static final int MAX_SCREENSHOT_HEIGHT = 6_000;

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether both the browser and its driver are installed where Debian puts them. */
    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A JUnit assumption: the calling test (or class, from {@code @BeforeAll}) skips when Chromium is absent. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), () -> "Chromium is absent (" + CHROMIUM + " or " + CHROMEDRIVER
                + " missing), so this browser test skips; install Debian's packages to run it:"
                + " apt-get install -y chromium chromium-driver");
    }

    /** Starts a browser with a {@value #WIDTH} by {@value #HEIGHT} window; skips the test when Chromium is absent. */
    public static HeadlessChromium start() {
        return start(WIDTH, HEIGHT);
    }

    /** Starts a browser with a window of the given size; skips the test when Chromium is absent. */
    public static HeadlessChromium start(int width, int height) {
        assumeInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("headless-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Opens a local file and waits until it has loaded. */
    public void open(Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** The page's URL. */
    public String url() {
        return driver.getCurrentUrl();
    }

    /** Runs JavaScript in the page ({@code arguments[0]} and so on are {@code args}) and returns its result. */
    public Object script(String javaScript, Object... args) {
        return driver.executeScript(javaScript, args);
    }

    /** Runs JavaScript that returns a number. */
    public double number(String javaScript, Object... args) {
        Object result = script(javaScript, args);
        if (!(result instanceof Number number)) {
            throw new IllegalStateException("not a number: " + result + " from " + javaScript);
        }
        return number.doubleValue();
    }

    /** Runs JavaScript that returns an array of strings. */
    public List<String> strings(String javaScript, Object... args) {
        Object result = script(javaScript, args);
        List<String> strings = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(item -> strings.add(String.valueOf(item)));
        } else if (result != null) {
            throw new IllegalStateException("not an array: " + result + " from " + javaScript);
        }
        return strings;
    }

    /**
     * The console's error messages (level SEVERE: script errors, failed loads, {@code console.error})
     * since the last call, each as {@code message}; reading them clears them.
     */
    public List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves what the window shows as a PNG file (creating its directory) and returns it. */
    public Path screenshot(Path png) {
        return write(png, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Saves the whole page, up to {@value #MAX_SCREENSHOT_HEIGHT} CSS pixels tall, as a PNG file and returns it. */
    public Path fullPageScreenshot(Path png) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> size = (Map<?, ?>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Stops the browser and its driver and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static Path write(Path png, byte[] bytes) {
        try {
            Path parent = png.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.write(png, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a profile left in the temporary directory is harmless
        }
    }
}
