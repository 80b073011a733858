package no.laget.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's chromium driven by Playwright, for a {@link BrowserTest}. Register it as a static extension: it closes
 * every context a test opened after that test. Playwright and chromium are started once per JVM, by the first class
 * that needs them, and closed when the JVM ends: a context shares nothing with another (cookies, storage, cache), so
 * only the browser process is reused, which saves its start (about 0.7 s) in each of the thirty-odd classes. A
 * chromium that died is started again.
 *
 * <p>Each {@link #newPage(int)} is a fresh browser context (no cookies, no session) in Norwegian, with the
 * application's base URL, so {@code page.navigate("/login")} works. Contexts bypass the Content-Security-Policy
 * only so that {@link AxeCheck} can add axe-core; the application's policy is untouched.
 *
 * <p>Every document loaded in a JavaScript-enabled context must be checked with {@link #assertAccessible(Page)}
 * before the test ends; a test that loads a page and never checks it fails, and so does a test whose pages throw
 * a JavaScript error or fail to load a stylesheet, script, font or image.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--no-first-run");

    private static final Set<String> STATIC_RESOURCES = Set.of("stylesheet", "script", "font", "image");

    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        // as long as an action may take (setDefaultTimeout below): a page answered after a pause of the whole
        // suite's JVM is late, not wrong; a wrong page still fails, only later
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        chromium = Shared.chromium();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the contexts were closed after each test; chromium stays for the next class and ends with the JVM
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** One Playwright and one chromium for the JVM; tests run one at a time, so one thread uses them at once. */
    private static final class Shared {

        private static Playwright playwright;
        private static com.microsoft.playwright.Browser chromium;

        static synchronized com.microsoft.playwright.Browser chromium() {
            if (chromium != null && chromium.isConnected()) {
                return chromium;
            }
            if (playwright != null) {
                playwright.close();
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(Shared::close, "playwright-close"));
            }
            // Never download browsers, also when run outside Maven: chromium comes from Debian.
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return chromium;
        }

        private static synchronized void close() {
            if (playwright != null) {
                playwright.close(); // closes chromium too
                playwright = null;
                chromium = null;
            }
        }
    }

    /** A page in a fresh browser context against the application on {@code port}. */
    public Page newPage(int port) {
        return newPage(port, options -> {});
    }

    /**
     * A page in a fresh browser context with options of the test's own on top of the defaults, for example
     * {@code options -> options.setJavaScriptEnabled(false)}.
     */
    public Page newPage(int port, Consumer<com.microsoft.playwright.Browser.NewContextOptions> customise) {
        com.microsoft.playwright.Browser.NewContextOptions options = new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setBypassCSP(true)
                .setLocale("nb-NO")
                .setTimezoneId("Europe/Oslo")
                .setViewportSize(1280, 900);
        customise.accept(options);
        BrowserContext context = chromium.newContext(options);
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        boolean javaScript = !Boolean.FALSE.equals(options.javaScriptEnabled);
        if (javaScript) {
            context.addInitScript(AxeCheck.SOURCE); // see AxeCheck: once per context, not once per check
        }
        context.onPage(page -> watch(page, javaScript));
        return context.newPage();
    }

    /** Runs axe on the page as it is now; fails listing every violation. See {@link AxeCheck}. */
    public void assertAccessible(Page page) {
        AxeCheck.assertAccessible(page);
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (visits.get(i).page() == page) {
                visits.set(i, visits.get(i).markedChecked());
                return;
            }
        }
    }

    /**
     * Marks the page as it is now as another service's page (the identity provider's login form in single sign-on
     * journeys), which Laget cannot make accessible: it is left out of the axe check. Never for Laget's own pages.
     */
    public void notOurs(Page page) {
        for (int i = visits.size() - 1; i >= 0; i--) {
            if (visits.get(i).page() == page) {
                visits.set(i, visits.get(i).markedChecked());
                return;
            }
        }
    }

    /**
     * Presses Tab until {@code target} has focus, as a keyboard user would; fails if it takes more than
     * {@code maxPresses}. Returns how many presses it took.
     */
    public static int tabTo(Page page, Locator target, int maxPresses) {
        for (int presses = 1; presses <= maxPresses; presses++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(target.evaluate("element => element === document.activeElement"))) {
                return presses;
            }
        }
        throw new AssertionError("Could not reach " + target + " with " + maxPresses + " presses of Tab; focus is on "
                + page.evaluate("() => document.activeElement && document.activeElement.outerHTML"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                screenshotOpenPages(context);
            }
            List<String> unchecked = visits.stream().filter(visit -> !visit.checked).map(Visit::url).toList();
            if (!unchecked.isEmpty() && context.getExecutionException().isEmpty()) {
                problems.add("These pages were loaded but never checked with assertAccessible: " + unchecked);
            }
            if (!problems.isEmpty()) {
                throw new AssertionError(String.join("\n", problems));
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            visits.clear();
            problems.clear();
        }
    }

    private void watch(Page page, boolean javaScript) {
        if (javaScript) {
            // A document counts as visited once it has loaded; assertAccessible marks the latest one as checked.
            page.onLoad(loaded -> visits.add(new Visit(loaded, loaded.url(), false)));
        }
        page.onPageError(error -> problems.add("JavaScript error on " + page.url() + ": " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && STATIC_RESOURCES.contains(response.request().resourceType())) {
                problems.add(response.status() + " for " + response.request().resourceType() + " "
                        + response.url() + " on " + page.url());
            }
        });
    }

    private void screenshotOpenPages(ExtensionContext context) {
        int n = 0;
        for (BrowserContext browserContext : contexts) {
            for (Page page : browserContext.pages()) {
                Path file = Paths.get("target", "browser-failures",
                        context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                                + "." + (n++) + ".png");
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                    System.err.println("Screenshot of " + page.url() + " at the failure: " + file.toAbsolutePath());
                } catch (RuntimeException e) {
                    System.err.println("No screenshot of " + page.url() + ": " + e.getMessage());
                }
            }
        }
    }

    private record Visit(Page page, String url, boolean checked) {
        Visit markedChecked() {
            return new Visit(page, url, true);
        }
    }

    /**
     * Signs in as a demo account (password demo) from the login page and lands on the start page: "Mine saker og
     * frister" for those who work with children, a greeting for the others. Both pages are checked with axe.
     */
    public void logIn(Page page, String username) {
        page.navigate("/login");
        assertAccessible(page);
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill("demo");
        button(page, "Logg inn").click();
        page.waitForURL(java.util.regex.Pattern.compile("^[^?#]*/(mine-frister)?$"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1"))
                .hasText(java.util.regex.Pattern.compile("^(Hei, |Mine saker og frister$)"));
        assertAccessible(page);
    }

    /** Signs out with the header's button and checks the login page it lands on. */
    public void logOut(Page page) {
        button(page, "Logg ut").click();
        page.waitForURL("**/login?utlogget");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Du er logget ut.")).isVisible();
        assertAccessible(page);
    }

    /** A fresh page signed in as a demo account (see {@link #logIn}). */
    public Page signedIn(int port, String username) {
        Page page = newPage(port);
        logIn(page, username);
        return page;
    }

    /** A fresh page signed in as a demo account, opened on {@code path} and checked with axe. */
    public Page openAs(int port, String username, String path) {
        Page page = signedIn(port, username);
        page.navigate(path);
        assertAccessible(page);
        return page;
    }

    /**
     * Signs in as a demo account (password demo) in a context without JavaScript. axe needs JavaScript, so nothing
     * is checked here: the test checks the pages another way.
     */
    public static void logInWithoutJavaScript(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill("demo");
        button(page, "Logg inn").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Clicks {@code target}, waits for the address {@code url} (a glob) and checks the page it leads to. */
    public void clickTo(Page page, Locator target, String url) {
        target.click();
        page.waitForURL(url);
        assertAccessible(page);
    }

    /** Clicks {@code target}, waits for an address matching {@code url} and checks the page it leads to. */
    public void clickTo(Page page, Locator target, java.util.regex.Pattern url) {
        target.click();
        page.waitForURL(url);
        assertAccessible(page);
    }

    /**
     * From the keyboard: Tab to the link named {@code linkName} (at most {@code maxPresses}), Enter, wait for the
     * address {@code url} (a glob) and check the page it leads to.
     */
    public void followLinkByKeyboard(Page page, String linkName, int maxPresses, String url) {
        tabToAndEnter(page, link(page, linkName), maxPresses);
        page.waitForURL(url);
        assertAccessible(page);
    }

    /** Presses Tab until {@code target} has focus (see {@link #tabTo}), then Enter, as a keyboard user activates it. */
    public static void tabToAndEnter(Page page, Locator target, int maxPresses) {
        tabTo(page, target, maxPresses);
        page.keyboard().press("Enter");
    }

    /** The button with exactly this accessible name. */
    public static Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The link with this accessible name (Playwright's default matching: a case-insensitive substring). */
    public static Locator link(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /** The link with this accessible name in any of the page's navigation landmarks. */
    public static Locator navigationLink(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION)
                .getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Locator.GetByRoleOptions().setName(name));
    }

    /** The header's main menu, the navigation landmark named "Hovedmeny". */
    public static Locator mainMenu(Page page) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Hovedmeny"));
    }

    /** The link with this accessible name (a case-insensitive substring) in the main menu. */
    public static Locator mainMenuLink(Page page, String name) {
        return mainMenu(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name));
    }

    /** The link with exactly this accessible name in the main menu. */
    public static Locator mainMenuLinkExactly(Page page, String name) {
        return mainMenu(page).getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
