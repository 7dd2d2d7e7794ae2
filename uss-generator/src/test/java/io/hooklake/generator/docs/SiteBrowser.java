package io.hooklake.generator.docs;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.CollectingAlertHandler;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.htmlunit.util.WebConnectionWrapper;

/**
 * A headless browser (HtmlUnit, JavaScript and CSS on) that opens the docs site from the file
 * system and remembers every script error, every {@code alert} and every request that would have
 * gone to the network. HtmlUnit reads {@code file:} URLs itself, so any request reaching its web
 * connection is one a page tried to fetch from elsewhere.
 */
final class SiteBrowser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private final List<String> scriptErrors = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();
    private final List<String> fetched = new ArrayList<>();

    SiteBrowser() {
        client.getOptions().setJavaScriptEnabled(true);
        client.getOptions().setCssEnabled(true);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.setAlertHandler(new CollectingAlertHandler(alerts));
        client.setJavaScriptErrorListener(new JavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, ScriptException e) {
                scriptErrors.add(page.getUrl() + ": " + e.getMessage());
            }

            @Override
            public void timeoutError(HtmlPage page, long allowed, long executed) {
                scriptErrors.add(page.getUrl() + ": timeout");
            }

            @Override
            public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
                scriptErrors.add(page.getUrl() + ": malformed script URL " + url);
            }

            @Override
            public void loadScriptError(HtmlPage page, URL url, Exception e) {
                scriptErrors.add(page.getUrl() + ": cannot load " + url);
            }

            @Override
            public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
                // warnings are not errors
            }
        });
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                fetched.add(request.getUrl().toString());
                throw new IOException("the docs site must fetch nothing: " + request.getUrl());
            }
        };
    }

    HtmlPage open(Path file) throws IOException {
        return client.getPage(file.toUri().toURL());
    }

    List<String> scriptErrors() {
        return scriptErrors;
    }

    List<String> alerts() {
        return alerts;
    }

    List<String> fetched() {
        return fetched;
    }

    @Override
    public void close() {
        client.close();
    }
}
