package org.hermit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven through the DevTools protocol over a WebSocket (the JDK's own client): load a
 * page, collect console errors, uncaught exceptions and network requests, ask the page for its layout, take a
 * screenshot. Flags as a root CI machine with a closed network needs them.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = Collections.synchronizedList(new ArrayList<>());
    private final WebSocket socket;

    /** What a page showed while it loaded. */
    record PageLoad(List<String> consoleErrors, List<String> requests, JsonNode layout) {}

    /** The chromium executable: $HERMIT_CHROMIUM, else chromium or chromium-browser on the PATH. */
    static Optional<Path> find() {
        String configured = System.getenv("HERMIT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path executable, Path userDataDir) throws Exception {
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + userDataDir,
                "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        String[] address = new String[1];
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    stderr.add(line);
                    Matcher m = DEVTOOLS.matcher(line);
                    if (m.find()) {
                        address[0] = m.group(1);
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                stderr.add("(stderr closed: " + e.getMessage() + ")");
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("chromium did not open its DevTools port within " + TIMEOUT.toSeconds()
                    + " s; its stderr:\n" + String.join("\n", stderr));
        }
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(address[0]), new Listener())
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Loads a page in a fresh tab of the given size and reports what happened, then closes the tab. */
    PageLoad load(URI page, int width, int height, Path screenshot) throws Exception {
        String target = send(null, "Target.createTarget", obj("url", "about:blank")).path("targetId").asText();
        String session = send(null, "Target.attachToTarget", obj("targetId", target).put("flatten", true))
                .path("sessionId").asText();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        List<String> requests = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch loaded = new CountDownLatch(1);
        Consumer<JsonNode> listener = event -> {
            if (!session.equals(event.path("sessionId").asText())) {
                return;
            }
            JsonNode p = event.path("params");
            switch (event.path("method").asText()) {
                case "Runtime.exceptionThrown" -> errors.add("Uncaught: " + p.path("exceptionDetails").toString());
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + p.path("args").toString());
                    }
                }
                case "Log.entryAdded" -> {
                    if (p.path("entry").path("level").asText().equals("error")) {
                        errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
                case "Page.loadEventFired" -> loaded.countDown();
                default -> { }
            }
        };
        listeners.add(listener);
        try {
            for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
                send(session, domain + ".enable", json.createObjectNode());
            }
            send(session, "Emulation.setDeviceMetricsOverride", obj("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", false));
            send(session, "Page.navigate", obj("url", page.toString()));
            if (!loaded.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the page did not finish loading within " + TIMEOUT.toSeconds() + " s");
            }
            // What a reader sees of each chart: its box in the laid-out page and whether it has a title.
            String script = "JSON.stringify({"
                    + "title: document.title,"
                    + "height: document.documentElement.scrollHeight,"
                    + "scrollWidth: document.documentElement.scrollWidth,"
                    + "viewportWidth: window.innerWidth,"
                    + "tables: Array.from(document.querySelectorAll('div.table')).filter(d => d.offsetParent !== null)"
                    + ".map(d => ({caption: ((d.querySelector('caption') || {}).textContent || '').trim(),"
                    + " scrollWidth: d.scrollWidth, clientWidth: d.clientWidth})),"
                    + "svgs: Array.from(document.querySelectorAll('svg')).map(s => { const r = s.getBoundingClientRect();"
                    + " const st = getComputedStyle(s); return {id: s.id, width: r.width, height: r.height,"
                    + " top: r.top + window.scrollY, visible: st.display !== 'none' && st.visibility !== 'hidden',"
                    + " title: (s.querySelector('title') || {}).textContent || '',"
                    + " desc: (s.querySelector('desc') || {}).textContent || ''}; })})";
            JsonNode result = send(session, "Runtime.evaluate", obj("expression", script).put("returnByValue", true));
            JsonNode layout = json.readTree(result.path("result").path("value").asText("{}"));
            if (screenshot != null) {
                // The whole page, not only the first screenful.
                send(session, "Emulation.setDeviceMetricsOverride", obj("width", width)
                        .put("height", Math.min(30000, Math.max(height, layout.path("height").asInt(height))))
                        .put("deviceScaleFactor", 1).put("mobile", false));
                JsonNode shot = send(session, "Page.captureScreenshot", obj("format", "png").put("captureBeyondViewport", true));
                Files.createDirectories(screenshot.getParent());
                Files.write(screenshot, Base64.getDecoder().decode(shot.path("data").asText()));
            }
            return new PageLoad(List.copyOf(errors), List.copyOf(requests), layout);
        } finally {
            listeners.remove(listener);
            send(null, "Target.closeTarget", obj("targetId", target));
        }
    }

    private ObjectNode obj(String key, String value) {
        return json.createObjectNode().put(key, value);
    }

    private ObjectNode obj(String key, int value) {
        return json.createObjectNode().put(key, value);
    }

    private JsonNode send(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** Chromium's own log lines (for a failure message). */
    List<String> stderr() {
        return List.copyOf(stderr);
    }

    /**
     * Asks the browser to quit, then ends it and every process it started (renderers, zygotes) and waits for them,
     * so nothing writes into the profile directory after this returns.
     */
    @Override
    public void close() {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        if (socket != null) {
            try {
                // No waiting for an answer: the browser may close the connection before it replies.
                socket.sendText("{\"id\": " + ids.incrementAndGet() + ", \"method\": \"Browser.close\"}", true)
                        .get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Already gone, or not answering: ended below either way.
            }
            socket.abort();
        }
        family.addAll(process.descendants().toList());
        family.add(process.toHandle());
        for (ProcessHandle p : family) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : family) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Nothing more can be done from here; the temporary directory's cleanup will say so.
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletableFuture<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        List<Consumer<JsonNode>> copy;
                        synchronized (listeners) {
                            copy = new ArrayList<>(listeners);
                        }
                        copy.forEach(l -> l.accept(message));
                    }
                } catch (IOException e) {
                    stderr.add("(unreadable DevTools message: " + e.getMessage() + ")");
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
